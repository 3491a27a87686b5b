import { readFileSync } from "node:fs";
import type { Frame, Page } from "playwright-core";

const axeSource = readFileSync(require.resolve("axe-core/axe.min.js"), "utf8");

export interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: Array<{ target: string[]; failureSummary?: string }>;
}

/** Runs axe-core (WCAG 2.1 A/AA and best practices) in a page or frame and returns its violations. */
export async function axeViolations(target: Page | Frame): Promise<AxeViolation[]> {
  // Not a <script> tag: the pages' Content-Security-Policy (script-src 'self') refuses inline
  // scripts, as it should. Evaluated through the DevTools protocol, axe is not the page's script.
  await target.evaluate(`(() => { ${axeSource}\n})()`);
  return target.evaluate(async () => {
    const axe = (
      window as unknown as {
        axe: { run: (ctx: Document, opts: unknown) => Promise<{ violations: AxeViolation[] }> };
      }
    ).axe;
    const result = await axe.run(document, {
      runOnly: { type: "tag", values: ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "best-practice"] },
    });
    // Fluent v9's focus manager (Tabster) puts aria-hidden, focusable <i data-tabster-dummy> guards
    // around arrow-key groups such as TabList; screen readers never reach them and focus bounces
    // straight on. A documented false positive (microsoft/fluentui#25133, microsoft/tabster#288),
    // suppressed exactly as Microsoft's Accessibility Insights does (accessibility-insights-web#7605):
    // only that rule, only nodes carrying the attribute.
    const isTabsterGuard = (v: { id: string }, n: { html?: string }) =>
      v.id === "aria-hidden-focus" && /data-tabster-dummy|data-is-focus-trap-zone-bumper/.test(n.html ?? "");
    return result.violations
      .map((v) => ({
        id: v.id,
        impact: v.impact,
        help: v.help,
        nodes: (v.nodes as Array<{ target: string[]; failureSummary?: string; html?: string }>)
          .filter((n) => !isTabsterGuard(v, n))
          .map((n) => ({ target: n.target, failureSummary: n.failureSummary })),
      }))
      .filter((v) => v.nodes.length > 0);
  });
}

/** A readable failure message: which rule, on which elements. */
export const describeViolations = (violations: AxeViolation[]) =>
  violations
    .map((v) => `${v.id} (${v.impact}): ${v.help}\n  ${v.nodes.map((n) => n.target.join(" ")).join("\n  ")}`)
    .join("\n");
