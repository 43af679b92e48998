/**
 * Heap while `client.sessions.iterate` walks every session of the server at argv[2] (a base URL; argv[3] sessions expected) in
 * pages of 100, in a fresh process run with `--expose-gc`. Peak is the largest heap seen after any
 * page without forcing a collection (what a user's process would hold at worst); retained is the heap
 * after a full GC every 10,000 sessions (whether anything accumulates).
 * Prints `{ sessions, pages, peakMB, retainedStartMB, retainedEndMB }` as JSON.
 */
import { Everruns } from "../../src/index.js";

const baseUrl = process.argv[2];
if (!baseUrl) throw new Error("usage: pagination-memory.ts <baseUrl> <sessions>");
const gc = (globalThis as { gc?: () => void }).gc;
if (!gc) throw new Error("run with --expose-gc");
const heapMB = () => process.memoryUsage().heapUsed / 2 ** 20;

const client = new Everruns({ apiKey: "evr_pat_bench", baseUrl });
const retained: number[] = [];
let peak = heapMB();
let count = 0;
// One byte per expected session, allocated up front, so the check itself does not grow the heap.
const seen = new Uint8Array(Number(process.argv[3] ?? 100_000));
let distinct = 0;
for await (const session of client.sessions.iterate({ limit: 100 })) {
  count++;
  // Titles carry the index: check every session arrives exactly once without keeping the objects.
  const index = Number(session.title?.slice(session.title.indexOf("#") + 1));
  if (seen[index] === 0) distinct++;
  seen[index] = 1;
  if (count % 100 === 0) peak = Math.max(peak, heapMB());
  if (count % 10_000 === 0) {
    gc();
    retained.push(heapMB());
  }
}
if (distinct !== count) throw new Error(`${count} sessions but ${distinct} distinct`);
console.log(
  JSON.stringify({
    sessions: count,
    pages: Math.ceil(count / 100),
    peakMB: peak,
    retainedStartMB: retained[0] ?? 0,
    retainedEndMB: retained[retained.length - 1] ?? 0,
  }),
);
