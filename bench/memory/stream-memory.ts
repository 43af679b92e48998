/**
 * Heap over N events (argv[2]) through `client.events.stream`, in a fresh process run with
 * `--expose-gc`: bytes are generated as they are pulled, so only the SDK can make the heap grow.
 * Prints `{ events, startMB, peakMB, endMB, samplesMB }` as JSON.
 */
import { Everruns } from "../../src/index.js";
import { generatedStream } from "../sse-bytes.js";

const total = Number(process.argv[2] ?? 1_000_000);
const gc = (globalThis as { gc?: () => void }).gc;
if (!gc) throw new Error("run with --expose-gc");
const heapMB = () => process.memoryUsage().heapUsed / 2 ** 20;
const settled = () => (gc(), heapMB());

const client = new Everruns({
  apiKey: "evr_pat_bench",
  baseUrl: "http://127.0.0.1:9/api",
  fetch: async () =>
    new Response(generatedStream(total), { headers: { "content-type": "text/event-stream" } }),
});
const samples: number[] = [];
let peak = 0;
let count = 0;
for await (const event of client.events.stream("session_01933b5a00007000800000000000001")) {
  void event;
  count++;
  if (count % 10_000 === 0) peak = Math.max(peak, heapMB());
  if (count % 100_000 === 0) samples.push(settled());
  if (count === total) break;
}
const result = {
  events: count,
  startMB: samples[0] ?? 0,
  peakMB: peak,
  endMB: settled(),
  samplesMB: samples,
};
console.log(JSON.stringify(result));
