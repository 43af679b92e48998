import { defineConfig, type Options } from "tsup";

/**
 * The published build (`npm run build`): ESM, CommonJS and type declarations in dist/.
 *
 * The core entry is built for the "neutral" platform: it must run in browsers, Deno, Bun and edge
 * runtimes, so a Node built-in import fails this build instead of a user's bundler. The mocks may
 * use Node (msw's Node entry, a loopback server) and are built for Node behind their own subpaths.
 * Dependencies and peer dependencies stay external: users' installs dedupe them.
 * The two builds run in parallel into one folder, so `npm run build` empties dist/ first, not tsup.
 */
const shared: Options = {
  format: ["esm", "cjs"],
  dts: true,
  target: "es2022",
  outDir: "dist",
  splitting: false,
  treeshake: true,
  sourcemap: false,
  minify: false,
};

export default defineConfig([
  {
    ...shared,
    entry: { index: "src/index.ts" },
    platform: "neutral",
  },
  {
    ...shared,
    entry: { mocks: "src/mocks/index.ts", "mocks-node": "src/mocks/node.ts" },
    platform: "node",
    // One shared chunk: `./mocks/node` and `./mocks` hand out the same classes, not two copies.
    splitting: true,
  },
]);
