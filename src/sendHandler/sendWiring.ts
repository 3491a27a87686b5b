// The composition root of the send handler: the one file that knows every layer it needs. Real
// Microsoft 365 only — the handler runs inside Outlook, never in the workbench.

import { startAuth } from "../auth/startAuth";
import { err, ok, type Result } from "../domain/result";
import { createGraphAdapters } from "../graph/adapters";
import { createGraphClient } from "../graph/client";
import { createGraphHttp } from "../graph/graphHttp";
import { phoneText } from "../i18n/phone";
import type { SyncPorts } from "../sync/executors";
import { openOutboxStore } from "../sync/outboxStore";
import { processCacheIn } from "../sync/processCache";
import { openSyncStateDb } from "../sync/syncStateDb";
import type { SendContext, SendLogWiring } from "./sendLog";

declare const SVARA_CLIENT_ID: string;
declare const SVARA_AUTHORITY: string;
/** Where the add-in is served (webpack's SVARA_PUBLIC_URL): the JavaScript-only runtime has no location. */
declare const SVARA_PUBLIC_URL: string;

const GRAPH_BASE_URL = "https://graph.microsoft.com/v1.0";

/** IndexedDB where the runtime has it: the browser runtimes do, classic Windows' does not. */
function indexedDb(): IDBFactory | null {
  try {
    return (globalThis as { indexedDB?: IDBFactory }).indexedDB ?? null;
  } catch {
    return null; // some sandboxes throw on merely reading it
  }
}

function ports({ supportsNaa }: Pick<SendContext, "supportsNaa">, timeoutMs: number): Result<SyncPorts> {
  const host =
    (globalThis as { location?: { host?: string } }).location?.host || new URL(SVARA_PUBLIC_URL).host;
  const auth = startAuth(
    {
      clientId: SVARA_CLIENT_ID,
      authority: SVARA_AUTHORITY,
      graphBaseUrl: GRAPH_BASE_URL,
      redirectUri: supportsNaa ? `brk-multihub://${host}` : `${SVARA_PUBLIC_URL}/taskpane.html`,
    },
    { supportsNaa },
  );
  if (!auth.ok) return auth;
  const client = createGraphClient({
    baseUrl: GRAPH_BASE_URL,
    // Nobody clicked: startAuth's tokens are silent only, so a send never opens a sign-in window
    // (no token is "sign-in needed" and the command waits for the pane's "Logga in").
    tokens: auth.value.tokens,
    timeoutMs,
    // A throttled request goes back to the outbox at once: the send cannot wait out a Retry-After.
    retry: { maxWaitMs: 0 },
  });
  if (!client.ok) return err(client.error);
  const http = createGraphHttp(client.value);
  return ok(createGraphAdapters(http, { phoneText: async () => phoneText }));
}

export function realSendLogWiring(budgetMs: number): SendLogWiring {
  return {
    async cache() {
      const db = await openSyncStateDb(indexedDb());
      return db.ok ? processCacheIn(db.value) : null;
    },
    async outbox() {
      const factory = indexedDb();
      if (!factory) return null;
      const opened = await openOutboxStore({ indexedDB: factory, storage: null });
      return opened.ok ? opened.value : null;
    },
    ports: (context) => ports(context, budgetMs),
    now: () => Date.now(),
  };
}
