#!/usr/bin/env node
// Serves the built docs site (site/, from `npm run docs`) on loopback only.
//
// Usage: node scripts/docs-serve.mjs [--port 4020] [--dir site]
// `serveSite()` is also what the browser test uses, so the test loads the site the way people do.

import { createServer } from "node:http";
import { readFile, stat } from "node:fs/promises";
import { extname, join, resolve, sep } from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";

const ROOT = resolve(fileURLToPath(import.meta.url), "../..");

const TYPES = {
  ".html": "text/html; charset=utf-8",
  ".json": "application/json; charset=utf-8",
  ".svg": "image/svg+xml",
  ".png": "image/png",
  ".css": "text/css; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
};

/**
 * Starts a static file server for `dir` on 127.0.0.1. Port 0 picks a free port.
 * @returns {Promise<{ url: string, close: () => Promise<void> }>}
 */
export async function serveSite(dir, { port = 0 } = {}) {
  const base = resolve(dir);
  const server = createServer(async (request, response) => {
    const file = await resolveFile(base, new URL(request.url ?? "/", "http://127.0.0.1").pathname);
    if (!file || (request.method !== "GET" && request.method !== "HEAD")) {
      response.writeHead(file ? 405 : 404, { "content-type": "text/plain; charset=utf-8" });
      response.end(file ? "Method Not Allowed\n" : "Not Found\n");
      return;
    }
    const body = await readFile(file);
    response.writeHead(200, {
      "content-type": TYPES[extname(file)] ?? "application/octet-stream",
      "content-length": body.length,
      "cache-control": "no-cache",
    });
    response.end(request.method === "HEAD" ? undefined : body);
  });
  await new Promise((ready, failed) => {
    server.once("error", failed);
    server.listen(port, "127.0.0.1", ready);
  });
  const address = server.address();
  return {
    url: `http://127.0.0.1:${address.port}/`,
    close: () =>
      new Promise((done) => {
        server.close(() => done());
        server.closeAllConnections();
      }),
  };
}

// A request path maps to a file inside `base` only; `/` and folders serve their index.html.
async function resolveFile(base, pathname) {
  let path;
  try {
    path = resolve(base, "." + decodeURIComponent(pathname));
  } catch {
    return undefined;
  }
  if (path !== base && !path.startsWith(base + sep)) return undefined;
  const info = await stat(path).catch(() => undefined);
  if (info?.isDirectory()) return resolveFile(base, join(pathname, "index.html"));
  return info?.isFile() ? path : undefined;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const { values } = parseArgs({
    options: {
      port: { type: "string", default: "4020" },
      dir: { type: "string", default: "site" },
    },
  });
  const dir = resolve(ROOT, values.dir);
  if (!(await stat(join(dir, "index.html")).catch(() => undefined))) {
    console.error(
      `docs:serve: ${join(dir, "index.html")} does not exist; run \`npm run docs\` first.`,
    );
    process.exit(1);
  }
  const site = await serveSite(dir, { port: Number(values.port) });
  console.log(`Docs at ${site.url} (Ctrl+C to stop)`);
  const stop = () => site.close().then(() => process.exit(0));
  process.on("SIGINT", stop);
  process.on("SIGTERM", stop);
}
