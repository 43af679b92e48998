#!/usr/bin/env node
// Builds the docs site into site/ (ignored by git), offline and from committed sources only:
//   site/openapi.json   the bundled spec plus the SDK's TypeScript samples and guide pages
//   site/index.html     the API reference and SDK guide, one static page (Redoc, inlined)
//   site/redocly-logo.svg the attribution logo, served locally
//
// Inputs: generated/openapi.json (`npm run generate`), docs/samples/<operationId>.ts (one per
// operation, type-checked with the rest of the project), docs/guide/*.md (one guide page each,
// in file-name order, the first `# ` line is its title), docs/site/template.hbs (the page shell),
// docs/site/redoc.json (Redoc options: the TypeScript sample is the first request sample tab).
//
// Usage: node scripts/docs.mjs [--out <dir>]   (default site/)
// Fails, naming what is wrong, when an operation has no sample, a sample names no operation, or the
// built page would load anything from another host.

import { mkdir, readdir, readFile, writeFile } from "node:fs/promises";
import { spawnSync } from "node:child_process";
import { fileURLToPath } from "node:url";
import { join, relative, resolve } from "node:path";
import { parseArgs } from "node:util";

const ROOT = resolve(fileURLToPath(import.meta.url), "../..");
const SPEC = join(ROOT, "generated/openapi.json");
const SAMPLES = join(ROOT, "docs/samples");
const GUIDE = join(ROOT, "docs/guide");
const SITE_ASSETS = join(ROOT, "docs/site");
const REDOCLY = join(ROOT, "node_modules/@redocly/cli/bin/cli.js");
const METHODS = ["get", "put", "post", "delete", "options", "head", "patch", "trace"];

// The standalone Redoc bundle loads its attribution logo from a CDN; the site must work offline.
const CDN_LOGOS = /https:\/\/cdn\.redoc\.ly\/redoc\/logo-mini(?:-full)?\.svg/g;
// What would make the page fetch from another host: remote <script>/<link> tags, CDN and font hosts.
// (The browser test is the full check: it fails on any request that leaves the loopback server.)
const REMOTE_ASSET =
  /<(?:script|link)\b[^>]*\b(?:src|href)\s*=\s*["']?(?:https?:)?\/\/[^"'\s>]+|(?:cdn\.redoc\.ly|fonts\.googleapis\.com|fonts\.gstatic\.com|unpkg\.com|cdn\.jsdelivr\.net)[^"'\s)]*/gi;

const { values } = parseArgs({ options: { out: { type: "string", default: "site" } } });
const out = resolve(ROOT, values.out);

const started = performance.now();
const spec = JSON.parse(await readFile(SPEC, "utf8"));
await addCodeSamples(spec);
await addGuide(spec);
await mkdir(out, { recursive: true });
await writeFile(join(out, "openapi.json"), JSON.stringify(spec, null, 2) + "\n");
await buildPage(join(out, "openapi.json"), join(out, "index.html"));
await writeFile(
  join(out, "redocly-logo.svg"),
  await readFile(join(SITE_ASSETS, "redocly-logo.svg")),
);
console.log(
  `docs: ${relative(ROOT, out)}/index.html, ${countOperations(spec)} operations with TypeScript samples, ` +
    `${spec["x-tagGroups"][0].tags.length} guide pages (${Math.round(performance.now() - started)} ms)`,
);

/** Every operation gets `x-codeSamples` from docs/samples/<operationId>.ts; both sides must match. */
async function addCodeSamples(document) {
  const files = new Set((await readdir(SAMPLES)).filter((f) => f.endsWith(".ts")));
  const missing = [];
  for (const operation of operations(document)) {
    const file = `${operation.operationId}.ts`;
    if (!files.delete(file)) {
      missing.push(`docs/samples/${file}`);
      continue;
    }
    const source = (await readFile(join(SAMPLES, file), "utf8")).trimEnd() + "\n";
    operation["x-codeSamples"] = [{ lang: "TypeScript", label: "TypeScript SDK", source }];
  }
  const problems = [
    ...missing.map((f) => `missing sample ${f}`),
    ...[...files].map((f) => `docs/samples/${f} matches no operationId in the spec`),
  ];
  if (problems.length > 0) fail(problems);
}

/** Guide pages become Redoc "trait tags": sections of prose in the menu, grouped before the reference. */
async function addGuide(document) {
  const pages = (await readdir(GUIDE)).filter((f) => f.endsWith(".md")).sort();
  if (pages.length === 0) fail(["docs/guide/ has no .md pages"]);
  const guideTags = [];
  for (const page of pages) {
    const text = await readFile(join(GUIDE, page), "utf8");
    const match = /^# (.+)\n/.exec(text);
    if (!match) fail([`docs/guide/${page}: the first line must be a "# Title" heading`]);
    const name = match[1].trim();
    guideTags.push({ name, "x-traitTag": true, description: text.slice(match[0].length).trim() });
  }
  const referenceTags = document.tags.map((t) => t.name);
  document.tags = [...guideTags, ...document.tags];
  document["x-tagGroups"] = [
    { name: "SDK guide", tags: guideTags.map((t) => t.name) },
    { name: "API reference", tags: referenceTags },
  ];
}

async function buildPage(specFile, htmlFile) {
  const args = [
    REDOCLY,
    "build-docs",
    specFile,
    "--output",
    htmlFile,
    "--template",
    join(SITE_ASSETS, "template.hbs"),
    "--title",
    `${spec.info.title}: API reference and TypeScript SDK guide`,
    "--openapi",
    join(SITE_ASSETS, "redoc.json"),
    "--inlineBundle",
  ];
  const run = spawnSync(process.execPath, args, {
    cwd: ROOT,
    encoding: "utf8",
    env: { ...process.env, REDOCLY_TELEMETRY: "off", REDOCLY_SUPPRESS_UPDATE_NOTICE: "true" },
  });
  if (run.status !== 0) fail([`redocly build-docs failed:\n${run.stderr || run.stdout}`]);
  const html = (await readFile(htmlFile, "utf8")).replace(CDN_LOGOS, "redocly-logo.svg");
  const remote = [...new Set(html.match(REMOTE_ASSET) ?? [])];
  if (remote.length > 0) fail(remote.map((r) => `the page would load from another host: ${r}`));
  await writeFile(htmlFile, html);
}

function* operations(document) {
  for (const item of Object.values(document.paths)) {
    for (const method of METHODS) if (item[method]) yield item[method];
  }
}

function countOperations(document) {
  return [...operations(document)].length;
}

function fail(lines) {
  for (const line of lines) console.error(`docs: ${line}`);
  process.exit(1);
}
