import type { Host } from "../host/host";
import type { SyncConfig } from "./startSync";

declare const SVARA_CLIENT_ID: string;
declare const SVARA_AUTHORITY: string;

/**
 * Where the pane's data lives: in the workbench, the emulator the workbench names (dev token);
 * in Outlook, Microsoft Graph with the app registration from the build's .env.
 */
export function syncConfigFor(host: Host, location: Location): SyncConfig {
  if (host.name === "workbench") {
    const graph = new URLSearchParams(location.search).get("graph") ?? "http://127.0.0.1:4100/v1.0";
    return { graphBaseUrl: graph, auth: "dev" };
  }
  return {
    graphBaseUrl: "https://graph.microsoft.com/v1.0",
    auth: { clientId: SVARA_CLIENT_ID, authority: SVARA_AUTHORITY },
  };
}
