/**
 * Every TypeScript code block people read (README.md and the guide pages in docs/guide/) compiles
 * against the SDK's source. Blocks are extracted to files and type-checked with the project's
 * compiler options; a block without imports gets a prelude declaring `client` and `sessionId`.
 */
import { execFile } from "node:child_process";
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { promisify } from "node:util";
import { describe, expect, it } from "vitest";

const ROOT = new URL("../../", import.meta.url).pathname;
// Inside the repo (so `msw/node` and the package's own name resolve), in a git-ignored folder,
// one per run so parallel runs do not overwrite each other's files.
const OUT = join(ROOT, `.cache/code-blocks-${process.pid}`);

const PRELUDE = `import type { Everruns, SessionId } from "@everruns/sessions-sdk";
declare const client: Everruns;
declare const sessionId: SessionId;
`;

interface Block {
  file: string;
  line: number;
  code: string;
}

/** The ```ts / ```typescript blocks of a Markdown file, with the line each starts on. */
function blocksOf(file: string): Block[] {
  const text = readFileSync(join(ROOT, file), "utf8");
  const blocks: Block[] = [];
  const fence = /^```(?:ts|typescript)\s*\n([\s\S]*?)^```/gm;
  for (const match of text.matchAll(fence)) {
    blocks.push({
      file,
      line: text.slice(0, match.index).split("\n").length + 1,
      code: match[1] ?? "",
    });
  }
  return blocks;
}

const files = [
  "README.md",
  ...readdirSync(join(ROOT, "docs/guide"))
    .filter((f) => f.endsWith(".md"))
    .map((f) => `docs/guide/${f}`),
];
const blocks = files.flatMap(blocksOf);

describe("code blocks in the README and the guide", () => {
  it("exist in the README and in most guide pages", () => {
    expect(blocks.filter((b) => b.file === "README.md").length).toBeGreaterThanOrEqual(10);
    expect(new Set(blocks.map((b) => b.file)).size).toBeGreaterThanOrEqual(6);
  });

  it("all type-check against the SDK", async () => {
    rmSync(OUT, { recursive: true, force: true });
    mkdirSync(OUT, { recursive: true });
    const names = blocks.map((block, i) => {
      const name = `${block.file.replace(/\W+/g, "_")}_L${block.line}_${i}.ts`;
      const prelude = /^\s*import\s/m.test(block.code) ? "" : PRELUDE;
      // `export {}` keeps each block its own module, so names do not clash across blocks.
      writeFileSync(join(OUT, name), `${prelude}${block.code}\nexport {};\n`);
      return name;
    });
    writeFileSync(
      join(OUT, "tsconfig.json"),
      JSON.stringify({ extends: "../../tsconfig.json", include: [], files: names }),
    );
    const tsc = join(ROOT, "node_modules/typescript/bin/tsc");
    const result = await promisify(execFile)(
      process.execPath,
      [tsc, "-p", join(OUT, "tsconfig.json")],
      {
        cwd: ROOT,
        encoding: "utf8",
      },
    )
      .catch((error: { stdout: string }) => error)
      .finally(() => rmSync(OUT, { recursive: true, force: true }));
    // Map "README_md_L42_3.ts(5,3): error ..." back to the Markdown file and line. Errors inside
    // src/ itself are the type check's business (`npm run typecheck`), not the docs'.
    const errors = result.stdout
      .split("\n")
      .filter((l) => l.includes("error TS") && !l.startsWith("src/"))
      .map((l) => {
        const [, name, row, rest] = /^.*?([\w]+_L\d+_\d+\.ts)\((\d+),\d+\): (.*)$/.exec(l) ?? [];
        const block = blocks[names.indexOf(name ?? "")];
        if (!block) return l;
        const preludeLines = /^\s*import\s/m.test(block.code) ? 0 : PRELUDE.split("\n").length - 1;
        return `${block.file}:${block.line + Number(row) - 1 - preludeLines}: ${rest}`;
      });
    expect(errors).toEqual([]);
  }, 60_000);
});
