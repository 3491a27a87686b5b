import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { build } from "esbuild";

/**
 * Bundles the report harness (production React, the same code splitting as the add-in: the report
 * and its charts stay lazy chunks) into the served folder, under /report-harness/.
 */
export async function buildReportHarness(servedRoot: string): Promise<string> {
  const outdir = path.join(servedRoot, "report-harness");
  mkdirSync(outdir, { recursive: true });
  await build({
    entryPoints: [path.join(__dirname, "harness.tsx")],
    bundle: true,
    splitting: true,
    format: "esm",
    outdir,
    minify: true,
    jsx: "automatic",
    target: "es2020",
    define: { "process.env.NODE_ENV": '"production"' },
    logLevel: "error",
  });
  writeFileSync(
    path.join(outdir, "index.html"),
    '<!doctype html><html><head><meta charset="utf-8"><title>Svara – rapport</title></head>' +
      '<body style="margin:0"><div id="root"></div><script type="module" src="harness.js"></script></body></html>',
  );
  return "/report-harness/index.html";
}
