import { err, ok, type Result } from "../../../src/domain";
import {
  conflictOf,
  createOutboxStatusStore,
  failedCommands,
  pausedBecause,
  pendingCount,
  statusOfCommand,
} from "../../../src/state/outboxStatusStore";
import type { CommandStatus } from "../../../src/sync/syncEvents";

const status = (
  id: string,
  state: CommandStatus["state"],
  createdAt = "2026-11-25T09:00:00.000Z",
): CommandStatus => ({
  id,
  type: "AddNote",
  key: "p/c",
  createdAt,
  state,
  attempts: 1,
  ...(state === "failed"
    ? {
        error: {
          code: "graph-forbidden",
          message: { sv: "Saknar Notes.ReadWrite", en: "Lacks Notes.ReadWrite" },
        },
      }
    : {}),
});

describe("the pending badge and the failed list", () => {
  it("counts what is saved on this device but not yet in Microsoft 365", () => {
    const store = createOutboxStatusStore({
      retry: async () => ok(undefined),
      discard: async () => ok(undefined),
      cancel: async () => ok(undefined),
      resume: () => undefined,
    });
    const s = store.getState();
    s.commandChanged(status("a", "pending"));
    s.commandChanged(status("b", "sending"));
    s.commandChanged(status("c", "sent"));
    s.commandChanged(status("d", "failed"));
    expect(pendingCount(store.getState())).toBe(2);
    expect(failedCommands(store.getState()).length).toBe(1);
    s.commandChanged(status("a", "sent"));
    expect(pendingCount(store.getState())).toBe(1);
    store.getState().clearSent();
    expect(statusOfCommand(store.getState(), "c")).toBeNull();
    expect(statusOfCommand(store.getState(), "d")?.state).toBe("failed");
  });

  it("lists failed changes oldest first with their reasons, and retries through the engine", async () => {
    const retried: string[] = [];
    const store = createOutboxStatusStore({
      retry: async (id) => (retried.push(id), ok(undefined)),
      discard: async () => ok(undefined),
      cancel: async () => ok(undefined),
      resume: () => undefined,
    });
    store.getState().commandChanged(status("late", "failed", "2026-11-25T10:00:00.000Z"));
    store.getState().commandChanged(status("early", "failed", "2026-11-25T08:00:00.000Z"));
    const failed = failedCommands(store.getState());
    expect(failed.map((f) => f.id)).toEqual(["early", "late"]);
    // The same list object until a change moves: the status bar re-renders only then.
    store.getState().queueChanged({ paused: false });
    expect(failedCommands(store.getState())).toBe(failed);
    expect(failed[0]!.error?.message.en).toContain("Notes.ReadWrite");
    await store.getState().retry("early");
    expect(retried).toEqual(["early"]);
  });

  it("tells the recruiter to sign in while the queue is paused, and resumes through the engine", () => {
    let resumed = 0;
    const store = createOutboxStatusStore({
      retry: async () => ok(undefined),
      discard: async () => ok(undefined),
      cancel: async () => ok(undefined),
      resume: () => void (resumed += 1),
    });
    const reason = { code: "graph-auth-needed" as const, message: { sv: "Logga in", en: "Sign in" } };
    store.getState().queueChanged({ paused: true, reason });
    expect(pausedBecause(store.getState())).toEqual(reason);
    store.getState().resume();
    expect(resumed).toBe(1);
  });

  it("opens the sign-in window on the 'Logga in' click, and resumes only once she is signed in", async () => {
    const steps: string[] = [];
    const blocked = {
      code: "auth-popup-blocked" as const,
      message: { sv: "Inloggningsfönstret blockerades", en: "The sign-in window was blocked" },
    };
    let answer: Result<void> = err(blocked);
    const store = createOutboxStatusStore(
      {
        retry: async () => ok(undefined),
        discard: async () => ok(undefined),
        cancel: async () => ok(undefined),
        resume: () => void steps.push("resume"),
      },
      async () => (steps.push("sign-in"), answer),
    );
    const expired = { code: "auth-sign-in-needed" as const, message: { sv: "Logga in", en: "Sign in" } };
    store.getState().queueChanged({ paused: true, reason: expired });

    // The window was blocked: the queue still waits, and now says why.
    expect(await store.getState().resume()).toEqual(err(blocked));
    expect(steps).toEqual(["sign-in"]);
    expect(pausedBecause(store.getState())).toEqual(blocked);

    answer = ok(undefined);
    expect(await store.getState().resume()).toEqual(ok(undefined));
    expect(steps).toEqual(["sign-in", "sign-in", "resume"]);
  });

  it("hands the UI both versions of a change that could not merge", () => {
    const failed: CommandStatus = {
      ...status("c", "failed"),
      error: {
        code: "sync-conflict",
        message: { sv: "Konflikt", en: "Conflict" },
        cause: {
          reason: "candidate-not-found",
          local: { candidate: { id: "c-asa-oberg" } },
          remote: { candidate: null },
        },
      },
    };
    expect(conflictOf(failed)).toEqual({
      local: { candidate: { id: "c-asa-oberg" } },
      remote: { candidate: null },
    });
    expect(conflictOf(status("d", "failed"))).toBeNull();
  });
});

describe("giving up on a change that can never go", () => {
  it("discards a failed change only through the engine, and takes it off the list once it is gone", async () => {
    const discarded: string[] = [];
    let refuse = true;
    const store = createOutboxStatusStore({
      retry: async () => ok(undefined),
      discard: async (id) =>
        refuse
          ? { ok: false, error: { code: "outbox-invalid-transition", message: { sv: "x", en: "x" } } }
          : (discarded.push(id), ok(undefined)),
      cancel: async () => ok(undefined),
      resume: () => undefined,
    });
    store.getState().commandChanged(status("stuck", "failed"));
    expect((await store.getState().discard("stuck")).ok).toBe(false);
    expect(failedCommands(store.getState()).length).toBe(1); // not gone from the outbox: still shown
    refuse = false;
    expect((await store.getState().discard("stuck")).ok).toBe(true);
    expect(discarded).toEqual(["stuck"]);
    expect(statusOfCommand(store.getState(), "stuck")).toBeNull();
  });
});

describe("cancelling what has not gone yet", () => {
  it("cancels through the engine, takes a cancelled change off the list, and keeps one already sending", async () => {
    const sendingNow = new Set(["round-1"]);
    const store = createOutboxStatusStore({
      retry: async () => ok(undefined),
      discard: async () => ok(undefined),
      cancel: async (id) =>
        sendingNow.has(id)
          ? {
              ok: false,
              error: {
                code: "outbox-already-sending",
                message: { sv: "skickas redan", en: "already being sent" },
              },
            }
          : ok(undefined),
      resume: () => undefined,
    });
    store.getState().commandChanged(status("round-1", "sending"));
    store.getState().commandChanged(status("round-2", "pending"));
    const late = await store.getState().cancel("round-1");
    expect(!late.ok && late.error.code).toBe("outbox-already-sending");
    expect(statusOfCommand(store.getState(), "round-1")?.state).toBe("sending");
    expect((await store.getState().cancel("round-2")).ok).toBe(true);
    expect(statusOfCommand(store.getState(), "round-2")).toBeNull();
  });
});
