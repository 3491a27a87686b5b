import { bootOutlookHost } from "./bootOutlook";
import type { Host, ThemeKind } from "./host";
import { createWorkbenchHost } from "./workbenchHost";

const themes: readonly ThemeKind[] = ["light", "dark", "high-contrast"];

/**
 * The task pane page is the same bundle in Outlook and in the workbench; the workbench says so in
 * the iframe's address (`?host=workbench&lang=sv&theme=dark`). Anything else is Outlook.
 */
export function selectHost(location: Location): Promise<Host> {
  const params = new URLSearchParams(location.search);
  if (params.get("host") === "workbench") {
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
