/**
 * Shared pieces of the benchmarks: summary statistics, the machine description, child processes
 * (memory figures need a fresh heap and `--expose-gc`), and a loopback JSON server.
 */
import { spawn } from "node:child_process";
import { readFileSync } from "node:fs";
import { cpus, freemem, totalmem } from "node:os";

/** Min, median and max of a sample. */
export interface Summary {
  min: number;
  median: number;
  max: number;
}

/** Summarizes `values` (at least one). */
export function summarize(values: number[]): Summary {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  const median = sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
  return { min: sorted[0]!, median, max: sorted[sorted.length - 1]! };
}

/** `min / median / max` with `digits` decimals and an optional unit. */
export function show(s: Summary, digits = 2, unit = ""): string {
  return [s.min, s.median, s.max].map((v) => v.toFixed(digits) + unit).join(" / ");
}

/** The p-th percentile (0..100) of `values`. */
export function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return (
    sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? Number.NaN
  );
}

/** What the figures were measured on. */
export function machine(): Record<string, string> {
  let model = cpus()[0]?.model ?? "unknown";
  try {
    model =
      /model name\s*:\s*(.+)/.exec(readFileSync("/proc/cpuinfo", "utf8"))?.[1]?.trim() ?? model;
  } catch {
    // Not Linux: os.cpus() already named it.
  }
  const gib = (bytes: number) => `${(bytes / 2 ** 30).toFixed(1)} GiB`;
  return {
    CPU: model,
    "CPUs (nproc)": String(cpus().length),
    Memory: `${gib(totalmem())} total, ${gib(freemem())} free at start`,
    Node: process.version,
    Platform: `${process.platform} ${process.arch}`,
  };
}

/** Runs a TypeScript file in a fresh Node process (through tsx) and parses the JSON it prints last. */
export function runChild<T>(
  script: string,
  args: string[] = [],
  nodeFlags: string[] = [],
): Promise<T> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [...nodeFlags, "--import", "tsx", script, ...args], {
      stdio: ["ignore", "pipe", "inherit"],
    });
    let out = "";
    child.stdout.on("data", (chunk: Buffer) => (out += chunk.toString("utf8")));
    child.on("error", reject);
    child.on("close", (code) => {
      const last = out.trim().split("\n").pop() ?? "";
      if (code !== 0) return reject(new Error(`${script} exited with ${code}: ${out}`));
      try {
        resolve(JSON.parse(last) as T);
      } catch {
        reject(new Error(`${script} printed no JSON result: ${out}`));
      }
    });
  });
}

/** Runs a long-lived helper process that prints one line (its port, say) when ready. */
export async function startChild(
  script: string,
  args: string[] = [],
): Promise<{ line: string; stop: () => void }> {
  const child = spawn(process.execPath, ["--import", "tsx", script, ...args], {
    stdio: ["pipe", "pipe", "inherit"],
  });
  const line = await new Promise<string>((resolve, reject) => {
    let out = "";
    child.stdout.on("data", (chunk: Buffer) => {
      out += chunk.toString("utf8");
      const newline = out.indexOf("\n");
      if (newline !== -1) resolve(out.slice(0, newline).trim());
    });
    child.on("error", reject);
    child.on("exit", (code) => reject(new Error(`${script} exited early with ${code}`)));
  });
  return { line, stop: () => child.kill("SIGTERM") };
}

/** Yields to the event loop (lets sockets close, timers fire) between measured blocks. */
export function tick(ms = 0): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
