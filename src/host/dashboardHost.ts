import type { Result } from "../domain/result";
import { ok } from "../domain/result";
import { languageFromTag } from "../i18n/translate";
import type { DashboardHost, DashboardHostKind, ThemeKind } from "./host";
import { startTeamsDashboard } from "./teamsDashboard";

interface MediaQuery {
  readonly matches: boolean;
  addEventListener?(type: "change", listener: () => void): void;
  removeEventListener?(type: "change", listener: () => void): void;
}

/** The parts of `window` the decision reads; a plain object in tests. */
export interface DashboardWindow {
  readonly location: { readonly search: string };
  /** The window itself when top-level; the embedding page when in an iframe. */
  readonly parent: unknown;
  readonly navigator?: { readonly language?: string };
  matchMedia?(query: string): MediaQuery;
}

/** webpack.config.js: true in workbench builds only; the production add-in has no workbench. */
declare const SVARA_WORKBENCH: boolean;

const THEMES: readonly ThemeKind[] = ["light", "dark", "high-contrast"];

/**
 * Decided from the address and the frame alone, before any TeamsJS is loaded: `app.initialize()`
 * rejects at once in a top-level page and waits 60 s in a non-Teams iframe (ARCHITECTURE.md §9).
 * The Teams manifest's contentUrl says `?host=teams`; Teams puts the tab in an iframe on desktop and
 * the web and in a frameless webview with a `nativeInterface` on mobile. The same address opened on
 * its own (a bookmark, "open in browser") is a browser.
 */
export function detectDashboardHost(win: DashboardWindow): DashboardHostKind {
  const host = new URLSearchParams(win.location.search).get("host");
  if (SVARA_WORKBENCH && host === "workbench") return "workbench";
  const framed = win.parent !== win || "nativeInterface" in win;
  return host === "teams" && framed ? "teams" : "browser";
}

function mediaTheme(win: DashboardWindow): ThemeKind {
  if (win.matchMedia?.("(forced-colors: active)").matches) return "high-contrast";
  return win.matchMedia?.("(prefers-color-scheme: dark)").matches ? "dark" : "light";
}

/** A browser follows the system's colour scheme, and its language. */
function browserHost(win: DashboardWindow): DashboardHost {
  return {
    kind: "browser",
    theme: mediaTheme(win),
    language: languageFromTag(win.navigator?.language),
    supportsNestedAppAuth: false,
    loginHint: null,
    onThemeChange(listener) {
      const queries = ["(forced-colors: active)", "(prefers-color-scheme: dark)"].flatMap(
        (q) => win.matchMedia?.(q) ?? [],
      );
      const changed = () => listener(mediaTheme(win));
      for (const q of queries) q.addEventListener?.("change", changed);
      return () => queries.forEach((q) => q.removeEventListener?.("change", changed));
    },
  };
}

/** The workbench says its language and theme in the address, as it does for the task pane. */
function workbenchHost(win: DashboardWindow): DashboardHost {
  const params = new URLSearchParams(win.location.search);
  const theme = params.get("theme") as ThemeKind | null;
  return {
    ...browserHost(win),
    kind: "workbench",
    theme: theme && THEMES.includes(theme) ? theme : "light",
    language: languageFromTag(params.get("lang") ?? win.navigator?.language),
    onThemeChange: () => () => undefined,
  };
}

export interface StartDashboardOptions {
  /** How long Teams may take to answer app.initialize() before the page says so. */
  readonly teamsTimeoutMs?: number;
}

/** The dashboard's one host call at start; only the Teams path loads TeamsJS (a lazy chunk). */
export async function startDashboardHost(
  win: DashboardWindow,
  options: StartDashboardOptions = {},
): Promise<Result<DashboardHost>> {
  switch (detectDashboardHost(win)) {
    case "teams":
      return startTeamsDashboard(options.teamsTimeoutMs);
    case "workbench":
      // Never reached in the production add-in (detectDashboardHost); the constant lets webpack
      // drop the workbench host from that bundle too.
      return ok(SVARA_WORKBENCH ? workbenchHost(win) : browserHost(win));
    default:
      return ok(browserHost(win));
  }
}
