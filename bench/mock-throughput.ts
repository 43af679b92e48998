/**
 * The loopback mock: `getSession` requests per second and p99 latency at a fixed concurrency, the
 * mock in its own process, against a bare `node:http` server answering the same path with a fixed
 * body (the ceiling of this machine and client). The load loop is plain keep-alive `fetch`, so the
 * figure is the server's.
 */
import { percentile, show, startChild, summarize, tick } from "./lib.js";
import { table, type Figure } from "./report.js";

const SESSION_ID = "session_01933b5a00007000800000000000001";
const CONCURRENCY = Number(process.env.BENCH_CONCURRENCY ?? 32);
const REQUESTS = Number(process.env.BENCH_MOCK_REQUESTS ?? 10_000);
const ROUNDS = Number(process.env.BENCH_MOCK_ROUNDS ?? 3);
const TARGET_RPS = 2_000;

/** Sends `total` GETs with `concurrency` in flight; returns requests per second and latencies. */
async function load(
  url: string,
  total: number,
  concurrency: number,
): Promise<{ rps: number; p50: number; p99: number }> {
  const latencies: number[] = [];
  let issued = 0;
  const worker = async () => {
    while (issued < total) {
      issued++;
      const started = performance.now();
      const response = await fetch(url, { headers: { Authorization: "evr_pat_bench" } });
      await response.arrayBuffer();
      if (response.status !== 200) throw new Error(`${url} answered ${response.status}`);
      latencies.push(performance.now() - started);
    }
  };
  const started = performance.now();
  await Promise.all(Array.from({ length: concurrency }, worker));
  const seconds = (performance.now() - started) / 1000;
  return { rps: total / seconds, p50: percentile(latencies, 50), p99: percentile(latencies, 99) };
}

/** Loads both servers in alternating rounds; returns the summary figure. */
export async function mockThroughput(): Promise<Figure> {
  const mock = await startChild("bench/servers/mock-server.ts");
  const bare = await startChild("bench/servers/session-server.ts", ["100"]);
  try {
    const urls: Record<string, string> = {
      mock: `${mock.line}/v1/sessions/${SESSION_ID}`,
      bare: `http://127.0.0.1:${bare.line}/api/v1/sessions/${SESSION_ID}`,
    };
    for (const url of Object.values(urls)) await load(url, 2_000, CONCURRENCY); // warm-up
    const rounds: Record<string, { rps: number; p50: number; p99: number }>[] = [];
    for (let round = 0; round < ROUNDS; round++) {
      const result: Record<string, { rps: number; p50: number; p99: number }> = {};
      for (const name of round % 2 ? ["bare", "mock"] : ["mock", "bare"]) {
        result[name] = await load(urls[name]!, REQUESTS, CONCURRENCY);
        await tick(50);
      }
      rounds.push(result);
    }
    const of = (name: string, key: "rps" | "p50" | "p99") =>
      summarize(rounds.map((r) => r[name]![key]));
    const rps = of("mock", "rps");
    const ratio = summarize(rounds.map((r) => r.mock!.rps / r.bare!.rps));
    const status = rps.median >= TARGET_RPS ? "met" : "missed";
    const detail = [
      `${ROUNDS} rounds × ${REQUESTS.toLocaleString("en")} \`GET /v1/sessions/{id}\` at concurrency ${CONCURRENCY}, after a 2,000-request warm-up; each server in its own process, the load loop (keep-alive \`fetch\`) in a third.`,
      "",
      table(
        [
          "server",
          "requests/s (min / median / max)",
          "p50 ms (min / median / max)",
          "p99 ms (min / median / max)",
        ],
        [
          [
            "mock API (`startMockServer`)",
            show(rps, 0),
            show(of("mock", "p50"), 2),
            show(of("mock", "p99"), 2),
          ],
          [
            "bare `node:http`, fixed body",
            show(of("bare", "rps"), 0),
            show(of("bare", "p50"), 2),
            show(of("bare", "p99"), 2),
          ],
        ],
      ),
      "",
      `Mock ÷ bare throughput (same round): ${show(ratio, 3, "×")}.`,
      "",
      status === "met"
        ? `Target ≥ ${TARGET_RPS.toLocaleString("en")} requests/s: met (median ${Math.round(rps.median).toLocaleString("en")}).`
        : `Target ≥ ${TARGET_RPS.toLocaleString("en")} requests/s: missed by ${Math.round(TARGET_RPS - rps.median).toLocaleString("en")} requests/s (median ${Math.round(rps.median).toLocaleString("en")}). Each request crosses the bridge from \`node:http\` to a fetch \`Request\`/\`Response\` and back; answering the hot read routes from \`node:http\` directly would close most of the gap to the bare server.`,
    ].join("\n");
    return {
      name: "Mock throughput",
      measured: `${Math.round(rps.median).toLocaleString("en")} getSession/s at concurrency ${CONCURRENCY}, p99 ${of("mock", "p99").median.toFixed(1)} ms (median of rounds)`,
      target: `≥ ${TARGET_RPS.toLocaleString("en")} requests/s`,
      status,
      detail,
    };
  } finally {
    mock.stop();
    bare.stop();
  }
}
