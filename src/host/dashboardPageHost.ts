import { err, ok, type Result } from "../domain/result";
import type { DashboardHost } from "./host";
import type { Host, ThemeKind } from "./host";
import { hostErrors } from "./hostErrors";
import { localRoamingSettings } from "./localRoamingSettings";

/** Outlook on the web opens one mail by its Graph (REST) id at this address. */
export const outlookWebMailLink = (restId: string): string =>
  `https://outlook.office.com/mail/deeplink/read/${encodeURIComponent(restId)}`;

export interface DashboardPageHostOptions {
  /** The page's address: the workbench's emulator, language and theme are read from it. */
  readonly location: Pick<Location, "search" | "origin" | "pathname">;
  readonly storage?: Storage;
  /** Opens a new tab; window.open in the browser, a recorder in tests. */
  readonly openWindow: (url: string) => boolean;
}

/** The dashboard's Host, with the one thing the pane's has not: open any link (a mail's web link). */
export interface DashboardPageHost extends Host {
  readonly name: "workbench" | "teams" | "browser";
  openLink(url: string): Promise<Result<void>>;
  /** The theme now, and when Teams or the system changes it. */
  onThemeChange(listener: (theme: ThemeKind) => void): () => void;
}

/** The workbench's Outlook stand-in, opened on one mail (its `message` parameter). */
function workbenchMailLink(location: DashboardPageHostOptions["location"], restId: string): string {
  const from = new URLSearchParams(location.search);
  const params = new URLSearchParams({ message: restId });
  for (const key of ["graph", "lang", "theme"]) {
    const value = from.get(key);
    if (value) params.set(key, value);
  }
  const dir = location.pathname.replace(/[^/]*$/, "");
  return `${location.origin}${dir}index.html?${params}`;
}

/**
 * The dashboard page is not in Outlook: there is no open item, nothing to insert into or reply to.
 * It opens a candidate's mail in Outlook on the web (in the workbench: the workbench, on that mail),
 * keeps settings in localStorage until they live in the app folder, and takes theme, language,
 * signed-in user and nested app auth from the hosting decision (dashboardHost.ts).
 */
export function createDashboardPageHost(
  dashboard: DashboardHost,
  options: DashboardPageHostOptions,
): DashboardPageHost {
  let theme = dashboard.theme;
  dashboard.onThemeChange((next) => {
    theme = next;
  });
  const params = new URLSearchParams(options.location.search);
  const me = dashboard.loginHint ?? params.get("me");
  const openLink = async (url: string): Promise<Result<void>> => {
    try {
      if (dashboard.openLink) await dashboard.openLink(url);
      else if (!options.openWindow(url)) return err(hostErrors.cannotOpenMessage());
      return ok(undefined);
    } catch {
      return err(hostErrors.cannotOpenMessage());
    }
  };
  return {
    name: dashboard.kind,
    currentItem: async () => ok(null),
    onItemChanged: () => () => undefined,
    insertHtmlAtCursor: async () => err(hostErrors.notCompose()),
    displayReplyForm: async () => err(hostErrors.notRead()),
    displayMessage: (restId) =>
      openLink(
        dashboard.kind === "workbench"
          ? workbenchMailLink(options.location, restId)
          : outlookWebMailLink(restId),
      ),
    openLink,
    theme: () => theme,
    onThemeChange: (listener) => dashboard.onThemeChange(listener),
    userEmail: () => me?.toLowerCase() || null,
    displayLanguage: () => dashboard.language,
    roamingSettings: localRoamingSettings(options.storage),
    supportsNestedAppAuth: () => dashboard.supportsNestedAppAuth,
  };
}
