/**
 * The browser demo in headless Chromium: the SDK and the mock API in a service worker, driven the way a
 * person would (create, send, answer the tool), asserting what the page shows. Saves a screenshot to
 * test-results/browser-demo.png.
 */
import { execFileSync } from "node:child_process";
import { existsSync } from "node:fs";
import type { Server } from "node:http";
import { join } from "node:path";
import type { Page } from "playwright-core";
import { afterAll, beforeAll, expect, it } from "vitest";
import { buildDemo, serveFolder } from "../../examples/browser-demo/build.js";
import { launchChromium, type Chromium } from "../support/chromium.js";

const ROOT = join(import.meta.dirname, "..", "..");
const RESULTS = join(ROOT, "test-results");

let server: Server;
let browser: Chromium | undefined;
let page: Page;
const consoleErrors: string[] = [];

beforeAll(async () => {
  // The page runs the built package, as a user's bundler would ship it.
  if (!existsSync(join(ROOT, "dist", "index.js")) || !existsSync(join(ROOT, "dist", "mocks.js"))) {
    execFileSync("npm", ["run", "-s", "build"], { cwd: ROOT, stdio: "inherit" });
  }
  const dir = await buildDemo(join(RESULTS, "browser-demo"), { fromDist: true });
  const served = await serveFolder(dir);
  server = served.server;
  browser = await launchChromium();
  const { context } = browser;
  page = context.pages()[0] ?? (await context.newPage());
  await page.setViewportSize({ width: 900, height: 900 });
  page.on("console", (m) => {
    if (m.type() === "error") consoleErrors.push(m.text());
  });
  page.on("pageerror", (e) => consoleErrors.push(e.message));
  await page.goto(served.url);
}, 60_000);

afterAll(async () => {
  await browser?.close();
  server?.close();
});

const text = (id: string) => page.locator(`#${id}`).innerText();

it("creates a session, streams the answer and answers a client-side tool, all in the page", async () => {
  await page.waitForFunction(
    () => document.getElementById("worker-status")?.textContent === "mock API ready",
    null,
    { timeout: 20_000 },
  );

  await page.click("#create");
  await page.waitForFunction(() =>
    /^session_[0-9a-f]{32}$/.test(document.getElementById("session-id")?.textContent ?? ""),
  );
  expect(await text("session-status")).toBe("started");

  await page.click("#send");
  await page.locator("#tool-call").waitFor({ state: "visible" });
  expect(await text("tool-name")).toBe("get_weather");
  expect(JSON.parse(await text("tool-args"))).toEqual({ city: "Kyiv", date: "2026-07-15" });
  await page.waitForFunction(
    () => document.getElementById("session-status")?.textContent === "waitingfortoolresults",
  );

  await page.fill("#tool-result", '{"forecast":"rainy","high_c":14}');
  await page.click("#answer-tool");
  // The answer grows while the turn runs: catch it part-written, then finished.
  await page.waitForFunction(
    () =>
      Number(document.getElementById("delta-count")?.textContent) >= 1 &&
      document.getElementById("turn-status")?.textContent === "running",
  );
  const partial = await text("answer");
  await page.waitForFunction(
    () => document.getElementById("turn-status")?.textContent === "completed",
    null,
    { timeout: 15_000 },
  );
  const answer = await text("answer");
  expect(answer).toContain('"forecast":"rainy"');
  expect(answer.startsWith(partial)).toBe(true);
  expect(partial.length).toBeLessThan(answer.length);
  expect(Number(await text("delta-count"))).toBeGreaterThan(1);
  await page.waitForFunction(
    () => document.getElementById("session-status")?.textContent === "idle",
  );

  await page.screenshot({ path: join(RESULTS, "browser-demo.png"), fullPage: true });
  expect(consoleErrors).toEqual([]);
}, 60_000);
