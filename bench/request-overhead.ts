/**
 * Request overhead: `client.sessions.get` against a bare `fetch` + `json()` and a bare openapi-fetch
 * GET, all three against the same keep-alive `node:http` server in another process. The contenders
 * take turns round by round (the order rotates), after a warm-up, so drift on a busy 2-core machine
 * hits all of them alike; each figure is a ratio within one round.
 */
import createClient from "openapi-fetch";
import type { paths } from "../generated/schema.js";
import { Everruns } from "../src/index.js";
import { show, startChild, summarize, tick } from "./lib.js";
import { table, type Figure } from "./report.js";

const SESSION_ID = "session_01933b5a00007000800000000000001";
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 20);
const PER_ROUND = Number(process.env.BENCH_REQUESTS ?? 2_000);
const TARGET = 1.05;
const BLOCK = 100;

type Contender = () => Promise<unknown>;

async function time(run: Contender, count: number): Promise<number> {
  const started = process.hrtime.bigint();
  for (let i = 0; i < count; i++) await run();
  return Number(process.hrtime.bigint() - started) / count / 1000; // µs per request
}

/** Measures the three contenders; returns the summary figure. */
export async function requestOverhead(): Promise<Figure> {
  const server = await startChild("bench/servers/session-server.ts");
  try {
    const base = `http://127.0.0.1:${server.line}/api`;
    const url = `${base}/v1/sessions/${SESSION_ID}`;
    const raw = createClient<paths>({ baseUrl: base, headers: { Authorization: "evr_pat_bench" } });
    const client = new Everruns({ apiKey: "evr_pat_bench", baseUrl: base });
    const contenders: Record<string, Contender> = {
      fetch: () =>
        fetch(url, { headers: { Authorization: "evr_pat_bench" } }).then((r) => r.json()),
      "openapi-fetch": () =>
        raw.GET("/v1/sessions/{session_id}", { params: { path: { session_id: SESSION_ID } } }),
      sdk: () => client.sessions.get(SESSION_ID),
    };
    const names = Object.keys(contenders);
    for (const name of names) await time(contenders[name]!, 1_000); // warm-up: JIT and sockets
    const perRound: Record<string, number>[] = [];
    // Within a round the contenders alternate in blocks of BLOCK requests, so a burst of load from
    // elsewhere on the machine lands on all of them instead of on whoever happened to be running.
    for (let round = 0; round < ROUNDS; round++) {
      const result: Record<string, number> = Object.fromEntries(names.map((n) => [n, 0]));
      for (let block = 0; block < PER_ROUND / BLOCK; block++) {
        for (let k = 0; k < names.length; k++) {
          const name = names[(round + block + k) % names.length]!;
          result[name]! += (await time(contenders[name]!, BLOCK)) / (PER_ROUND / BLOCK);
        }
      }
      perRound.push(result);
      await tick();
    }
    const us = (name: string) => summarize(perRound.map((r) => r[name]!));
    const ratio = (a: string, b: string) => summarize(perRound.map((r) => r[a]! / r[b]!));
    const sdkVsOf = ratio("sdk", "openapi-fetch");
    const status = sdkVsOf.median <= TARGET ? "met" : "missed";
    const detail = [
      `${ROUNDS} rounds × ${PER_ROUND.toLocaleString("en")} sequential GETs per contender, alternating in blocks of 100 (order rotated), after a 1,000-request warm-up each; the server runs in its own process with keep-alive on.`,
      "",
      table(
        ["contender", "µs per request (min / median / max)"],
        names.map((n) => [
          n === "sdk"
            ? "`client.sessions.get`"
            : n === "fetch"
              ? "bare `fetch` + `json()`"
              : "bare openapi-fetch `GET`",
          show(us(n), 1),
        ]),
      ),
      "",
      table(
        ["ratio (same round)", "min / median / max"],
        [
          ["SDK ÷ bare openapi-fetch", show(sdkVsOf, 3, "×")],
          ["SDK ÷ bare fetch", show(ratio("sdk", "fetch"), 3, "×")],
          ["bare openapi-fetch ÷ bare fetch", show(ratio("openapi-fetch", "fetch"), 3, "×")],
        ],
      ),
      "",
      status === "met"
        ? `Target ≤ ${TARGET}× bare openapi-fetch: met (median ${sdkVsOf.median.toFixed(3)}×).`
        : `Target ≤ ${TARGET}× bare openapi-fetch: missed by ${((sdkVsOf.median / TARGET - 1) * 100).toFixed(1)} % (median ${sdkVsOf.median.toFixed(3)}×). The SDK's extra per call is the id check, the per-attempt timeout timer and abort link, and the promise wrapper; pooling the attempt controller or arming the timer lazily would close it.`,
    ].join("\n");
    return {
      name: "Request overhead",
      measured: `${sdkVsOf.median.toFixed(3)}× bare openapi-fetch (median; ${show(sdkVsOf, 3, "×")})`,
      target: `≤ ${TARGET}× bare openapi-fetch`,
      status,
      detail,
    };
  } finally {
    server.stop();
  }
}
