#!/usr/bin/env node
// Turns the spec in openapi/ into the two committed files every other part reads:
//   generated/openapi.json  one self-contained bundle (docs, mocks, runtime validation)
//   generated/schema.d.ts   TypeScript types from openapi-typescript (the SDK's wire models)
//
// Usage:
//   node scripts/generate.mjs            write generated/
//   node scripts/generate.mjs --check    write nothing; exit 1 naming each stale file
// Options: --spec <root yaml> (default openapi/openapi.yaml), --out <dir> (default generated/).
//
// A broken spec (bad $ref, invalid YAML) exits 1 with `file:line:col message` lines, never a stack.

import { readFile, writeFile, mkdir } from "node:fs/promises";
import { relative, resolve, join } from "node:path";
import { parseArgs } from "node:util";
import { performance } from "node:perf_hooks";
import { bundle, createConfig, getLineColLocation } from "@redocly/openapi-core";
import openapiTS, { astToString } from "openapi-typescript";

const HEADER = `/**
 * DO NOT EDIT: generated from openapi/ by \`npm run generate\` (scripts/generate.mjs).
 * Change the spec and regenerate; \`npm run generate:check\` fails when this file is stale.
 */

`;

/**
 * openapi-typescript options, chosen for an SDK:
 * - additionalProperties false: no `[key: string]: unknown` on every model, so a typo in a field
 *   name is a compile error. Unknown fields the server adds are still kept at run time (parsed
 *   JSON is passed through untouched); the types describe only what the spec documents.
 * - emptyObjectsUnknown: a free-form object (`metadata`, `hints`, a tool's JSON Schema) becomes
 *   `Record<string, unknown>`, not `Record<string, never>`.
 * - defaultNonNullable false: `required` in the spec alone decides optionality; a request field
 *   with a default must stay optional for the caller.
 * - alphabetize false: keep the spec's order (ids first, as a reader expects); output is still
 *   deterministic because the bundle's order is.
 * - enum false: string unions, not TS enums, so a declaration file carries no runtime code and
 *   an unseen server value is still a plain string at run time.
 * - rootTypes: also export `SchemaSession`-style aliases, handy in hovers and docs.
 */
const TYPESCRIPT_OPTIONS = {
  additionalProperties: false,
  emptyObjectsUnknown: true,
  defaultNonNullable: false,
  alphabetize: false,
  enum: false,
  exportType: false,
  rootTypes: true,
  silent: true,
};

/** Component maps are keyed by name; sorting them makes the bundle independent of ref discovery order. */
const SORTED_COMPONENT_SECTIONS = [
  "schemas",
  "responses",
  "parameters",
  "examples",
  "requestBodies",
  "headers",
  "securitySchemes",
  "links",
  "callbacks",
  "pathItems",
];

/** A spec problem the user must fix; printed without a stack trace. */
class SpecError extends Error {}

function where(absolutePath, line, col) {
  const file = relative(process.cwd(), absolutePath) || absolutePath;
  return line ? `${file}:${line}:${col ?? 1}` : file;
}

function describeProblem(problem) {
  const location = problem.location?.[0];
  if (!location) return problem.message;
  const { start } = getLineColLocation(location);
  const pointer = location.pointer ? ` (at ${location.pointer})` : "";
  return `${where(location.source.absoluteRef, start.line, start.col)} ${problem.message}${pointer}`;
}

async function bundleSpec(specPath) {
  const config = await createConfig({});
  let result;
  try {
    result = await bundle({ ref: specPath, config });
  } catch (error) {
    // The root file itself failed to parse or could not be read.
    if (error?.source?.absoluteRef && error.line) {
      throw new SpecError(
        `${where(error.source.absoluteRef, error.line, error.col)} ${error.message}`,
      );
    }
    throw new SpecError(`${where(specPath)} ${error?.message ?? String(error)}`);
  }
  const errors = result.problems.filter((p) => p.severity === "error");
  for (const warning of result.problems.filter((p) => p.severity !== "error")) {
    console.warn(`warning: ${describeProblem(warning)}`);
  }
  if (errors.length > 0) {
    throw new SpecError(errors.map(describeProblem).join("\n"));
  }
  return sortComponents(result.bundle.parsed);
}

function sortComponents(document) {
  const components = document.components;
  if (!components) return document;
  for (const section of SORTED_COMPONENT_SECTIONS) {
    const map = components[section];
    if (!map) continue;
    components[section] = Object.fromEntries(
      Object.keys(map)
        .sort()
        .map((name) => [name, map[name]]),
    );
  }
  return document;
}

async function renderTypes(document) {
  // openapi-typescript may annotate the object it is given; hand it a copy.
  const copy = structuredClone(document);
  try {
    const ast = await openapiTS(copy, TYPESCRIPT_OPTIONS);
    return HEADER + astToString(ast);
  } catch (error) {
    throw new SpecError(`openapi-typescript: ${error?.message ?? String(error)}`);
  }
}

/** Builds every generated file in memory: a map of path -> contents. */
async function generate({ specPath, outDir }) {
  const document = await bundleSpec(specPath);
  const json = `${JSON.stringify(document, null, 2)}\n`;
  const types = await renderTypes(document);
  return new Map([
    [join(outDir, "openapi.json"), json],
    [join(outDir, "schema.d.ts"), types],
  ]);
}

async function readOrNull(path) {
  try {
    return await readFile(path, "utf8");
  } catch {
    return null;
  }
}

async function main() {
  const { values } = parseArgs({
    options: {
      check: { type: "boolean", default: false },
      spec: { type: "string", default: "openapi/openapi.yaml" },
      out: { type: "string", default: "generated" },
    },
  });
  const specPath = resolve(values.spec);
  const outDir = resolve(values.out);
  const files = await generate({ specPath, outDir });
  // performance.now() counts from process start, so module loading is included.
  const elapsed = () => `${(performance.now() / 1000).toFixed(2)} s`;

  if (values.check) {
    const stale = [];
    for (const [path, contents] of files) {
      if ((await readOrNull(path)) !== contents) stale.push(relative(process.cwd(), path));
    }
    if (stale.length > 0) {
      for (const path of stale) console.error(`stale: ${path} does not match the spec`);
      console.error("Run `npm run generate` and commit the result.");
      process.exitCode = 1;
      return;
    }
    console.log(`generated/ is up to date with the spec (checked in ${elapsed()})`);
    return;
  }

  await mkdir(outDir, { recursive: true });
  for (const [path, contents] of files) {
    if ((await readOrNull(path)) !== contents) await writeFile(path, contents);
  }
  const names = [...files.keys()].map((p) => relative(process.cwd(), p)).join(", ");
  console.log(`wrote ${names} in ${elapsed()}`);
}

main().catch((error) => {
  if (error instanceof SpecError) {
    console.error(`The spec is broken:\n${error.message}`);
  } else {
    console.error(`generate failed: ${error?.message ?? String(error)}`);
  }
  process.exitCode = 1;
});
