/** One row of `npm run bench`. */
export interface Figure {
  readonly name: string;
  readonly measured: string;
  readonly budget: string;
  readonly pass: boolean;
}

export function table(figures: readonly Figure[]): string {
  const rows = [
    ["Figure", "Measured", "Budget", ""],
    ...figures.map((f) => [f.name, f.measured, f.budget, f.pass ? "ok" : "OVER"]),
  ];
  const widths = rows[0]!.map((_, i) => Math.max(...rows.map((r) => r[i]!.length)));
  const line = (r: string[]) => `| ${r.map((c, i) => c.padEnd(widths[i]!)).join(" | ")} |`;
  return [
    line(rows[0]!),
    `|${widths.map((w) => "-".repeat(w + 2)).join("|")}|`,
    ...rows.slice(1).map(line),
  ].join("\n");
}
