/**
 * Runs one benchmark and prints its section instead of writing BENCHMARKS.md, for a quick look while
 * working on one figure: `npx tsx bench/one.ts stream-throughput`.
 */
import { coldStart } from "./cold-start.js";
import { mockThroughput } from "./mock-throughput.js";
import { packageSize } from "./package-size.js";
import { paginationMemory } from "./pagination-memory.js";
import type { Figure } from "./report.js";
import { requestOverhead } from "./request-overhead.js";
import { streamThroughput } from "./stream-throughput.js";

const FIGURES: Record<string, () => Promise<Figure>> = {
  "request-overhead": requestOverhead,
  "stream-throughput": streamThroughput,
  "pagination-memory": paginationMemory,
  "package-size": packageSize,
  "cold-start": coldStart,
  "mock-throughput": mockThroughput,
};

const measure = FIGURES[process.argv[2] ?? ""];
if (!measure) {
  console.error(`usage: tsx bench/one.ts <${Object.keys(FIGURES).join(" | ")}>`);
  process.exit(2);
}
const figure = await measure();
console.log(`## ${figure.name}\n\n${figure.detail}\n\n${figure.measured} (${figure.status})`);
process.exit(0);
