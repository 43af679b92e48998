// scripts/generate.mjs against a copy of openapi/: broken specs are reported with file and line,
// output is deterministic, and --check catches a generated/ that no longer matches the spec.
import { execFile } from "node:child_process";
import { cp, mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

const run = promisify(execFile);
const ROOT = join(import.meta.dirname, "../..");
const SCRIPT = join(ROOT, "scripts/generate.mjs");

interface Outcome {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs the generator from `cwd` (a temp copy), so paths in messages are relative to it. */
async function generate(cwd: string, ...args: string[]): Promise<Outcome> {
  try {
    const { stdout, stderr } = await run(process.execPath, [SCRIPT, ...args], {
      cwd,
      timeout: 60_000,
    });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const e = error as { code?: number; stdout?: string; stderr?: string };
    return { code: e.code ?? -1, stdout: e.stdout ?? "", stderr: e.stderr ?? "" };
  }
}

/** A fresh copy of the spec in its own directory. */
async function copySpec(parent: string, name: string): Promise<string> {
  const dir = join(parent, name);
  await cp(join(ROOT, "openapi"), join(dir, "openapi"), { recursive: true });
  return dir;
}

async function edit(file: string, change: (text: string) => string): Promise<void> {
  const before = await readFile(file, "utf8");
  const after = change(before);
  expect(after, `edit of ${file} changed nothing`).not.toBe(before);
  await writeFile(file, after);
}

/** The 1-based line of the first occurrence of `needle` in `file`. */
async function lineOf(file: string, needle: string): Promise<number> {
  const lines = (await readFile(file, "utf8")).split("\n");
  return lines.findIndex((line) => line.includes(needle)) + 1;
}

let temp: string;

beforeAll(async () => {
  temp = await mkdtemp(join(tmpdir(), "sessions-sdk-generate-"));
});

afterAll(async () => {
  await rm(temp, { recursive: true, force: true });
});

describe("generate on a valid spec", () => {
  it("writes the bundle and the types deterministically, and --check then passes", async () => {
    const dir = await copySpec(temp, "valid");
    const [first, second] = await Promise.all([
      generate(dir, "--out", "a"),
      generate(dir, "--out", "b"),
    ]);
    expect(first.stderr).toBe("");
    expect(first.code).toBe(0);
    expect(second.code).toBe(0);
    expect(first.stdout).toMatch(/wrote a\/openapi\.json, a\/schema\.d\.ts in \d+\.\d+ s/);

    for (const file of ["openapi.json", "schema.d.ts"]) {
      const [a, b] = await Promise.all([
        readFile(join(dir, "a", file), "utf8"),
        readFile(join(dir, "b", file), "utf8"),
      ]);
      expect(a === b, `${file} differs between two runs`).toBe(true);
      expect(a.endsWith("\n")).toBe(true);
    }
    const bundle = JSON.parse(await readFile(join(dir, "a/openapi.json"), "utf8"));
    const refs = JSON.stringify(bundle).match(/"\$ref":"[^"]*"/g) ?? [];
    expect(refs.length).toBeGreaterThan(0);
    expect(refs.filter((r) => !r.startsWith('"$ref":"#/'))).toEqual([]);
    expect(await readFile(join(dir, "a/schema.d.ts"), "utf8")).toMatch(/^\/\*\*\n \* DO NOT EDIT/);

    const check = await generate(dir, "--out", "a", "--check");
    expect(check.code).toBe(0);
    expect(check.stdout).toContain("up to date");
  });

  it("--check names each stale file after the spec changed", async () => {
    // Reuses the copy generated above (`a/` is up to date), so only the check runs here.
    const dir = join(temp, "valid");
    await edit(join(dir, "openapi/components/schemas/Session.yaml"), (text) =>
      text.replace("Q3 marketing brief", "Q4 marketing brief"),
    );
    const check = await generate(dir, "--out", "a", "--check");
    expect(check.code).toBe(1);
    expect(check.stderr).toContain("stale: a/openapi.json");
    expect(check.stderr).toContain("stale: a/schema.d.ts");
  });
});

// Independent copies: run side by side.
describe.concurrent("generate on a broken spec", () => {
  it("reports a bad $ref with its file and line, without a stack trace", async () => {
    const dir = await copySpec(temp, "bad-ref");
    const file = join(dir, "openapi/components/schemas/SessionPage.yaml");
    await edit(file, (text) => text.replace("Session.yaml", "Sesion.yaml"));
    const line = await lineOf(file, "Sesion.yaml");

    const result = await generate(dir);
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(
      new RegExp(`openapi/components/schemas/SessionPage\\.yaml:${line}:\\d+ Can't resolve \\$ref`),
    );
    expect(result.stderr).not.toMatch(/\n\s+at /);
  });

  it("reports invalid YAML in a referenced file with its file and line", async () => {
    const dir = await copySpec(temp, "bad-yaml");
    const file = join(dir, "openapi/components/schemas/TokenUsage.yaml");
    await edit(file, (text) => text.replace(/\n/, "\n  broken: [unclosed\n"));

    const result = await generate(dir);
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/openapi\/components\/schemas\/TokenUsage\.yaml:\d+:\d+ /);
    expect(result.stderr).not.toMatch(/\n\s+at /);
  });

  it("reports invalid YAML in the root file with its line", async () => {
    const dir = await copySpec(temp, "bad-root");
    await edit(join(dir, "openapi/openapi.yaml"), (text) => `${text}\npaths: {\n`);

    const result = await generate(dir, "--check");
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/openapi\/openapi\.yaml:\d+:\d+ /);
    expect(result.stderr).not.toMatch(/\n\s+at /);
  });
});
