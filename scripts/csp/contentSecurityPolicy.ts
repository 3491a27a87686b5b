// The Content-Security-Policy of each page Svara serves, written into the page as a <meta> tag by
// webpack.config.js. Each source is there because the page needs it, and says so; anything else a
// page tries to load or call (an injected script, a request to a stranger's server) is refused.

export type Page = "taskpane" | "dashboard" | "commands" | "workbench";

export interface PolicyOptions {
  readonly page: Page;
  /** A workbench build (npm start, the browser tests): the emulator and the workbench frames. */
  readonly workbench: boolean;
  /** webpack's development mode: its eval source maps need 'unsafe-eval'. */
  readonly development: boolean;
  /** MSAL's authority, e.g. https://login.microsoftonline.com/organizations. */
  readonly authority: string;
  /** Where office.js comes from on this page: Microsoft's CDN in production, ours in a workbench. */
  readonly officeJs: string | null;
}

const GRAPH = "https://graph.microsoft.com";
// The emulator and the dev server listen on a port chosen at start (tests pick a free one).
const LOCAL = ["http://127.0.0.1:*", "http://localhost:*"];
const LIVE_RELOAD = ["ws://localhost:*", "wss://localhost:*"];

const originOf = (url: string): string | null => {
  try {
    const { protocol, origin } = new URL(url);
    return protocol === "https:" ? origin : null;
  } catch {
    return null;
  }
};

export function contentSecurityPolicy(options: PolicyOptions): string {
  const { page, workbench, development } = options;
  const login = originOf(options.authority);
  const office = options.officeJs ? originOf(options.officeJs) : null;
  const directives: Record<string, readonly (string | null | false)[]> = {
    "default-src": ["'self'"],
    // Our bundles and office.js (with the scripts it loads from its own host); nothing inline.
    "script-src": ["'self'", office, development && "'unsafe-eval'"],
    // Fluent UI (Griffel) writes its style rules into <style> tags at run time.
    "style-src": ["'self'", "'unsafe-inline'"],
    "img-src": ["'self'", "data:"],
    "font-src": ["'self'", "data:"],
    // Microsoft Graph and MSAL's token endpoint; in a workbench build the emulator, and in
    // development the dev server's live reload.
    "connect-src": ["'self'", GRAPH, login, ...(workbench ? LOCAL : []), ...(development ? LIVE_RELOAD : [])],
    // MSAL's hidden iframe renews tokens outside nested app auth (the pane, the dashboard in a
    // browser, the send handler); the workbench frames the pane, the dashboard and the handler.
    "frame-src": page === "workbench" ? ["'self'"] : [login ?? "'none'"],
    "object-src": ["'none'"],
    "base-uri": ["'self'"],
    "form-action": ["'none'"],
  };
  return Object.entries(directives)
    .map(([name, sources]) => [name, ...new Set(sources.filter((s): s is string => Boolean(s)))].join(" "))
    .join("; ");
}
