// Fault row: the sign-in expires while the outbox drains in the background. The production wiring
// end to end — startAuth's tokens, the Graph client's auth middleware, the real adapters, the
// engine and the pane's stores — over real HTTP against the emulator; only MSAL is a fake identity
// provider (it counts the sign-in windows it is asked to open).
import "fake-indexeddb/auto";
import { IDBFactory } from "fake-indexeddb";
import * as msal from "@azure/msal-browser";
import { startAuth } from "../../../src/auth/startAuth";
import { ok, type Result } from "../../../src/domain";
import { createGraphAdapters } from "../../../src/graph/adapters";
import { createGraphClient } from "../../../src/graph/client";
import { createGraphHttp } from "../../../src/graph/graphHttp";
import { createMailDelta } from "../../../src/graph/mailDelta";
import type { RoamingSettings } from "../../../src/host/host";
import { failedCommands, pausedBecause, pendingCount } from "../../../src/state/outboxStatusStore";
import { createSyncStores, type SyncStores } from "../../../src/state/syncStores";
import { meetingHeldContact, makeCommand, type Command } from "../../../src/sync/commands";
import { detectContacts } from "../../../src/sync/contactDetection";
import { memoryDeltaLinks } from "../../../src/sync/deltaLinkStore";
import { createSyncEngine } from "../../../src/sync/engine";
import { openOutboxStore } from "../../../src/sync/outboxStore";
import { startEmulator, type RunningEmulator } from "../../graph-emulator";
import { FakeClock } from "../../unit/sync/fakes/fakeClock";
import { NOW, occurrences, pageBodies } from "./syncOverEmulator";

jest.mock("@azure/msal-browser", () => {
  class AuthError extends Error {
    constructor(public errorCode: string) {
      super(errorCode);
    }
  }
  return {
    AuthError,
    InteractionRequiredAuthError: class extends AuthError {},
    BrowserAuthError: class extends AuthError {},
    createNestablePublicClientApplication: jest.fn(),
    PublicClientApplication: { createPublicClientApplication: jest.fn() },
  };
});

const InteractionRequired = (msal as unknown as { InteractionRequiredAuthError: new (c: string) => Error })
  .InteractionRequiredAuthError;

/** The recruiter's session at Microsoft: a token while it lasts; once it has ended, only a
 * sign-in window (a popup, or the host's consent UI under nested app auth) brings a new one. */
class IdentityProvider {
  token = "t-morning";
  expired = false;
  windows = 0;
  private readonly account = { homeAccountId: "h", username: "maja.lind@svara-demo.se" };
  readonly pca = {
    getActiveAccount: () => this.account,
    getAllAccounts: () => [this.account],
    setActiveAccount: () => undefined,
    // MSAL answers from its cache until Graph refuses the token (revoked or expired early: the
    // cache cannot know); the forced refresh then needs the recruiter.
    acquireTokenSilent: async (request: { forceRefresh?: boolean }) => {
      if (this.expired && request.forceRefresh) throw new InteractionRequired("interaction_required");
      return { accessToken: this.token, account: this.account };
    },
    acquireTokenPopup: async () => {
      this.windows += 1;
      this.expired = false;
      this.token = "t-afternoon";
      return { accessToken: this.token, account: this.account };
    },
  };
}

const BACKEND = "p-nordbank-backend";
const roaming: RoamingSettings = {
  get: () => undefined,
  set: async (): Promise<Result<void>> => ok(undefined),
};

const note = (candidateId: string, text: string): Command =>
  makeCommand(
    "AddNote",
    { processId: BACKEND, candidateId, noteId: `n-${candidateId}`, at: NOW, text },
    { id: `n-${candidateId}`, createdAt: NOW },
  );

const interviewHeld = (): Command =>
  makeCommand(
    "LogContact",
    {
      processId: BACKEND,
      candidateId: "c-mohammed-al-sayed",
      contact: meetingHeldContact("k-mohammed", "2026-11-24T13:00:00.000Z", "Intervju med teamet", null),
    },
    { id: "k-mohammed", createdAt: NOW },
  );

interface Pane {
  readonly emu: RunningEmulator;
  readonly idp: IdentityProvider;
  readonly stores: SyncStores;
  readonly clock: FakeClock;
  detect(): Promise<void>;
  /** After this many writes reach Graph, the session expires (and Graph refuses the old token). */
  expireAfterWrites(n: number): void;
  close(): Promise<void>;
}

async function pane(): Promise<Pane> {
  const emu = await startEmulator({ port: 0, seed: "demo", now: NOW });
  const idp = new IdentityProvider();
  const mocked = msal as jest.Mocked<typeof msal>;
  (mocked.PublicClientApplication.createPublicClientApplication as jest.Mock).mockResolvedValue(idp.pca);
  const clock = new FakeClock(Date.parse(NOW));
  const auth = startAuth(
    {
      clientId: "6ba7bc0f-ea86-4499-8049-a2a6bb729aae",
      authority: "https://login.microsoftonline.com/organizations",
      graphBaseUrl: emu.url,
      redirectUri: "https://localhost:3000/taskpane.html",
    },
    { supportsNaa: false },
  );
  if (!auth.ok) throw new Error(auth.error.code);
  let writesLeft = Infinity;
  const client = createGraphClient({
    baseUrl: emu.url,
    tokens: auth.value.tokens,
    retry: { maxAttempts: 1 },
    clock: { sleep: async () => undefined },
    fetch: async (input, init) => {
      const response = await fetch(input, init);
      const method = (init?.method ?? "GET").toUpperCase();
      if (method !== "GET" && response.ok && (writesLeft -= 1) === 0) {
        idp.expired = true;
        emu.faults.auth("expired", { token: idp.token });
      }
      return response;
    },
  });
  if (!client.ok) throw new Error(client.error.code);
  const http = createGraphHttp(client.value);
  const ports = createGraphAdapters(http);
  const outbox = await openOutboxStore({ indexedDB: new IDBFactory(), storage: null });
  if (!outbox.ok) throw new Error(outbox.error.code);
  const stores = createSyncStores(
    (wiring) =>
      createSyncEngine({
        outbox: outbox.value,
        ports,
        now: clock.now,
        sleep: clock.sleep,
        random: () => 0.5,
        ...wiring,
      }),
    roaming,
    "sv-SE",
    auth.value.signIn,
  );
  const links = memoryDeltaLinks();
  return {
    emu,
    idp,
    stores,
    clock,
    async detect() {
      // As app/startSync wires the poller: a failed pass that needs a sign-in waits with the queue.
      const pass = await detectContacts({
        delta: createMailDelta(http),
        links,
        processes: () => stores.engine.processes(),
        dispatch: (command) => stores.engine.dispatch(command),
        now: () => new Date(clock.now()).toISOString(),
      });
      if (!pass.ok) stores.engine.pauseIfSignInNeeded(pass.error);
    },
    expireAfterWrites(n) {
      writesLeft = n;
    },
    async close() {
      stores.engine.stop();
      outbox.value.close();
      await emu.close();
    },
  };
}

/** Svara's own items per idempotency key: more than one is a twin. */
function twins(emu: RunningEmulator): number {
  const keys = [
    ...[...emu.state.todoTasks.values()].flatMap((t) =>
      ((t["linkedResources"] as { externalId?: string }[] | undefined) ?? []).map((r) => r.externalId),
    ),
    ...[...emu.state.events.values()].map((e) => e["transactionId"]),
  ].filter((k): k is string => typeof k === "string" && k.length > 0);
  return keys.length - new Set(keys).size;
}

let p: Pane;
afterEach(async () => {
  await p.close();
});

describe("fault row: the sign-in expires during a background drain", () => {
  it("opens no window in the background, loses and fails nothing, and sends it all once after 'Logga in'", async () => {
    p = await pane();
    const { stores, emu, idp } = p;
    await stores.processes.getState().load();
    expect(stores.processes.getState().status).toBe("ready");

    const commands = [
      note("c-asa-oberg", "Hon har ett annat erbjudande – ring i dag."),
      interviewHeld(),
      note("c-karin-strom", "Referenserna klara."),
      note("c-li-wei", "Vill ha besked före fredag."),
    ];
    p.expireAfterWrites(2); // the session ends mid-drain: some writes got through, the rest did not
    for (const command of commands) expect((await stores.engine.dispatch(command)).ok).toBe(true);
    await stores.engine.idle();
    await p.clock.advance(10 * 60_000); // time passes: nothing retries its way into a window
    await stores.engine.idle();

    const paused = pausedBecause(stores.outbox.getState());
    expect(paused?.code).toBe("auth-sign-in-needed");
    expect(paused?.message.sv).toMatch(/Logga in/);
    expect(paused?.message.en).toMatch(/Sign in/);
    expect(idp.windows).toBe(0);
    expect(failedCommands(stores.outbox.getState())).toEqual([]);
    const waiting = pendingCount(stores.outbox.getState());
    expect(waiting).toBeGreaterThan(0);
    const refused = emu.requests.all().filter((r) => r.status === 401).length;
    expect(refused).toBeGreaterThan(0);

    // The reminders' sweep and a detection pass come round while she is away: still no window.
    const swept = await stores.engine.sweepFollowUps();
    stores.outbox.getState().followUpsSwept(swept.ok ? null : swept.error);
    await p.detect();
    expect(idp.windows).toBe(0);
    expect(pausedBecause(stores.outbox.getState())).not.toBeNull();
    const requestsWhilePaused = emu.requests.all().length;

    // She clicks "Logga in": one window, and the queue goes on by itself.
    expect(await stores.outbox.getState().resume()).toEqual(ok(undefined));
    await stores.engine.idle();
    await new Promise((r) => setTimeout(r, 0));
    await stores.engine.idle();

    expect(idp.windows).toBe(1);
    expect(pausedBecause(stores.outbox.getState())).toBeNull();
    expect(pendingCount(stores.outbox.getState())).toBe(0);
    expect(failedCommands(stores.outbox.getState())).toEqual([]);
    const body = pageBodies(emu);
    for (const command of commands) expect(occurrences(body, `data-id="${command.id}"`)).toBe(1);
    expect([...emu.state.events.values()].filter((e) => e["transactionId"]).length).toBeGreaterThan(0);
    expect(twins(emu)).toBe(0);
    expect(stores.outbox.getState().followUpProblem).toBeNull();

    const figures = {
      commands: commands.length,
      "waiting at pause": waiting,
      "requests in all": emu.requests.all().length,
      "requests after sign-in": emu.requests.all().length - requestsWhilePaused,
      "401 answers": refused,
      "sign-in windows (background / click)": `0 / ${idp.windows}`,
      lost: 0,
      failed: 0,
      twins: twins(emu),
    };
    console.info(`fault row — sign-in expires mid-drain\n${JSON.stringify(figures, null, 2)}`);
  });
});
