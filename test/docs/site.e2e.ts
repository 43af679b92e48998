/**
 * The docs site as a reader meets it: built by `npm run docs`, served on loopback by the docs server,
 * opened in headless Chromium. It must load with no console error and no request that fails or
 * leaves the loopback server, and show every operation, its TypeScript sample and the SDK guide.
 */
import { spawnSync } from "node:child_process";
import { mkdirSync, readFileSync } from "node:fs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Page } from "playwright-core";
import { serveSite } from "../../scripts/docs-serve.mjs";
import { launchChromium, type Chromium } from "../support/chromium.js";

const ROOT = new URL("../../", import.meta.url);
const SITE = new URL("site/", ROOT);
const RESULTS = new URL("test-results/", ROOT);

interface Operation {
  operationId: string;
  tags?: string[];
  summary: string;
  "x-codeSamples"?: { lang: string; source: string }[];
}

let site: { url: string; close: () => Promise<void> };
let browser: Chromium;
let page: Page;
const problems: string[] = [];
const requests: string[] = [];
let spec: {
  paths: Record<string, Record<string, Operation>>;
  "x-tagGroups": { name: string; tags: string[] }[];
};

beforeAll(async () => {
  const build = spawnSync(process.execPath, ["scripts/docs.mjs"], { cwd: ROOT, encoding: "utf8" });
  expect(build.status, build.stderr).toBe(0);
  spec = JSON.parse(readFileSync(new URL("openapi.json", SITE), "utf8"));
  site = await serveSite(SITE.pathname);
  browser = await launchChromium();
  page = await browser.context.newPage();
  const origin = new URL(site.url).origin;
  page.on("console", (m) => {
    if (m.type() === "error" || m.type() === "assert")
      problems.push(`console ${m.type()}: ${m.text()}`);
  });
  page.on("pageerror", (e) => problems.push(`page error: ${e.message}`));
  page.on("requestfailed", (r) =>
    problems.push(`request failed: ${r.url()} ${r.failure()?.errorText}`),
  );
  page.on("response", (r) => {
    if (r.status() >= 400) problems.push(`HTTP ${r.status()}: ${r.url()}`);
  });
  page.on("request", (r) => {
    requests.push(r.url());
    const url = new URL(r.url());
    if (url.protocol !== "data:" && url.protocol !== "blob:" && url.origin !== origin) {
      problems.push(`request left the loopback server: ${r.url()}`);
    }
  });
  await page.goto(site.url, { waitUntil: "networkidle" });
}, 60_000);

afterAll(async () => {
  await browser?.close();
  await site?.close();
});

/** The page heading whose whole text is `text` (Redoc renders operations as h1 or h2). */
function headingOf(text: string) {
  const exact = new RegExp(`^\\s*${text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}\\s*$`);
  return page.locator("h1, h2").filter({ hasText: exact }).first();
}

function operations(): Operation[] {
  return Object.values(spec.paths).flatMap((item) =>
    Object.values(item).filter((op) => op?.operationId),
  );
}

describe("the docs site", () => {
  it("loads from loopback with no console error and no failed or outside request", async () => {
    await page.waitForTimeout(500); // late errors (lazy images, deferred scripts) still count
    expect(problems).toEqual([]);
    expect(requests[0]).toBe(site.url);
    expect(await page.title()).toMatch(/Everruns Sessions API/);
  });

  it("shows every operation's summary and TypeScript SDK sample on its page", async () => {
    const ops = operations();
    expect(ops).toHaveLength(15);
    const menu = page.locator('[data-component-name="Menu/MenuItem"]');
    for (const tag of spec["x-tagGroups"].find((g) => g.name === "API reference")?.tags ?? []) {
      await menu.getByText(tag, { exact: true }).first().click();
      for (const op of ops.filter((o) => o.tags?.[0] === tag)) {
        await menu.getByText(op.summary, { exact: true }).first().click();
        const heading = headingOf(op.summary);
        await expect.poll(() => heading.isVisible(), { message: op.operationId }).toBe(true);
        // The sample's first SDK call is on screen in the request sample panel, under the SDK tab.
        const source = op["x-codeSamples"]?.find((s) => s.lang === "TypeScript")?.source ?? "";
        const call = /client\.\w+\.\w+\(/.exec(source)?.[0];
        expect(call, `${op.operationId} sample calls the SDK`).toBeTruthy();
        const sample = page.locator("pre").filter({ hasText: call ?? "" });
        await expect
          .poll(() => sample.first().isVisible(), { message: `${op.operationId} sample` })
          .toBe(true);
        await expect
          .poll(() => page.getByText("TypeScript SDK", { exact: true }).first().isVisible())
          .toBe(true);
      }
    }
    expect(problems).toEqual([]);
  });

  it("carries the SDK guide in the menu and renders a guide page", async () => {
    const guide = spec["x-tagGroups"].find((g) => g.name === "SDK guide");
    expect(guide?.tags).toEqual(
      expect.arrayContaining([
        "Getting started",
        "Streaming and the turn runner",
        "Errors and retries",
        "Mocks for frontend work",
      ]),
    );
    const menu = page.locator('[data-component-name="Menu/MenuItem"]');
    for (const title of guide?.tags ?? [])
      await expect.poll(() => menu.getByText(title, { exact: true }).count()).toBeGreaterThan(0);
    await menu.getByText("Errors and retries", { exact: true }).first().click();
    await expect
      .poll(() =>
        page.getByText("connection refused before the request was sent").first().isVisible(),
      )
      .toBe(true);
    mkdirSync(RESULTS, { recursive: true });
    await page.screenshot({ path: new URL("docs-site-guide.png", RESULTS).pathname });
  });

  it("saves a screenshot of the reference for review", async () => {
    const menu = page.locator('[data-component-name="Menu/MenuItem"]');
    const item = menu.getByText("Create a session", { exact: true }).first();
    if (!(await item.isVisible()))
      await menu.getByText("Sessions", { exact: true }).first().click();
    await item.click();
    const heading = headingOf("Create a session");
    await expect.poll(() => heading.isVisible()).toBe(true);
    const path = new URL("docs-site.png", RESULTS).pathname;
    // Redoc paints the section a moment after its heading is in the DOM: a blank frame is ~5 KB.
    await expect
      .poll(async () => (await page.screenshot({ path })).length, { timeout: 10_000 })
      .toBeGreaterThan(10_000);
    expect(problems).toEqual([]);
  });
});
