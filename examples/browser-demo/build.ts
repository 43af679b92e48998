/**
 * Builds the browser demo into a folder: the page, the bundled script (SDK + mock API + msw's browser
 * entry, from node_modules) and msw's service worker script, copied from the installed msw so it always
 * matches the library version.
 *
 *   npx tsx examples/browser-demo/build.ts [outDir] [--serve [port]]
 *
 * With `--serve` it also serves the folder on http://127.0.0.1:<port>/ (default 4173).
 */
import { copyFileSync, mkdirSync, readFileSync } from "node:fs";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { createRequire } from "node:module";
import { dirname, extname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { build } from "esbuild";

const here = dirname(fileURLToPath(import.meta.url));
const require = createRequire(import.meta.url);

const root = join(here, "..", "..");

/**
 * Bundles the demo into `outDir`; returns the folder. With `fromDist`, the SDK comes from the built
 * package (`npm run build`), as a user's bundler would take it; otherwise from the sources.
 */
export async function buildDemo(outDir: string, { fromDist = false } = {}): Promise<string> {
  mkdirSync(outDir, { recursive: true });
  await build({
    alias: fromDist
      ? {
          "@everruns/sessions-sdk/mocks": join(root, "dist", "mocks.js"),
          "@everruns/sessions-sdk": join(root, "dist", "index.js"),
        }
      : {
          "@everruns/sessions-sdk/mocks": join(root, "src", "mocks", "index.ts"),
          "@everruns/sessions-sdk": join(root, "src", "index.ts"),
        },
    entryPoints: [join(here, "main.ts")],
    bundle: true,
    format: "esm",
    platform: "browser",
    target: "es2022",
    outfile: join(outDir, "main.js"),
    logLevel: "warning",
    sourcemap: "inline",
  });
  copyFileSync(join(here, "index.html"), join(outDir, "index.html"));
  // msw's package exports do not expose the worker file, so find it next to the package.json.
  const mswRoot = dirname(require.resolve("msw/package.json"));
  copyFileSync(join(mswRoot, "lib", "mockServiceWorker.js"), join(outDir, "mockServiceWorker.js"));
  return outDir;
}

const TYPES: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".png": "image/png",
};

/** Serves a folder on loopback; `/` is `index.html`. */
export async function serveFolder(dir: string, port = 0): Promise<{ url: string; server: Server }> {
  const server = createServer((req, res) => {
    const path = new URL(req.url ?? "/", "http://127.0.0.1").pathname;
    const file = resolve(dir, `.${path === "/" ? "/index.html" : path}`);
    if (!file.startsWith(resolve(dir))) return void res.writeHead(403).end();
    try {
      const body = readFileSync(file);
      res
        .writeHead(200, {
          "Content-Type": TYPES[extname(file)] ?? "application/octet-stream",
          "Cache-Control": "no-store",
        })
        .end(body);
    } catch {
      res.writeHead(404).end("Not found");
    }
  });
  await new Promise<void>((done) => server.listen(port, "127.0.0.1", done));
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/`, server };
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const args = process.argv.slice(2);
  const serveAt = args.indexOf("--serve");
  const outDir = resolve(
    args.find((a, i) => !a.startsWith("--") && (serveAt < 0 || i !== serveAt + 1)) ??
      join(here, "..", "..", "test-results", "browser-demo"),
  );
  await buildDemo(outDir);
  console.log(`Built the browser demo into ${outDir}`);
  if (serveAt >= 0) {
    const { url } = await serveFolder(outDir, Number(args[serveAt + 1] ?? 4173));
    console.log(`Serving it on ${url} (Ctrl-C stops)`);
  }
}
