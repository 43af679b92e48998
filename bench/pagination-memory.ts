/**
 * Pagination memory: `client.sessions.iterate` over 100,000 sessions in pages of 100 from a loopback
 * server (its own process) that generates each page on the fly. The walk runs in a fresh process.
 */
import { runChild, startChild } from "./lib.js";
import type { Figure } from "./report.js";

const SESSIONS = Number(process.env.BENCH_SESSIONS ?? 100_000);
const TARGET_MB = 64;

interface Result {
  sessions: number;
  pages: number;
  peakMB: number;
  retainedStartMB: number;
  retainedEndMB: number;
}

/** Walks every session once; returns the summary figure. */
export async function paginationMemory(): Promise<Figure> {
  const server = await startChild("bench/servers/session-server.ts", [String(SESSIONS)]);
  try {
    const base = `http://127.0.0.1:${server.line}/api`;
    const r = await runChild<Result>(
      "bench/memory/pagination-memory.ts",
      [base, String(SESSIONS)],
      ["--expose-gc"],
    );
    if (r.sessions !== SESSIONS) throw new Error(`walked ${r.sessions} of ${SESSIONS} sessions`);
    const status = r.peakMB < TARGET_MB ? "met" : "missed";
    const detail = [
      `${r.sessions.toLocaleString("en")} sessions (~600 bytes of JSON each) in ${r.pages.toLocaleString("en")} pages of 100, walked with \`for await (const s of client.sessions.iterate({ limit: 100 }))\` in a fresh process; every session checked to arrive exactly once.`,
      "",
      `Peak heap used (sampled after every page, no forced GC): **${r.peakMB.toFixed(1)} MB**. Heap retained after a full GC: ${r.retainedStartMB.toFixed(1)} MB after the first 10,000 sessions, ${r.retainedEndMB.toFixed(1)} MB at the end (${r.retainedEndMB - r.retainedStartMB < 2 ? "flat: earlier pages are released" : "it grows: something keeps earlier pages"}).`,
      "",
      status === "met"
        ? `Target peak < ${TARGET_MB} MB: met.`
        : `Target peak < ${TARGET_MB} MB: missed by ${(r.peakMB - TARGET_MB).toFixed(1)} MB.`,
    ].join("\n");
    return {
      name: "Pagination memory",
      measured: `peak heap ${r.peakMB.toFixed(1)} MB over ${r.sessions.toLocaleString("en")} sessions (retained ${r.retainedStartMB.toFixed(1)} → ${r.retainedEndMB.toFixed(1)} MB)`,
      target: `peak heap < ${TARGET_MB} MB`,
      status,
      detail,
    };
  } finally {
    server.stop();
  }
}
