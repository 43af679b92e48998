/**
 * The TypeScript samples of the docs site are programs, not fragments: each runs here against a
 * fresh loopback mock API, whose data starts with the spec's documented story (the session the
 * samples name), and must exit 0.
 */
import { execFile } from "node:child_process";
import { readdirSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { startMockServer } from "../../src/mocks/node.js";

const ROOT = new URL("../../", import.meta.url).pathname;
const SAMPLES = readdirSync(new URL("docs/samples/", new URL(ROOT, "file://"))).filter((f) =>
  f.endsWith(".ts"),
);

// The documented session is idle, not waiting for tool results: the API answers 409, which shows
// the sample's request was well-formed and reached the operation.
const EXPECTED_FAILURE: Record<string, RegExp> = {
  "submitToolResults.ts": /ConflictError: 409 session_not_waiting_for_tool_results/,
};

async function runSample(file: string): Promise<{ code: number; stdout: string; stderr: string }> {
  const server = await startMockServer({ port: 0 });
  try {
    return await new Promise((resolve) => {
      execFile(
        process.execPath,
        ["--import", "tsx", `docs/samples/${file}`],
        {
          cwd: ROOT,
          encoding: "utf8",
          timeout: 20_000,
          env: {
            ...process.env,
            EVERRUNS_API_URL: server.url,
            EVERRUNS_API_KEY: "evr_pat_samples",
            EVERRUNS_ORG_ID: "",
          },
        },
        (error, stdout, stderr) =>
          resolve({ code: error ? Number(error.code ?? 1) : 0, stdout, stderr }),
      );
    });
  } finally {
    await server.close();
  }
}

describe("docs/samples run against the mock API", () => {
  it("has one sample per operation", () => {
    expect(SAMPLES).toHaveLength(15);
  });

  it.each(SAMPLES)("%s", async (file) => {
    const result = await runSample(file);
    const failure = EXPECTED_FAILURE[file];
    if (failure) {
      expect(result.code).not.toBe(0);
      expect(result.stderr).toMatch(failure);
    } else {
      expect(result.stderr).not.toMatch(/Error/); // streamEvents.ts reports stream health on stderr
      expect(result.code).toBe(0);
      expect(result.stdout.length).toBeGreaterThan(0);
    }
  });
});
