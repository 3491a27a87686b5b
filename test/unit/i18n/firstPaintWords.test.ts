// The pane's first paint carries only its own words; every other screen's words come with its
// lazy chunk. A screen that showed a word before its chunk registered it would show the key
// instead: these checks make that impossible to ship.
import { readdirSync, readFileSync, existsSync, statSync } from "node:fs";
import path from "node:path";
import { CATALOGUES, FIRST_PAINT_FEATURES, PANE_CATALOGUES } from "../../../src/i18n/catalogue";
import { LATER_FEATURES } from "../../../src/i18n/laterFeatures";

const SRC = path.resolve(__dirname, "../../../src");

const prefixes = (words: Readonly<Record<string, string>>): string[] => [
  ...new Set(Object.keys(words).map((k) => k.split(".")[0]!)),
];

const LATER_PREFIXES = prefixes(Object.assign({}, ...Object.values(LATER_FEATURES).map((f) => f.sv)));
const LATER_KEY = new RegExp(`["'\`](${LATER_PREFIXES.join("|")})\\.[A-Za-z$]`);

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) return sourceFiles(full);
    return /\.tsx?$/.test(name) ? [full] : [];
  });
}

function resolve(from: string, spec: string): string | null {
  const base = path.resolve(path.dirname(from), spec);
  for (const candidate of [base, `${base}.ts`, `${base}.tsx`, `${base}/index.ts`, `${base}/index.tsx`]) {
    if (existsSync(candidate) && statSync(candidate).isFile()) return candidate;
  }
  return null;
}

/** Every module the entry loads before anything lazy: static imports and re-exports, type-only
 * ones left out (they vanish in the build), dynamic import() not followed. */
function firstPaintModules(entry: string): Set<string> {
  const seen = new Set<string>();
  const todo = [entry];
  while (todo.length > 0) {
    const file = todo.pop()!;
    if (seen.has(file)) continue;
    seen.add(file);
    const text = readFileSync(file, "utf8");
    for (const m of text.matchAll(/^(import|export)\s+(type\s+)?[^;]*?from\s+"(\.[^"]+)";/gms)) {
      if (m[2]) continue;
      const next = resolve(file, m[3]!);
      if (next) todo.push(next);
    }
  }
  return seen;
}

const relative = (file: string): string => path.relative(SRC, file);

describe("the pane's first paint carries only the words it shows", () => {
  it("holds the pane's, the overview bar's and the next step's words, not the other screens'", () => {
    expect(LATER_PREFIXES.sort()).toEqual(
      [
        "agenda",
        "bulk",
        "dashboard",
        "erasure",
        "feedback",
        "pipeline",
        "processes",
        "report",
        "subjectAccess",
        "templates",
      ].sort(),
    );
    // Nothing has registered yet in this file: the catalogue is what the first paint holds.
    const eager = [PANE_CATALOGUES.sv, ...Object.values(FIRST_PAINT_FEATURES).map((f) => f.sv)];
    expect(Object.keys(CATALOGUES.sv).length).toBe(eager.flatMap((w) => Object.keys(w)).length);
    const later = Object.values(LATER_FEATURES).flatMap((f) => Object.keys(f.sv));
    expect(later.filter((k) => k in CATALOGUES.sv)).toEqual([]);
  });

  it("loads no module before first paint that uses another screen's words", () => {
    const modules = firstPaintModules(path.join(SRC, "taskpane/index.tsx"));
    expect(modules.size).toBeGreaterThan(50);
    // The catalogues themselves are words, not uses of them.
    const offenders = [...modules].filter((f) => {
      if (f.startsWith(path.join(SRC, "i18n"))) return false;
      const text = readFileSync(f, "utf8");
      return LATER_KEY.test(text) || text.includes("registerLaterWords");
    });
    expect(offenders.map(relative)).toEqual([]);
  });

  it("has every module that uses another screen's words register them when it loads", () => {
    const users = sourceFiles(SRC).filter(
      (f) => !f.startsWith(path.join(SRC, "i18n")) && LATER_KEY.test(readFileSync(f, "utf8")),
    );
    const unregistered = users.filter((f) => !/^registerLaterWords\(\);$/m.test(readFileSync(f, "utf8")));
    // The workbench names the dashboard page's file, not a word; graph/templates its document.
    expect(unregistered.map(relative).sort()).toEqual(["graph/templates.ts", "workbench/WorkbenchApp.tsx"]);
  });

  it("knows a later screen's words once its module has loaded", async () => {
    await import("../../../src/ui/overview/ReportView");
    expect(CATALOGUES.sv["report.title"]).toBe(LATER_FEATURES.report.sv["report.title"]);
  });
});
