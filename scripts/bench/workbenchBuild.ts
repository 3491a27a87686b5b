// The workbench build the chromium rows run against (the e2e build when there is one), and the
// median the rows report.
import { execFileSync } from "node:child_process";
import { existsSync, mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";

/** The e2e build when it is there (CI builds it just before), else a fresh one in a temp folder
 * (`temporary`: removed after the run). */
export function workbenchBuild(root: string, rebuild: boolean): { dir: string; temporary: boolean } {
  const e2e = path.join(root, ".e2e-dist");
  const built = ["index.html", "dashboard.html"].every((page) => existsSync(path.join(e2e, page)));
  if (!rebuild && built) return { dir: e2e, temporary: false };
  const outDir = mkdtempSync(path.join(tmpdir(), "svara-bench-"));
  execFileSync(
    "npx",
    ["webpack", "--mode", "production", "--env", "workbench", "--env", `outDir=${outDir}`],
    {
      cwd: root,
      stdio: ["ignore", "ignore", "inherit"],
    },
  );
  return { dir: outDir, temporary: true };
}

export const median = (xs: readonly number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2]! : (s[s.length / 2 - 1]! + s[s.length / 2]!) / 2;
};
