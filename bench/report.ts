/** The shape every benchmark hands to `run.ts`: a line for the summary table and a section of detail. */
export interface Figure {
  /** Short name, e.g. "Request overhead". */
  name: string;
  /** The headline number as measured, e.g. "1.02× bare openapi-fetch (median)". */
  measured: string;
  /** The target, in words, e.g. "≤ 1.05× bare openapi-fetch". */
  target: string;
  /** "met", "missed" or "report only" (no target). */
  status: "met" | "missed" | "report only";
  /** Markdown: how it was measured, the table of rounds, and what would close a miss. */
  detail: string;
}

/** A markdown table from a header and rows. */
export function table(header: string[], rows: string[][]): string {
  const line = (cells: string[]) => `| ${cells.join(" | ")} |`;
  return [line(header), line(header.map(() => "---")), ...rows.map(line)].join("\n");
}
