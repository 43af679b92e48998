/**
 * The package as users get it: built, packed with `npm pack`, installed from the tarball into a fresh
 * project, then used from an ES module, a CommonJS script and a type-checked TypeScript file. Each
 * one drives the client, the error classes and the mocks (a loopback mock server from
 * `./mocks/node`, the msw handlers from `./mocks`).
 */
import { execFile } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

const exec = promisify(execFile);
const ROOT = new URL("../../", import.meta.url).pathname;
const NPM = process.platform === "win32" ? "npm.cmd" : "npm";

let project = "";
let tarball = "";
let packedFiles: string[] = [];

async function sh(command: string, args: string[], cwd: string) {
  return exec(command, args, {
    cwd,
    encoding: "utf8",
    maxBuffer: 32 * 1024 * 1024,
    env: cleanEnv(),
  });
}

// No EVERRUNS_* from the developer's shell: the consumers set what they need.
function cleanEnv(): NodeJS.ProcessEnv {
  const env = { ...process.env };
  for (const name of Object.keys(env)) if (name.startsWith("EVERRUNS_")) delete env[name];
  return env;
}

beforeAll(async () => {
  await sh(NPM, ["run", "build"], ROOT);
  project = mkdtempSync(join(tmpdir(), "everruns-consumer-"));
  const packed = await sh(NPM, ["pack", "--json", "--pack-destination", project], ROOT);
  const [info] = JSON.parse(packed.stdout) as { filename: string; files: { path: string }[] }[];
  tarball = join(project, info!.filename);
  packedFiles = info!.files.map((f) => f.path).sort();

  writeFileSync(
    join(project, "package.json"),
    JSON.stringify({ name: "consumer", private: true }, null, 2),
  );
  for (const [name, text] of Object.entries(CONSUMERS)) writeFileSync(join(project, name), text);
  const devVersions = JSON.parse(readFileSync(join(ROOT, "package.json"), "utf8")).devDependencies;
  await sh(
    NPM,
    [
      "install",
      "--prefer-offline",
      "--no-audit",
      "--no-fund",
      "--ignore-scripts",
      tarball,
      `msw@${devVersions.msw}`,
      `typescript@${devVersions.typescript}`,
      `@types/node@${devVersions["@types/node"]}`,
    ],
    project,
  );
}, 240_000);

afterAll(() => {
  if (project) rmSync(project, { recursive: true, force: true });
});

describe("the packed package", () => {
  it("holds only what users need: dist/, package.json and the README", () => {
    expect(packedFiles).toContain("package.json");
    expect(packedFiles).toContain("README.md");
    expect(packedFiles).toEqual(
      expect.arrayContaining([
        "dist/index.js",
        "dist/index.cjs",
        "dist/index.d.ts",
        "dist/index.d.cts",
      ]),
    );
    const others = packedFiles.filter(
      (f) => !f.startsWith("dist/") && f !== "package.json" && f !== "README.md",
    );
    expect(others).toEqual([]);
  });

  it("runs from an ES module: client, errors, loopback mock server", async () => {
    const { stdout } = await sh(process.execPath, ["esm.mjs"], project);
    expect(JSON.parse(stdout)).toEqual({
      status: "completed",
      toolAnswered: true,
      notFound: true,
      isEverrunsError: true,
      code: "session_not_found",
      validation: true,
    });
  });

  it("runs from CommonJS: client, errors, in-process msw mock", async () => {
    const { stdout } = await sh(process.execPath, ["cjs.cjs"], project);
    expect(JSON.parse(stdout)).toEqual({
      status: "completed",
      text: "Hi from CommonJS.",
      notFound: true,
      code: "session_not_found",
    });
  });

  it("type-checks a TypeScript consumer (NodeNext, strict), and its types catch a wrong id", async () => {
    const result = await sh(
      join(project, "node_modules/.bin/tsc"),
      ["-p", "tsconfig.json"],
      project,
    ).catch((e) => e);
    expect(result.stdout ?? "", result.stderr).toBe("");
  });
});

const CONSUMERS: Record<string, string> = {
  "esm.mjs": `
import { Everruns, EverrunsError, NotFoundError, ValidationError, defineTools, tool } from "@everruns/sessions-sdk";
import { startMockServer } from "@everruns/sessions-sdk/mocks/node";

const server = await startMockServer({ port: 0 });
try {
  const client = new Everruns({ apiKey: "evr_pat_consumer", baseUrl: server.url });
  let toolAnswered = false;
  const tools = defineTools({
    get_weather: tool({
      description: "Weather for a city.",
      parameters: { type: "object", properties: { city: { type: "string" } } },
      run: async () => { toolAnswered = true; return { forecast: "sunny" }; },
    }),
  });
  const session = await client.sessions.create({ title: "ESM", tools: tools.definitions });
  const turn = await client.sessions.runTurn(session.id, "What is the weather in Oslo?", { tools });
  const error = await client.sessions.get("session_0000000000000000000000000000dead").catch((e) => e);
  const validation = await client.sessions.get("agent_1").catch((e) => e);
  console.log(JSON.stringify({
    status: turn.status,
    toolAnswered,
    notFound: error instanceof NotFoundError,
    isEverrunsError: error instanceof EverrunsError,
    code: error.code,
    validation: validation instanceof ValidationError,
  }));
} finally {
  await server.close();
}
`,
  "cjs.cjs": `
const { Everruns, NotFoundError } = require("@everruns/sessions-sdk");
const { createMockApi } = require("@everruns/sessions-sdk/mocks");
const { setupServer } = require("msw/node");

(async () => {
  const mock = createMockApi({ responder: ["Hi from CommonJS."] });
  const server = setupServer(...mock.handlers);
  server.listen({ onUnhandledRequest: "error" });
  try {
    const client = new Everruns({ apiKey: "evr_pat_consumer" });
    const session = await client.sessions.create({ title: "CJS" });
    const turn = await client.sessions.runTurn(session.id, "Hello");
    const error = await client.sessions.get("session_0000000000000000000000000000dead").catch((e) => e);
    console.log(JSON.stringify({ status: turn.status, text: turn.text, notFound: error instanceof NotFoundError, code: error.code }));
  } finally {
    server.close();
    mock.close();
  }
})().catch((error) => { console.error(error); process.exitCode = 1; });
`,
  "consumer.ts": `
import { Everruns, APIError, NotFoundError, type Session, type Event } from "@everruns/sessions-sdk";
import { createMockApi, type MockApi } from "@everruns/sessions-sdk/mocks";
import { startMockServer, type MockServer } from "@everruns/sessions-sdk/mocks/node";

export async function main(): Promise<string> {
  const server: MockServer = await startMockServer({ port: 0 });
  const inProcess: MockApi = createMockApi();
  inProcess.close();
  try {
    const client = new Everruns({ apiKey: "evr_pat_consumer", baseUrl: server.url });
    const session: Session = await client.sessions.create({ title: "TypeScript" });
    await client.sessions.get(session.id); // a model's id is already typed: no cast
    // @ts-expect-error an agent id where a session id belongs is a compile error
    await client.sessions.get("agent_01933b5a00007000800000000000001");
    const { data }: { data: Event[] } = await client.events.list(session.id);
    for (const event of data) if (event.type === "output.message.delta") event.data.delta.toUpperCase();
    const status: Session["status"] = session.status;
    return status;
  } catch (error) {
    if (error instanceof NotFoundError) return error.code ?? "";
    if (error instanceof APIError) return String(error.status);
    throw error;
  } finally {
    await server.close();
  }
}
`,
  "tsconfig.json": JSON.stringify({
    compilerOptions: {
      target: "ES2022",
      module: "NodeNext",
      moduleResolution: "NodeNext",
      strict: true,
      noEmit: true,
      skipLibCheck: false,
      types: ["node"],
    },
    files: ["consumer.ts"],
  }),
};
