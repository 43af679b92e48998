/**
 * The core entry must run where there is no Node: browsers, Deno, Bun and edge runtimes. It is bundled
 * here the way a user's bundler would (platform "neutral", dependencies included) and the output must
 * import no Node built-in and touch no Node-only global. The mocks are exempt: they live behind
 * `./mocks` and `./mocks/node`.
 */
import { builtinModules } from "node:module";
import { createContext, runInContext } from "node:vm";
import { build } from "esbuild";
import { beforeAll, describe, expect, it } from "vitest";

const ENTRY = new URL("../../src/index.ts", import.meta.url).pathname;
// Every Node built-in, with and without the `node:` prefix, is kept external so an import shows up.
const BUILTINS = [...builtinModules, ...builtinModules.map((m) => `node:${m}`)];

let code = "";
let ownCode = "";
let imports: string[] = [];

beforeAll(async () => {
  const result = await build({
    entryPoints: [ENTRY],
    bundle: true,
    write: false,
    format: "esm",
    platform: "neutral",
    mainFields: ["module", "main"],
    external: BUILTINS,
    metafile: true,
    logLevel: "silent",
  });
  code = result.outputFiles[0]?.text ?? "";
  imports = Object.values(result.metafile.outputs).flatMap((o) => o.imports.map((i) => i.path));
  // Our own code alone: dependencies may feature-test Node globals behind `typeof` guards.
  const own = await build({
    entryPoints: [ENTRY],
    bundle: true,
    write: false,
    format: "esm",
    platform: "neutral",
    packages: "external",
    logLevel: "silent",
  });
  ownCode = own.outputFiles[0]?.text ?? "";
});

describe("the core entry bundled for a neutral platform", () => {
  it("bundles (all of its dependencies resolve without Node)", () => {
    expect(code.length).toBeGreaterThan(1000);
    expect(code).toContain("EverrunsError");
  });

  it("imports no Node built-in", () => {
    expect(imports.filter((path) => BUILTINS.includes(path))).toEqual([]);
  });

  it.each([
    ["process", /(?<![\w$.'"`])process\s*\./g],
    ["Buffer", /(?<![\w$.'"`])Buffer\s*[.(]/g],
    ["require", /(?<![\w$.'"`])require\s*\(/g],
    ["__dirname / __filename", /(?<![\w$.'"`])__(?:dirname|filename)\b/g],
  ])("never uses the Node-only global %s in its own code", (_name, pattern) => {
    expect(ownCode).toContain("EverrunsError");
    const hits = [...ownCode.matchAll(pattern)].map((m) =>
      ownCode.slice(Math.max(0, m.index - 40), m.index + 40),
    );
    expect(hits).toEqual([]);
  });
});

describe("the core entry in a runtime without Node globals", () => {
  it("constructs a client and completes a request with only web APIs present", async () => {
    const result = await build({
      entryPoints: [ENTRY],
      bundle: true,
      write: false,
      format: "iife",
      globalName: "EverrunsSDK",
      platform: "neutral",
      mainFields: ["module", "main"],
      logLevel: "silent",
    });
    // A context with the web platform's globals only: no process, Buffer, require or global.
    const web = {
      Request,
      Response,
      Headers,
      URL,
      URLSearchParams,
      AbortController,
      AbortSignal,
      TextEncoder,
      TextDecoder,
      ReadableStream,
      TransformStream,
      WritableStream,
      DOMException,
      Event,
      EventTarget,
      setTimeout,
      clearTimeout,
      queueMicrotask,
      structuredClone,
      console,
    };
    const context = createContext({ ...web });
    runInContext(result.outputFiles[0]?.text ?? "", context);
    expect(runInContext("typeof process", context)).toBe("undefined");

    const seen: string[] = [];
    const fetch = async (request: Request) => {
      seen.push(`${request.method} ${request.url} ${request.headers.get("authorization")}`);
      return Response.json(SESSION, { status: 200 });
    };
    const sdk = context.EverrunsSDK as typeof import("../../src/index.js");
    const client = new sdk.Everruns({
      apiKey: "evr_pat_portable",
      baseUrl: "https://api.example.test/api",
      fetch,
    });
    const session = await client.sessions.get(SESSION.id);
    expect(session.id).toBe(SESSION.id);
    expect(seen).toEqual([
      `GET https://api.example.test/api/v1/sessions/${SESSION.id} evr_pat_portable`,
    ]);
    // Without an explicit key there is no environment to read: a clear error, not a ReferenceError.
    expect(() => new sdk.Everruns({})).toThrow(/EVERRUNS_API_KEY/);
  });
});

const SESSION = {
  id: "session_01933b5a00007000800000000000001",
  organization_id: "org_00000000000000000000000000000001",
  harness_id: "harness_01933b5a00007000800000000000001",
  owner_principal_id: "principal_01933b5a000070008000000000000001",
  tags: [],
  status: "idle",
  created_at: "2026-05-25T10:15:00Z",
  updated_at: "2026-05-25T10:15:00Z",
} as const;
