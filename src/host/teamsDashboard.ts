import { err, ok, type Result } from "../domain/result";
import { languageFromTag } from "../i18n/translate";
import type { DashboardHost, ThemeKind } from "./host";
import { hostErrors } from "./hostErrors";

/** Teams mobile can be slow to answer; past this the recruiter is told rather than left waiting. */
const DEFAULT_TIMEOUT_MS = 15_000;

/** Teams names its themes "default", "dark", "contrast" (and newer ones, read as light). */
export function themeFromTeams(theme: string | undefined): ThemeKind {
  if (theme === "dark") return "dark";
  if (theme === "contrast") return "high-contrast";
  return "light";
}

function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`Teams did not answer app.initialize() in ${ms} ms`)), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

/**
 * Loads TeamsJS (only here, only when the page is a Teams tab), initialises it, and reads the
 * theme, locale and signed-in user from its context. TeamsJS must be initialised before MSAL's
 * nested app auth (ARCHITECTURE.md §9), which is why the auth layer is started after this.
 */
export async function startTeamsDashboard(timeoutMs = DEFAULT_TIMEOUT_MS): Promise<Result<DashboardHost>> {
  try {
    const { app, nestedAppAuth } = await import("@microsoft/teams-js");
    await withTimeout(app.initialize(), timeoutMs);
    const context = await withTimeout(app.getContext(), timeoutMs);
    const listeners = new Set<(theme: ThemeKind) => void>();
    app.registerOnThemeChangeHandler((theme) => listeners.forEach((l) => l(themeFromTeams(theme))));
    let naa = false;
    try {
      naa = nestedAppAuth.isNAAChannelRecommended();
    } catch {
      naa = false; // an older Teams client without the NAA bridge: MSAL's popup instead
    }
    return ok({
      kind: "teams",
      theme: themeFromTeams(context.app.theme),
      language: languageFromTag(context.app.locale),
      supportsNestedAppAuth: naa,
      loginHint: context.user?.loginHint ?? context.user?.userPrincipalName ?? null,
      onThemeChange(listener) {
        listeners.add(listener);
        return () => listeners.delete(listener);
      },
      // A tab's window.open is blocked in some Teams clients; Teams hands an https link to the browser.
      openLink: (url) => app.openLink(url),
    });
  } catch (cause) {
    return err(hostErrors.teamsUnavailable(cause));
  }
}
