// The connection to Microsoft 365 the task pane and the dashboard share, loaded after first paint
// (MSAL and the Graph client are the heavy half of the bundle): the one place that knows every layer.
import { startAuth } from "../auth/startAuth";
import { createDevTokenProvider, devSignIn, type SignIn, type TokenProvider } from "../auth/tokenProvider";
import { err, ok, type Language, type Result } from "../domain/result";
import { exportUnavailable } from "./appErrors";
import { createGraphAdapters } from "../graph/adapters";
import { createGraphClient } from "../graph/client";
import { createGraphHttp } from "../graph/graphHttp";
import { createMailDelta } from "../graph/mailDelta";
import { createSurveyReplies } from "../graph/surveyReplies";
import type { MailLinksPort, StoredProcess } from "../graph/ports";
import type { Host } from "../host/host";
import { createFeedbackStore, type FeedbackStoreApi } from "../state/feedbackStore";
import { createSyncStores, startSync as runStores, type SyncStores } from "../state/syncStores";
import { startContactDetection, type DetectionReason } from "../sync/contactPoller";
import { deltaLinksIn, memoryDeltaLinks } from "../sync/deltaLinkStore";
import { processCacheIn } from "../sync/processCache";
import { openSyncStateDb } from "../sync/syncStateDb";
import { memoryTodoIndex, todoIndexIn } from "../sync/todoIndexStore";
import { syncWeeklyTodo } from "../sync/weeklyTodoSync";
import { createWeeklyTodoKeeper } from "../sync/weeklyTodoKeeper";
import { createSyncEngine } from "../sync/engine";
import { whenPageIdle } from "../sync/yieldToMain";
import { openOutboxStore } from "../sync/outboxStore";
import type { CandidateExport } from "../sync/candidateExport";
import type { CandidateRef } from "../domain";

export interface SyncConfig {
  /** The workbench's emulator, or real Graph. */
  readonly graphBaseUrl: string;
  /** Dev token against the emulator; MSAL against a tenant. */
  readonly auth:
    | "dev"
    | {
        readonly clientId: string;
        readonly authority: string;
        /** The page itself (taskpane.html, dashboard.html): where MSAL's popup comes back to. */
        readonly popupRedirectUri: string;
      };
}

export interface RunningSync extends SyncStores {
  /** New mail from or to candidates since the last look: logs it and moves their clocks. A run of
   * item changes makes one pass (sync/contactPoller.ts). */
  detectContacts(reason: DetectionReason): Promise<void>;
  /** The mails linked to a candidate: a read straight from Graph (nothing to queue). */
  linkedMails: MailLinksPort["messagesOfCandidate"];
  /** What candidates said (a read straight from Graph when the report is shown) and her hand
   * scoring of the replies Svara could not read (a command, through the outbox). */
  feedback: FeedbackStoreApi;
  /** A subject-access export of one candidate (issue 14): read from Microsoft 365, laid out as HTML
   * and JSON, saved to the app folder's exports/. Its code loads on first use, not at start. */
  exportCandidate(ref: CandidateRef, language: Language): Promise<Result<CandidateExport>>;
}

/** What the connection needs of the page's host: its settings, language and token broker. */
export type SyncHost = Pick<Host, "roamingSettings" | "displayLanguage" | "supportsNestedAppAuth">;

interface PaneAuth {
  /** Silent only: everything that reaches Graph is background work as far as sign-in goes. */
  readonly tokens: TokenProvider;
  readonly signIn: SignIn;
}

function authFor(config: SyncConfig, host: SyncHost): Result<PaneAuth> {
  if (config.auth === "dev") return ok({ tokens: createDevTokenProvider(), signIn: devSignIn });
  const started = startAuth(
    {
      clientId: config.auth.clientId,
      authority: config.auth.authority,
      graphBaseUrl: config.graphBaseUrl,
      redirectUri: host.supportsNestedAppAuth()
        ? `brk-multihub://${window.location.host}`
        : config.auth.popupRedirectUri,
    },
    { supportsNaa: host.supportsNestedAppAuth() },
  );
  return started.ok ? ok({ tokens: started.value.tokens, signIn: started.value.signIn }) : started;
}

/** A detection pass dispatches its mails one after another: they go out together, one write per
 * log shard for the lot (issue 13: 200 mails, ≤ 10 document writes). */
const GATHER_MS = 150;

export interface StartOptions {
  /** This device's copy of the processes, when the page has read it already (the pane's warm start). */
  readonly held?: Promise<readonly StoredProcess[] | null>;
}

export async function startSync(
  host: SyncHost,
  config: SyncConfig,
  options: StartOptions = {},
): Promise<Result<RunningSync>> {
  const auth = authFor(config, host);
  if (!auth.ok) return auth;
  const client = createGraphClient({ baseUrl: config.graphBaseUrl, tokens: auth.value.tokens });
  if (!client.ok) return client;
  const http = createGraphHttp(client.value);
  const outbox = await openOutboxStore();
  // Without a durable outbox nothing the recruiter types could be promised to reach Microsoft 365.
  if (!outbox.ok) return err(outbox.error);

  const state = await openSyncStateDb();
  // The To Do index kept on the device: a later start reads only the tasks that changed.
  // The phone formatter is the UI's own chunk, loaded when a OneNote page or call event is first
  // written: the first start does not wait for it.
  const ports = createGraphAdapters(http, {
    todoIndex: state.ok ? todoIndexIn(state.value) : memoryTodoIndex(),
    phoneText: () => import(/* webpackChunkName: "phone" */ "../i18n/phone").then((m) => m.phoneText),
  });
  // This device's copy of the processes: an offline start still shows the candidates.
  const cache = state.ok ? processCacheIn(state.value) : undefined;
  const stores = createSyncStores(
    (wiring) =>
      createSyncEngine({
        outbox: outbox.value,
        ports,
        ...(cache ? { cache } : {}),
        ...(options.held ? { held: options.held } : {}),
        gatherMs: GATHER_MS,
        ...wiring,
      }),
    host.roamingSettings,
    host.displayLanguage(),
    auth.value.signIn,
  );
  const delta = createMailDelta(http);
  // A lost cursor only means the next look starts again: detection's ids make that safe.
  const links = state.ok ? deltaLinksIn(state.value) : memoryDeltaLinks();
  // Loads the processes, replays the outbox, sweeps follow-ups, listens for "online" and for the
  // send handler's commands (state/syncStores.ts).
  await runStores(stores);
  // The recruiter's weekly to-do page in OneNote, brought up to date now and after each change
  // that reaches Microsoft 365; what she ticked there is completed here (and so in To Do and the
  // calendar).
  const weekly = createWeeklyTodoKeeper({
    sync: async () => {
      const synced = await syncWeeklyTodo(
        ports.notes,
        stores.engine.processes(),
        stores.settings.getState().settings,
        stores.settings.getState().language,
        new Date().toISOString(),
      );
      if (!synced.ok) return;
      for (const command of synced.value.completions) await stores.engine.dispatch(command);
    },
  });
  stores.outbox.subscribe((now, before) => weekly.commandsChanged(now.commands, before.commands));
  // Every candidate's plan, and a OneNote round trip: not before the card and its requests are done.
  whenPageIdle(() => void weekly.runNow());
  const detection = startContactDetection(
    {
      delta,
      links,
      processes: () => stores.engine.processes(),
      dispatch: (command) => stores.engine.dispatch(command),
      now: () => new Date().toISOString(),
      surveyReplies: createSurveyReplies(http),
    },
    {
      // A pass that needs a sign-in waits with the queue; the next pass after "Logga in" goes on.
      onError: (error) => void stores.engine.pauseIfSignInNeeded(error),
    },
  );
  return ok({
    ...stores,
    detectContacts: async (reason) => {
      await detection.request(reason);
    },
    linkedMails: (ref, top) => ports.mailLinks.messagesOfCandidate(ref, top),
    exportCandidate: async (ref, language) => {
      let chunk: typeof import("../sync/candidateExport");
      try {
        chunk = await import(/* webpackChunkName: "export" */ "../sync/candidateExport");
      } catch (cause) {
        return err(exportUnavailable(cause));
      }
      return chunk.exportCandidate(ports, stores.engine.processes(), ref, language, new Date().toISOString());
    },
    feedback: createFeedbackStore({
      list: async () => {
        const all = await ports.feedback.listAll();
        return all.ok ? ok(all.value.map((stored) => stored.feedback)) : all;
      },
      dispatch: (command) => stores.engine.dispatch(command),
    }),
  });
}
