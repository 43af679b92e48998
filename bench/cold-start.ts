/**
 * Cold start: fresh Node processes that import the built package (dist/, as users get it) against
 * ones that import openapi-fetch alone, and an empty process for the floor. The contenders take turns
 * round by round. The import's own cost is the process time minus the empty process's.
 */
import { spawnSync } from "node:child_process";
import { existsSync, readdirSync, statSync } from "node:fs";
import { join, resolve } from "node:path";
import { pathToFileURL } from "node:url";
import { show, summarize } from "./lib.js";
import { table, type Figure } from "./report.js";

const ROUNDS = Number(process.env.BENCH_COLD_ROUNDS ?? 20);

function newestMtime(dir: string): number {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestMtime(path) : statSync(path).mtimeMs);
  }
  return newest;
}

/** Builds dist/ when it is missing or older than src/, so the figure is about the current code. */
function ensureBuilt(): string {
  const dist = resolve("dist/index.js");
  if (!existsSync(dist) || statSync(dist).mtimeMs < newestMtime("src")) {
    const built = spawnSync("npm", ["run", "build"], {
      stdio: "ignore",
      shell: process.platform === "win32",
    });
    if (built.status !== 0 || !existsSync(dist)) throw new Error("npm run build failed");
  }
  return pathToFileURL(dist).href;
}

function spawnMs(code: string): number {
  const started = process.hrtime.bigint();
  const result = spawnSync(process.execPath, ["--input-type=module", "-e", code], {
    stdio: ["ignore", "ignore", "pipe"],
  });
  const ms = Number(process.hrtime.bigint() - started) / 1e6;
  if (result.status !== 0) throw new Error(`cold start probe failed: ${result.stderr.toString()}`);
  return ms;
}

/** Spawns the probes round by round; returns the summary figure. */
export async function coldStart(): Promise<Figure> {
  const sdk = ensureBuilt();
  const probes: Record<string, string> = {
    "empty process": "",
    "import openapi-fetch": 'await import("openapi-fetch");',
    "import the SDK (dist/index.js)": `await import(${JSON.stringify(sdk)});`,
    "import openapi-fetch + createClient()":
      'const { default: createClient } = await import("openapi-fetch"); createClient({ baseUrl: "https://app.everruns.com/api" });',
    "import the SDK + new Everruns()": `const { Everruns } = await import(${JSON.stringify(sdk)}); new Everruns({ apiKey: "evr_pat_bench" });`,
  };
  const names = Object.keys(probes);
  for (const name of names) spawnMs(probes[name]!); // warm the file system cache
  const rounds: Record<string, number>[] = [];
  for (let round = 0; round < ROUNDS; round++) {
    const result: Record<string, number> = {};
    for (let k = 0; k < names.length; k++) {
      const name = names[(round + k) % names.length]!;
      result[name] = spawnMs(probes[name]!);
    }
    rounds.push(result);
  }
  const ms = (name: string) => summarize(rounds.map((r) => r[name]!));
  const extra = (name: string) => summarize(rounds.map((r) => r[name]! - r["empty process"]!));
  const ratio = summarize(
    rounds.map((r) => r["import the SDK (dist/index.js)"]! / r["import openapi-fetch"]!),
  );
  const sdkExtra = extra("import the SDK (dist/index.js)");
  const ofExtra = extra("import openapi-fetch");
  const detail = [
    `${ROUNDS} rounds of fresh \`node --input-type=module -e ...\` processes, order rotated each round; wall time from spawn to exit.`,
    "",
    table(
      [
        "process",
        "wall ms (min / median / max)",
        "over the empty process, ms (min / median / max)",
      ],
      names.map((n) => [n, show(ms(n), 1), n === "empty process" ? "—" : show(extra(n), 1)]),
    ),
    "",
    `Process time, SDK ÷ openapi-fetch alone (same round): ${show(ratio, 3, "×")}. The import itself: ${sdkExtra.median.toFixed(1)} ms for the SDK against ${ofExtra.median.toFixed(1)} ms for openapi-fetch (medians). Creating a client costs about the same on both sides: it is the first use of \`Request\`/\`Headers\`, which loads Node's built-in fetch (undici) lazily; any first request pays that once.`,
  ].join("\n");
  return {
    name: "Cold start",
    measured: `${ratio.median.toFixed(3)}× openapi-fetch's process time (median); import cost ${sdkExtra.median.toFixed(1)} ms vs ${ofExtra.median.toFixed(1)} ms`,
    target: "report only (versus importing openapi-fetch alone)",
    status: "report only",
    detail,
  };
}
