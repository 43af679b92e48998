/**
 * `npm start`: the first five minutes. Runs examples/quickstart.ts (a session with a client-side
 * tool, one streamed turn, the tool call answered, usage, the event log) against:
 *   - the real Everruns API when EVERRUNS_API_KEY is set (EVERRUNS_API_URL picks another server);
 *   - otherwise the embedded mock API, started on a free loopback port and stopped at the end.
 * Exits 0 when the quickstart completes, 1 with a one-line reason when it does not.
 */
import { startMockServer, type MockServer } from "../src/mocks/node.js";

let mock: MockServer | undefined;
const realKey = process.env.EVERRUNS_API_KEY?.trim();

try {
  if (realKey) {
    const url = process.env.EVERRUNS_API_URL?.trim() || "https://app.everruns.com/api";
    banner(`Backend: the Everruns API at ${url} (EVERRUNS_API_KEY is set)`);
  } else {
    mock = await startMockServer({ port: 0, host: "127.0.0.1" });
    process.env.EVERRUNS_API_URL = mock.url;
    process.env.EVERRUNS_API_KEY = "evr_pat_mock";
    delete process.env.EVERRUNS_ORG_ID;
    banner(
      `Backend: the local mock API at ${mock.url} (no EVERRUNS_API_KEY set).\n` +
        `Set EVERRUNS_API_KEY=evr_pat_... to run the same quickstart against Everruns.`,
    );
  }
  await import("../examples/quickstart.js");
  banner("Quickstart done.");
} catch (error) {
  // The SDK's errors are one readable line and never carry the key.
  console.error(
    `\nQuickstart failed: ${error instanceof Error ? `${error.name}: ${error.message}` : String(error)}`,
  );
  process.exitCode = 1;
} finally {
  await mock?.close();
}

function banner(text: string): void {
  console.log(
    `\n${text}\n${"-".repeat(Math.min(80, Math.max(...text.split("\n").map((l) => l.length))))}`,
  );
}
