// The pane's Microsoft 365 side exactly as src/app/startSync.ts wires it (real adapters, real
// engine, the outbox in fake-indexeddb, the dev token), run in Node against the emulator.
import "fake-indexeddb/auto";
import { ok } from "../../src/domain/result";
import type { Host } from "../../src/host/host";
import { startSync, type RunningSync } from "../../src/app/startSync";

/** The little of a browser window startSync touches. */
function installWindow(): void {
  const g = globalThis as Record<string, unknown>;
  if (g["window"]) return;
  const listeners = new EventTarget();
  g["window"] = {
    addEventListener: listeners.addEventListener.bind(listeners),
    removeEventListener: listeners.removeEventListener.bind(listeners),
    location: { origin: "http://127.0.0.1", host: "127.0.0.1", search: "" },
  };
}

/** What startSync asks of the host; the item comes from the bench, not from the host. */
function benchHost(me: string): Host {
  const unused = () => {
    throw new Error("not used by startSync");
  };
  return {
    name: "workbench",
    currentItem: unused,
    onItemChanged: unused,
    insertHtmlAtCursor: unused,
    displayReplyForm: unused,
    displayMessage: unused,
    theme: () => "light",
    userEmail: () => me,
    displayLanguage: () => "sv-SE",
    roamingSettings: { get: () => undefined, set: async () => ok(undefined) },
    supportsNestedAppAuth: () => false,
  };
}

export async function startNodePane(graphBaseUrl: string, me: string): Promise<RunningSync> {
  installWindow();
  const started = await startSync(benchHost(me), { graphBaseUrl, auth: "dev" });
  if (!started.ok) throw new Error(`startSync failed: ${started.error.code}`);
  return started.value;
}
