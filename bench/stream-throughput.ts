/**
 * Stream throughput: `client.events.stream` against a bare eventsource-parser loop (decode, parse the
 * frames, `JSON.parse` each event, which any consumer needs) over the same pre-encoded bytes, handed
 * out by the same in-memory `ReadableStream`, so only the parsing and the SDK's bookkeeping differ.
 * Memory over 1,000,000 events runs in a fresh process with `--expose-gc`.
 */
import { createParser } from "eventsource-parser";
import { Everruns } from "../src/index.js";
import { runChild, show, summarize, tick } from "./lib.js";
import { table, type Figure } from "./report.js";
import { encodeEvents, streamOf } from "./sse-bytes.js";

const SESSION_ID = "session_01933b5a00007000800000000000001";
const EVENTS = Number(process.env.BENCH_STREAM_EVENTS ?? 200_000);
const ROUNDS = Number(process.env.BENCH_STREAM_ROUNDS ?? 5);
const MEMORY_EVENTS = Number(process.env.BENCH_MEMORY_EVENTS ?? 1_000_000);
const TARGET = 0.9;

async function bare(chunks: Uint8Array[]): Promise<number> {
  let count = 0;
  const parser = createParser({
    onEvent(message) {
      if (message.event === "connected") return;
      JSON.parse(message.data);
      count++;
    },
  });
  const reader = streamOf(chunks).getReader();
  const decoder = new TextDecoder();
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    parser.feed(decoder.decode(value, { stream: true }));
  }
  return count;
}

async function sdk(chunks: Uint8Array[], total: number): Promise<number> {
  const client = new Everruns({
    apiKey: "evr_pat_bench",
    baseUrl: "http://127.0.0.1:9/api",
    fetch: async () =>
      new Response(streamOf(chunks), { headers: { "content-type": "text/event-stream" } }),
  });
  let count = 0;
  for await (const event of client.events.stream(SESSION_ID)) {
    void event;
    if (++count === total) break;
  }
  return count;
}

async function rate(run: () => Promise<number>, expected: number): Promise<number> {
  const started = performance.now();
  const count = await run();
  if (count !== expected) throw new Error(`expected ${expected} events, got ${count}`);
  return count / ((performance.now() - started) / 1000);
}

/** The memory figure's result, as printed by `memory/stream-memory.ts`. */
export interface StreamMemory {
  events: number;
  startMB: number;
  peakMB: number;
  endMB: number;
  samplesMB: number[];
}

/** Measures both contenders, then memory over a million events; returns the summary figure. */
export async function streamThroughput(): Promise<Figure> {
  const chunks = encodeEvents(EVENTS);
  const megabytes = chunks.reduce((n, c) => n + c.byteLength, 0) / 1e6;
  // Warm-up: the first passes run cold code and would favor whichever contender came second.
  for (let i = 0; i < 3; i++) {
    await bare(chunks);
    await sdk(chunks, EVENTS);
  }
  const rounds: { bare: number; sdk: number }[] = [];
  for (let round = 0; round < ROUNDS; round++) {
    const result = { bare: 0, sdk: 0 };
    const order = round % 2 ? (["sdk", "bare"] as const) : (["bare", "sdk"] as const);
    for (const name of order) {
      result[name] = await rate(
        () => (name === "bare" ? bare(chunks) : sdk(chunks, EVENTS)),
        EVENTS,
      );
      await tick();
    }
    rounds.push(result);
  }
  const ratio = summarize(rounds.map((r) => r.sdk / r.bare));
  const memory = await runChild<StreamMemory>(
    "bench/memory/stream-memory.ts",
    [String(MEMORY_EVENTS)],
    ["--expose-gc"],
  );
  const flat = memory.endMB - memory.startMB < 4;
  const status = ratio.median >= TARGET && flat ? "met" : "missed";
  const k = (v: number) => `${(v / 1000).toFixed(0)}k`;
  const detail = [
    `${EVENTS.toLocaleString("en")} events (${megabytes.toFixed(1)} MB of SSE, ~${Math.round((megabytes * 1e6) / EVENTS)} bytes per frame) per contender and round, ${ROUNDS} rounds, alternating order, after three warm-up passes each.`,
    "",
    table(
      ["contender", "events per second (min / median / max)"],
      [
        [
          "bare eventsource-parser loop (+ `JSON.parse`)",
          [summarize(rounds.map((r) => r.bare))].map(
            (s) => `${k(s.min)} / ${k(s.median)} / ${k(s.max)}`,
          )[0]!,
        ],
        [
          "`client.events.stream`",
          [summarize(rounds.map((r) => r.sdk))].map(
            (s) => `${k(s.min)} / ${k(s.median)} / ${k(s.max)}`,
          )[0]!,
        ],
        ["ratio SDK ÷ bare (same round)", show(ratio, 3, "×")],
      ],
    ),
    "",
    `Memory over ${memory.events.toLocaleString("en")} events through \`client.events.stream\` (fresh process, \`--expose-gc\`, heap used after a full GC every 100,000 events): start ${memory.startMB.toFixed(1)} MB, peak ${memory.peakMB.toFixed(1)} MB, end ${memory.endMB.toFixed(1)} MB (samples: ${memory.samplesMB.map((v) => v.toFixed(1)).join(", ")}).`,
    "",
    ratio.median >= TARGET
      ? `Throughput target ≥ ${TARGET}× the bare loop: met (median ${ratio.median.toFixed(3)}×).`
      : `Throughput target ≥ ${TARGET}× the bare loop: missed by ${((1 - ratio.median / TARGET) * 100).toFixed(1)} % (median ${ratio.median.toFixed(3)}×). The gap is per-event work the bare loop does not do: one async-iterator promise per event, the ordering and duplicate check, and the resume cursor. Handing out queued events without a promise per event (a batch read) would close it; the figure also moves with machine load, so rerun on a quiet machine before acting.`,
    flat
      ? "Memory: flat (end within 4 MB of start)."
      : `Memory: grew by ${(memory.endMB - memory.startMB).toFixed(1)} MB over the run.`,
  ].join("\n");
  return {
    name: "Stream throughput",
    measured: `${ratio.median.toFixed(3)}× the bare loop (median; ${show(ratio, 3, "×")}); heap ${memory.startMB.toFixed(1)} → peak ${memory.peakMB.toFixed(1)} → ${memory.endMB.toFixed(1)} MB over ${k(memory.events)} events`,
    target: `≥ ${TARGET}× the bare loop; memory flat over 1,000,000 events`,
    status,
    detail,
  };
}
