/**
 * `npm run bench`: measures the six figures and writes BENCHMARKS.md at the repository root.
 * Benchmarks report, they never fail the build (the package size budget is enforced by size-limit
 * in CI). Each figure is a ratio against a baseline measured in the same run, on loopback.
 *
 * Environment knobs (defaults in each module) shrink a run for a quick look, e.g.
 * `BENCH_ROUNDS=5 BENCH_REQUESTS=500 npm run bench`.
 */
import { writeFileSync } from "node:fs";
import { loadavg } from "node:os";
import { format, resolveConfig } from "prettier";
import { coldStart } from "./cold-start.js";
import { machine } from "./lib.js";
import { mockThroughput } from "./mock-throughput.js";
import { packageSize } from "./package-size.js";
import { paginationMemory } from "./pagination-memory.js";
import { table, type Figure } from "./report.js";
import { requestOverhead } from "./request-overhead.js";
import { streamThroughput } from "./stream-throughput.js";

const FIGURES: [string, () => Promise<Figure>][] = [
  ["Request overhead", requestOverhead],
  ["Stream throughput", streamThroughput],
  ["Pagination memory", paginationMemory],
  ["Package size", packageSize],
  ["Cold start", coldStart],
  ["Mock throughput", mockThroughput],
];

const load = () =>
  loadavg()
    .map((v) => v.toFixed(2))
    .join(", ");

async function main(): Promise<void> {
  const host = machine();
  const loadBefore = load();
  const started = Date.now();
  const figures: Figure[] = [];
  for (const [name, measure] of FIGURES) {
    process.stderr.write(`bench: ${name}...\n`);
    const t = Date.now();
    try {
      figures.push(await measure());
    } catch (error) {
      figures.push({
        name,
        measured: "not measured",
        target: "—",
        status: "missed",
        detail: `The benchmark failed: ${String(error)}`,
      });
    }
    process.stderr.write(
      `bench: ${name} done in ${((Date.now() - t) / 1000).toFixed(1)} s: ${figures[figures.length - 1]!.measured}\n`,
    );
  }
  const mark = { met: "✅ met", missed: "❌ missed", "report only": "ℹ️ report only" };
  const text = [
    "# Benchmarks",
    "",
    "Written by `npm run bench` (`bench/run.ts`); do not edit by hand. Every figure is measured in one run on loopback against a baseline measured in the same run, and reported as min / median / max over rounds. Benchmarks report; they do not fail CI (the package size budget is enforced separately by size-limit).",
    "",
    "## Machine",
    "",
    table(
      ["", ""],
      [
        ...Object.entries(host),
        ["Load average (1, 5, 15 min) before / after", `${loadBefore} / ${load()}`],
        ["Run took", `${((Date.now() - started) / 1000).toFixed(0)} s`],
        ["Date", new Date().toISOString().slice(0, 10)],
      ],
    ),
    "",
    "## Summary",
    "",
    table(
      ["figure", "measured", "target", "status"],
      figures.map((f) => [f.name, f.measured, f.target, mark[f.status]]),
    ),
    "",
    ...figures.flatMap((f) => [`## ${f.name}`, "", f.detail, ""]),
  ].join("\n");
  // Formatted like every other file, so `npm run lint` (prettier --check) passes on the result.
  const options = (await resolveConfig("BENCHMARKS.md")) ?? {};
  writeFileSync("BENCHMARKS.md", await format(text, { ...options, parser: "markdown" }));
  process.stderr.write("bench: wrote BENCHMARKS.md\n");
}

await main();
process.exit(0);
