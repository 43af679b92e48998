/**
 * Package size: the core entry bundled the way a user's bundler would (esbuild, minified, platform
 * neutral, dependencies included), then gzipped (level 9) and brotli-compressed; compared with
 * openapi-fetch plus eventsource-parser bundled alone. Deterministic, so one measurement suffices;
 * CI enforces the budget with size-limit.
 */
import { brotliCompressSync, gzipSync } from "node:zlib";
import { build } from "esbuild";
import type { Figure } from "./report.js";
import { table } from "./report.js";

/** The budget, in the units size-limit uses in CI (1 kB = 1,000 bytes), so both report one number. */
const TARGET_BYTES = 12_000;

async function bundle(options: { entry?: string; source?: string }): Promise<Uint8Array> {
  const result = await build({
    ...(options.entry
      ? { entryPoints: [options.entry] }
      : { stdin: { contents: options.source ?? "", resolveDir: process.cwd(), loader: "ts" } }),
    bundle: true,
    minify: true,
    platform: "neutral",
    mainFields: ["module", "main"],
    format: "esm",
    target: "es2022",
    write: false,
    logLevel: "silent",
  });
  return result.outputFiles[0]!.contents;
}

const kb = (bytes: number) => `${(bytes / 1000).toFixed(2)} kB`;
const sizes = (code: Uint8Array) => ({
  min: code.byteLength,
  gzip: gzipSync(code, { level: 9 }).byteLength,
  brotli: brotliCompressSync(code).byteLength,
});

/** Bundles both and compares; returns the summary figure. */
export async function packageSize(): Promise<Figure> {
  const core = sizes(await bundle({ entry: "src/index.ts" }));
  const base = sizes(
    await bundle({
      source:
        'export * from "openapi-fetch"; export { default } from "openapi-fetch"; export * from "eventsource-parser";',
    }),
  );
  const status = core.gzip <= TARGET_BYTES ? "met" : "missed";
  const detail = [
    "`src/index.ts` (every export) bundled with esbuild: minified, `platform: neutral`, ESM, dependencies included; then gzip -9 and brotli.",
    "",
    table(
      ["bundle", "minified", "gzip", "brotli"],
      [
        [
          "SDK core entry (with openapi-fetch and eventsource-parser)",
          kb(core.min),
          kb(core.gzip),
          kb(core.brotli),
        ],
        ["openapi-fetch + eventsource-parser alone", kb(base.min), kb(base.gzip), kb(base.brotli)],
        [
          "ratio",
          `${(core.min / base.min).toFixed(2)}×`,
          `${(core.gzip / base.gzip).toFixed(2)}×`,
          `${(core.brotli / base.brotli).toFixed(2)}×`,
        ],
      ],
    ),
    "",
    status === "met"
      ? `Target ≤ ${kb(TARGET_BYTES)} gzipped: met (${kb(core.gzip)}, ${TARGET_BYTES - core.gzip} bytes to spare; the SDK's own code adds ${kb(core.gzip - base.gzip)} gzipped).`
      : `Target ≤ ${kb(TARGET_BYTES)} gzipped: missed by ${core.gzip - TARGET_BYTES} bytes (${kb(core.gzip)}).`,
  ].join("\n");
  return {
    name: "Package size",
    measured: `${kb(core.gzip)} gzipped (${(core.gzip / base.gzip).toFixed(2)}× openapi-fetch + eventsource-parser at ${kb(base.gzip)})`,
    target: `≤ ${kb(TARGET_BYTES)} minified + gzipped`,
    status,
    detail,
  };
}
