import { execFileSync } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { gzipSync } from "node:zlib";
import type { Figure } from "./figure";

/**
 * First-paint weight of the task pane: every script its HTML names (office.js excluded, as in
 * Microsoft's template figure), gzip -9, from a production build.
 */
export function scriptsBeforeFirstPaint(html: string): string[] {
  const sources = [...html.matchAll(/<script\b[^>]*\bsrc=["']?([^"' >]+)/gi)].map((m) => m[1]!);
  return sources.filter((src) => !/(^|\/)office\.js$/.test(src) && !/^https?:/.test(src));
}

export function taskPaneFirstPaint(root: string, rebuild: boolean): Figure {
  const dist = path.join(root, "dist");
  if (rebuild || !existsSync(path.join(dist, "taskpane.html"))) {
    execFileSync("npx", ["webpack", "--mode", "production"], {
      cwd: root,
      stdio: ["ignore", "ignore", "inherit"],
    });
  }
  const html = readFileSync(path.join(dist, "taskpane.html"), "utf8");
  const scripts = scriptsBeforeFirstPaint(html);
  const bytes = scripts.reduce(
    (sum, src) => sum + gzipSync(readFileSync(path.join(dist, src)), { level: 9 }).length,
    0,
  );
  const kb = bytes / 1024;
  return {
    name: "Task pane first-paint JS (gzip, office.js excluded)",
    measured: `${kb.toFixed(1)} KB in ${scripts.length} script(s)`,
    budget: "≤ 165 KB (MS bare React template); aim 150 KB",
    pass: kb <= 165,
  };
}
