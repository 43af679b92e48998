/**
 * The retry table people read (README and the errors guide) must say what the transport does: each
 * row is replayed through the policy function the transport uses.
 */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { shouldRetry, type Failure } from "../../src/core/retry.js";

// What each row of the table means, as the failures the transport classifies.
const ROWS: Record<string, Failure[]> = {
  "connection refused before the request was sent": [{ kind: "connection", sent: false }],
  "connection lost after the request was sent": [{ kind: "connection", sent: true }],
  "attempt timed out": [{ kind: "timeout" }],
  "408 Request Timeout": [{ kind: "status", status: 408 }],
  "409 Conflict": [{ kind: "status", status: 409 }],
  "429 Too Many Requests": [
    { kind: "status", status: 429 },
    { kind: "status", status: 429, retryAfter: 2 },
  ],
  "500, 502, 504": [500, 502, 504].map((status) => ({ kind: "status", status }) as const),
  "503 with `Retry-After`": [{ kind: "status", status: 503, retryAfter: 1 }],
  "503 without `Retry-After`": [{ kind: "status", status: 503 }],
  "400, 401, 403, 404, 422": [400, 401, 403, 404, 422].map(
    (status) => ({ kind: "status", status }) as const,
  ),
};

const COLUMNS: Record<string, string[]> = {
  "GET, PUT, PATCH, DELETE": ["GET", "PUT", "PATCH", "DELETE"],
  POST: ["POST"],
};

/** The rows of the table between `<!-- retry-table ... -->` and `<!-- /retry-table -->`. */
function readTable(file: string): { header: string[]; rows: string[][] } {
  const text = readFileSync(new URL(`../../${file}`, import.meta.url), "utf8");
  const block = /<!-- retry-table[^>]*-->([\s\S]*?)<!-- \/retry-table -->/.exec(text)?.[1];
  if (!block) throw new Error(`${file} has no retry table between the retry-table markers`);
  const lines = block
    .split("\n")
    .map((l) => l.trim())
    .filter((l) => l.startsWith("|"));
  const cells = (line: string) =>
    line
      .slice(1, -1)
      .split("|")
      .map((c) => c.trim());
  const [header, , ...rows] = lines.map(cells);
  return { header: header ?? [], rows };
}

describe.each(["README.md", "docs/guide/06-errors-and-retries.md"])(
  "the retry table in %s",
  (file) => {
    const { header, rows } = readTable(file);

    it("has the policy's columns and every row of the policy, once", () => {
      expect(header.slice(1)).toEqual(Object.keys(COLUMNS));
      expect(rows.map((r) => r[0]).sort()).toEqual(Object.keys(ROWS).sort());
    });

    it.each(rows.map((r) => [r[0] ?? "", r] as const))(
      "row %s matches shouldRetry",
      (label, row) => {
        const failures = ROWS[label];
        expect(failures, `unknown row "${label}"`).toBeDefined();
        header.slice(1).forEach((column, i) => {
          const said = row[i + 1];
          expect(["retry", "no"]).toContain(said);
          for (const method of COLUMNS[column] ?? []) {
            for (const failure of failures ?? []) {
              expect(shouldRetry(method, failure), `${method} on ${label}`).toBe(said === "retry");
            }
          }
        });
      },
    );
  },
);
