/** One row of `npm run bench`. */
export interface Figure {
  readonly name: string;
  readonly measured: string;
  readonly budget: string;
  readonly pass: boolean;
  /** What the figure is made of (the requests, say), printed under the table. */
  readonly detail?: string;
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

/** The figures' details, one paragraph each, for those that have one. */
export function details(figures: readonly Figure[]): string {
  return figures
    .filter((f) => f.detail)
    .map((f) => `- ${f.name}: ${f.detail}`)
    .join("\n");
}
