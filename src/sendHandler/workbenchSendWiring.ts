// The send handler's wiring in the workbench: the emulator and a dev token instead of Microsoft
// Graph and MSAL; the same IndexedDB outbox as the pane (same origin), as in Outlook on the web.
import { createDevTokenProvider } from "../auth/tokenProvider";
import { err, ok } from "../domain/result";
import { createGraphAdapters } from "../graph/adapters";
import { createGraphClient } from "../graph/client";
import { createGraphHttp } from "../graph/graphHttp";
import { phoneText } from "../i18n/phone";
import { openOutboxStore } from "../sync/outboxStore";
import { processCacheIn } from "../sync/processCache";
import { openSyncStateDb } from "../sync/syncStateDb";
import type { SendLogWiring } from "./sendLog";

export function workbenchSendLogWiring(graphBaseUrl: string, budgetMs: number): SendLogWiring {
  return {
    async cache() {
      const db = await openSyncStateDb(indexedDB);
      return db.ok ? processCacheIn(db.value) : null;
    },
    async outbox() {
      const opened = await openOutboxStore({ indexedDB, storage: null });
      return opened.ok ? opened.value : null;
    },
    ports() {
      const client = createGraphClient({
        baseUrl: graphBaseUrl,
        tokens: createDevTokenProvider(),
        timeoutMs: budgetMs,
        retry: { maxWaitMs: 0 },
      });
      if (!client.ok) return err(client.error);
      const http = createGraphHttp(client.value);
      return ok(createGraphAdapters(http, { phoneText: async () => phoneText }));
    },
    now: () => Date.now(),
  };
}
