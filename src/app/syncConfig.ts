import type { Host } from "../host/host";
import type { SyncConfig } from "./startSync";

declare const SVARA_CLIENT_ID: string;
declare const SVARA_AUTHORITY: string;
/** webpack.config.js: true in workbench builds only. */
declare const SVARA_WORKBENCH: boolean;

/**
 * Where the data lives: in the workbench, the emulator the workbench names (dev token); in Outlook,
 * Teams or a browser, Microsoft Graph with the app registration from the build's .env. MSAL's popup
 * comes back to the page that opened it (taskpane.html or dashboard.html, both registered). Only a
 * workbench build reads `graph=` from the address: a production pane talks to Microsoft Graph alone.
 */
export function syncConfigFor(
  host: Pick<Host, "name">,
  location: Pick<Location, "search" | "origin" | "pathname">,
): SyncConfig {
  if (SVARA_WORKBENCH && host.name === "workbench") {
    const graph = new URLSearchParams(location.search).get("graph") ?? "http://127.0.0.1:4100/v1.0";
    return { graphBaseUrl: graph, auth: "dev" };
  }
  return {
    graphBaseUrl: "https://graph.microsoft.com/v1.0",
    auth: {
      clientId: SVARA_CLIENT_ID,
      authority: SVARA_AUTHORITY,
      popupRedirectUri: `${location.origin}${location.pathname}`,
    },
  };
}
