/**
 * The examples and `npm start` are what a newcomer runs first, so each one runs here as a real
 * program (a child process through tsx) against the loopback mock API, and must exit 0 with the
 * output it promises.
 */
import { execFile } from "node:child_process";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startMockServer, type MockServer } from "../../src/mocks/node.js";

const ROOT = new URL("../../", import.meta.url).pathname;

interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** Runs a TypeScript file of the repo with tsx, asynchronously: the mock server lives in this process. */
function run(file: string, env: Record<string, string | undefined>): Promise<Run> {
  const {
    EVERRUNS_API_KEY: _k,
    EVERRUNS_API_URL: _u,
    EVERRUNS_ORG_ID: _o,
    EVERRUNS_LOG: _l,
    ...base
  } = process.env;
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      ["--import", "tsx", file],
      { cwd: ROOT, env: { ...base, ...env }, timeout: 30_000, encoding: "utf8" },
      (error, stdout, stderr) => {
        const code = error ? (typeof error.code === "number" ? error.code : null) : 0;
        resolve({ code, stdout, stderr });
      },
    );
  });
}

let server: MockServer;
let cycling: MockServer;

beforeAll(async () => {
  server = await startMockServer({ port: 0 });
  // Cycles every stream after 4 events, so the streaming example shows its reconnects.
  cycling = await startMockServer({ port: 0, cycleEvery: 4 });
});

afterAll(async () => {
  await server?.close();
  await cycling?.close();
});

const against = (mock: MockServer) => ({
  EVERRUNS_API_URL: mock.url,
  EVERRUNS_API_KEY: "evr_pat_examples",
});

describe("npm start", () => {
  it("without a key, runs the quickstart against the embedded mock and exits 0", async () => {
    const result = await run("scripts/start.ts", {});
    expect(result.stderr).toBe("");
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/Backend: the local mock API at http:\/\/127\.0\.0\.1:\d+\/api/);
    expect(result.stdout).toMatch(/Created session_[0-9a-f]+ \(status: started\)/);
    expect(result.stdout).toContain("[tool] get_weather");
    expect(result.stdout).toMatch(/agent: [\s\S]*get_weather returned/);
    expect(result.stdout).toMatch(/Turn turn_[0-9a-f]+ completed\./);
    expect(result.stdout).toMatch(/Usage: \d+ input \+ \d+ output tokens/);
    for (const type of [
      "input.message",
      "tool.call_requested",
      "output.message.delta",
      "turn.completed",
    ]) {
      expect(result.stdout).toContain(` ${type}\n`);
    }
    expect(result.stdout).toContain("Quickstart done.");
  });

  it("with EVERRUNS_API_KEY set, uses the configured API instead of starting a mock", async () => {
    const result = await run("scripts/start.ts", against(server));
    expect(result.code).toBe(0);
    expect(result.stdout).toContain(
      `Backend: the Everruns API at ${server.url} (EVERRUNS_API_KEY is set)`,
    );
    expect(result.stdout).not.toContain("local mock API");
    expect(result.stdout).toMatch(/Turn turn_[0-9a-f]+ completed\./);
  });

  it("fails with exit 1 and a one-line reason that leaks no key when the API is unreachable", async () => {
    const result = await run("scripts/start.ts", {
      EVERRUNS_API_KEY: "evr_pat_secretvalue123",
      EVERRUNS_API_URL: "http://127.0.0.1:9/api",
    });
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/Quickstart failed: ConnectionError: /);
    expect(result.stdout + result.stderr).not.toContain("secretvalue123");
  });
});

describe("examples/", () => {
  it("quickstart.ts answers the tool call and lists the events", async () => {
    const result = await run("examples/quickstart.ts", against(server));
    expect(result.code, result.stderr).toBe(0);
    expect(result.stdout).toContain("[tool] get_weather");
    expect(result.stdout).toMatch(/#\d+ turn\.completed/);
  });

  it("pagination.ts walks pages by hand and with for await, then cleans up", async () => {
    const result = await run("examples/pagination.ts", against(server));
    expect(result.code, result.stderr).toBe(0);
    expect(result.stdout).toMatch(/^5 sessions match/m);
    expect(result.stdout).toMatch(/page 3 \(offset 4\): Pagination example \d+ #1\n/);
    expect(result.stdout).toContain("iterate saw 5 sessions");
    expect(result.stdout).toMatch(/events of session_\w+: input\.message, .*turn\.completed/);
    expect(result.stdout).not.toContain("output.message.delta");
    expect(result.stdout).toContain("deleted 5 sessions");
  });

  it("streaming.ts rides out planned reconnects without losing or repeating an event, then resumes", async () => {
    const result = await run("examples/streaming.ts", against(cycling));
    expect(result.code, result.stderr).toBe(0);
    expect(result.stdout).toContain("[stream reconnecting in 100 ms: planned cycle]");
    const sequences = [...result.stdout.matchAll(/^#(\d+) /gm)].map((m) => Number(m[1]));
    expect(sequences).toEqual(Array.from({ length: sequences.length }, (_, i) => i + 1));
    expect(result.stdout).toMatch(/^#\d+ turn\.completed$/m);
    expect(result.stdout).toMatch(/^agent: You said: "Tell me something about streams\."/m);
    expect(result.stdout).toMatch(/^resumed: #\d+ input\.message$/m);
    expect(result.stdout).toMatch(/^resumed: #\d+ turn\.completed$/m);
  });

  it("client-tools.ts sends a result and an error result back, and the turn completes", async () => {
    const result = await run("examples/client-tools.ts", against(server));
    expect(result.code, result.stderr).toBe(0);
    expect(result.stdout).toContain('agent calls get_weather({"city":"Lisbon"})');
    expect(result.stdout).toMatch(/agent calls get_local_time\(/);
    expect(result.stdout).toMatch(/turn completed: .*get_weather returned .*sunny/);
    expect(result.stdout).toContain("get_local_time failed (the time service is down)");
    expect(result.stdout).toContain("2 tool results went back to the agent");
  });

  it("error-handling.ts meets each error class where the example says", async () => {
    const result = await run("examples/error-handling.ts", against(server));
    expect(result.code, result.stderr).toBe(0);
    const lines = result.stdout.trim().split("\n");
    expect(lines.map((l) => l.split(":")[0])).toEqual([
      "ValidationError",
      "NotFoundError",
      "ConflictError",
      "AbortError",
      "APIError 404",
    ]);
    expect(result.stdout).toMatch(
      /NotFoundError: status 404, code session_not_found, request req_\w+/,
    );
  });

  it("frontend-mock.ts runs a scripted turn in-process and rehearses rate limits", async () => {
    const result = await run("examples/frontend-mock.ts", {});
    expect(result.code, result.stderr).toBe(0);
    expect(result.stdout).toMatch(
      /UI rendered \d+ chunks: Pack sunglasses: Lisbon will be sunny\./,
    );
    expect(result.stdout).toContain("after two 429s the retries got the session");
    expect(result.stdout).toContain("with no retries left: RateLimitError 429");
  });
});
