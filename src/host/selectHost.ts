import { bootOutlookHost } from "./bootOutlook";
import type { Host, ThemeKind } from "./host";
import { createWorkbenchHost } from "./workbenchHost";

/** webpack.config.js: true in workbench builds only; the production add-in has no workbench. */
declare const SVARA_WORKBENCH: boolean;

const themes: readonly ThemeKind[] = ["light", "dark", "high-contrast"];

/**
 * The task pane page is the same bundle in Outlook and in the workbench; the workbench says so in
 * the iframe's address (`?host=workbench&lang=sv&theme=dark`). Anything else is Outlook — and in
 * the production bundle everything is: a link cannot turn a real pane into a workbench one.
 */
export function selectHost(location: Location): Promise<Host> {
  const params = new URLSearchParams(location.search);
  if (SVARA_WORKBENCH && params.get("host") === "workbench") {
    const theme = params.get("theme") as ThemeKind | null;
    return Promise.resolve(
      createWorkbenchHost({
        language: params.get("lang") ?? navigator.language,
        userEmail: params.get("me"),
        theme: theme && themes.includes(theme) ? theme : "light",
      }),
    );
  }
  return bootOutlookHost();
}
