import "fake-indexeddb/auto";
import { IDBFactory } from "fake-indexeddb";
import { appError } from "../../../src/domain/result";
import { openOutboxStore, type OutboxStore } from "../../../src/sync/outboxStore";
import type { NewCommand } from "../../../src/sync/outboxEnvelope";

const command = (
  id: string,
  key: string,
  createdAt: string,
  payload: unknown = { note: `anteckning ${id}` },
): NewCommand => ({
  id,
  type: "LogNote",
  key,
  payload,
  createdAt,
});

let factory: IDBFactory;
const noPersist = { storage: null } as const;
async function open(f: IDBFactory = factory): Promise<OutboxStore> {
  const opened = await openOutboxStore({ indexedDB: f, ...noPersist });
  if (!opened.ok) throw new Error(opened.error.code);
  return opened.value;
}
const value = <T>(r: { ok: true; value: T } | { ok: false; error: unknown }): T => {
  if (!r.ok) throw new Error(`expected ok, got ${JSON.stringify(r.error)}`);
  return r.value;
};

beforeEach(() => {
  factory = new IDBFactory(); // a fresh "browser profile" per test
});
afterEach(() => jest.restoreAllMocks());

describe("the outbox keeps a recruiter's changes until Microsoft 365 has them", () => {
  it("still has a saved note after the pane is reloaded", async () => {
    const before = await open();
    value(await before.enqueue(command("cmd-1", "c-asa-oberg", "2026-11-25T09:00:00.000Z")));
    before.close();

    const after = await open();
    const pending = value(await after.listPending());
    expect(pending).toEqual([
      {
        id: "cmd-1",
        type: "LogNote",
        key: "c-asa-oberg",
        payload: { note: "anteckning cmd-1" },
        createdAt: "2026-11-25T09:00:00.000Z",
        attempts: 0,
        status: "pending",
      },
    ]);
  });

  it("writes with strict durability and says saved only once another connection can read it", async () => {
    const spy = jest.spyOn(IDBDatabase.prototype, "transaction");
    const store = await open();

    value(await store.enqueue(command("cmd-1", "c-1", "2026-11-25T09:00:00.000Z")));

    expect(spy).toHaveBeenCalledWith("commands", "readwrite", { durability: "strict" });
    const other = await open();
    expect(value(await other.get("cmd-1"))?.status).toBe("pending");
  });

  it("hands out each candidate's commands in the order they were made", async () => {
    const store = await open();
    for (const c of [
      command("b", "c-erik", "2026-11-25T09:00:02.000Z"),
      command("z", "c-asa", "2026-11-25T09:00:01.000Z"),
      command("a", "c-asa", "2026-11-25T09:00:01.000Z"),
      command("x", "c-asa", "2026-11-25T09:00:00.000Z"),
      command("c", "c-erik", "2026-11-25T08:59:00.000Z"),
    ]) {
      value(await store.enqueue(c));
    }

    const byKey = value(await store.pendingByKey());

    expect([...byKey.keys()]).toEqual(["c-erik", "c-asa"]);
    expect(byKey.get("c-asa")!.map((e) => e.id)).toEqual(["x", "a", "z"]);
    expect(byKey.get("c-erik")!.map((e) => e.id)).toEqual(["c", "b"]);
    expect(value(await store.listPending()).map((e) => e.id)).toEqual(["c", "x", "a", "z", "b"]);
  });

  it("holds back a candidate's later changes while an earlier one has failed, but not other candidates'", async () => {
    const store = await open();
    value(await store.enqueue(command("book-call", "c-asa", "2026-11-25T09:00:00.000Z")));
    value(await store.enqueue(command("note-on-call", "c-asa", "2026-11-25T09:00:01.000Z")));
    value(await store.enqueue(command("erik-note", "c-erik", "2026-11-25T09:00:02.000Z")));
    value(await store.markSending("book-call"));
    value(await store.markFailed("book-call", appError("graph-forbidden", "nekad", "denied")));

    const ready = value(await store.readyByKey());

    expect([...ready.entries()].map(([k, cs]) => [k, cs.map((c) => c.id)])).toEqual([
      ["c-erik", ["erik-note"]],
    ]);
    value(await store.retry("book-call"));
    expect(
      value(await store.readyByKey())
        .get("c-asa")!
        .map((c) => c.id),
    ).toEqual(["book-call", "note-on-call"]);
  });

  it("lets the recruiter discard a change that failed for good, and only such a change, so the next ones go", async () => {
    const store = await open();
    value(await store.enqueue(command("link-moved-mail", "c-asa", "2026-11-25T09:00:00.000Z")));
    value(await store.enqueue(command("note-after", "c-asa", "2026-11-25T09:00:01.000Z")));
    const refused = await store.discard("link-moved-mail"); // still pending: not the recruiter's to drop
    expect(refused.ok).toBe(false);
    value(await store.markSending("link-moved-mail"));
    value(await store.markFailed("link-moved-mail", appError("graph-forbidden", "nekad", "denied")));
    expect(value(await store.discard("link-moved-mail")).id).toBe("link-moved-mail");
    expect(value(await store.get("link-moved-mail"))).toBeUndefined();
    expect(
      value(await store.readyByKey())
        .get("c-asa")!
        .map((c) => c.id),
    ).toEqual(["note-after"]);
    expect((await store.discard("link-moved-mail")).ok).toBe(false);
  });

  it("cancels a change not yet sent, but not one already on its way nor one already sent", async () => {
    const store = await open();
    for (const [id, at] of [
      ["round-1", "2026-11-25T09:00:00.000Z"],
      ["round-2", "2026-11-25T09:00:01.000Z"],
      ["round-3", "2026-11-25T09:00:02.000Z"],
    ] as const) {
      value(await store.enqueue(command(id, "drafts/run", at)));
    }
    value(await store.markSending("round-1"));
    const late = await store.cancel("round-1");
    expect(!late.ok && late.error.code).toBe("outbox-already-sending");
    expect(!late.ok && late.error.message.en).toContain("already being sent");
    expect(value(await store.get("round-1"))?.status).toBe("sending");

    expect(value(await store.cancel("round-2")).id).toBe("round-2");
    expect(value(await store.get("round-2"))).toBeUndefined();

    value(await store.markSent("round-1"));
    expect((await store.cancel("round-1")).ok).toBe(false);
    value(await store.markSending("round-3"));
    value(await store.markFailed("round-3", appError("graph-forbidden", "nekad", "denied")));
    expect((await store.cancel("round-3")).ok).toBe(true); // a failed one has not gone either
    expect((await store.cancel("round-3")).ok).toBe(false);
  });

  it("keeps no note text on the device once Microsoft 365 has the note — only the ids that say it was sent", async () => {
    const store = await open();
    const note = {
      processId: "p-1",
      candidateId: "c-1",
      text: "Åsa Öberg-Ñúñez: stark på SQL, svag på Java",
    };
    value(await store.enqueue(command("note-1", "p-1", "2026-11-25T09:00:00.000Z", note)));
    value(await store.markSending("note-1"));
    value(await store.markSent("note-1"));

    const kept = value(await store.get("note-1"));
    expect(kept).toMatchObject({ status: "sent", payload: { processId: "p-1", candidateId: "c-1" } });
    expect(JSON.stringify(kept)).not.toMatch(/Åsa|SQL/);
    // The same change enqueued again (a second runtime) is still known as sent, not sent twice.
    expect(
      value(await store.enqueue(command("note-1", "p-1", "2026-11-25T09:00:00.000Z", note))).status,
    ).toBe("sent");
  });

  it("forgets sent commands older than asked, and keeps the rest", async () => {
    const store = await open();
    for (const [id, at] of [
      ["old", "2026-11-01T09:00:00.000Z"],
      ["recent", "2026-11-25T09:00:00.000Z"],
      ["waiting", "2026-11-01T10:00:00.000Z"],
    ] as const) {
      value(await store.enqueue(command(id, "c-1", at)));
    }
    for (const id of ["old", "recent"]) {
      value(await store.markSending(id));
      value(await store.markSent(id));
    }

    expect(value(await store.removeSent("2026-11-20T00:00:00.000Z"))).toBe(1);
    expect(value(await store.get("old"))).toBeUndefined();
    expect(value(await store.get("recent"))?.status).toBe("sent");
    expect(value(await store.get("waiting"))?.status).toBe("pending");
  });

  it("does not duplicate a command saved twice (a double-clicked save)", async () => {
    const store = await open();
    value(await store.enqueue(command("cmd-1", "c-1", "2026-11-25T09:00:00.000Z", { note: "first" })));
    const again = value(
      await store.enqueue(command("cmd-1", "c-1", "2026-11-25T09:00:05.000Z", { note: "second" })),
    );

    expect(again.payload).toEqual({ note: "first" });
    expect(value(await store.listPending())).toHaveLength(1);
  });

  it("counts attempts, keeps Graph's answer, and never lets a sent command go out again", async () => {
    const store = await open();
    value(await store.enqueue(command("cmd-1", "c-1", "2026-11-25T09:00:00.000Z")));

    expect(value(await store.markSending("cmd-1"))).toMatchObject({ status: "sending", attempts: 1 });
    expect(value(await store.listPending())).toEqual([]);
    const sent = value(await store.markSent("cmd-1", { eventId: "E1", eTag: 'W/"1"' }));
    expect(sent).toMatchObject({ status: "sent", sentResult: { eventId: "E1" } });

    const resend = await store.markSending("cmd-1");
    expect(resend).toMatchObject({ ok: false, error: { code: "outbox-invalid-transition" } });
    if (!resend.ok) expect(resend.error.message.en).toMatch(/already been sent/);
  });

  it("keeps why a command failed, as plain data that survives a reload, until the recruiter retries", async () => {
    const store = await open();
    value(await store.enqueue(command("cmd-1", "c-1", "2026-11-25T09:00:00.000Z")));
    value(await store.markSending("cmd-1"));
    const forbidden = {
      ...appError("graph-forbidden", "Saknar Notes.ReadWrite", "Lacks Notes.ReadWrite", {
        cause: new Error("403"),
        retryable: false,
      }),
      status: 403,
    };
    value(await store.markFailed("cmd-1", forbidden));
    store.close();

    const reloaded = await open();
    const [failed] = value(await reloaded.listByStatus("failed"));
    expect(failed!.lastError).toEqual({
      code: "graph-forbidden",
      message: { sv: "Saknar Notes.ReadWrite", en: "Lacks Notes.ReadWrite" },
      retryable: false,
      status: 403,
      cause: { name: "Error", message: "403" },
    });

    expect(value(await reloaded.retry("cmd-1")).status).toBe("pending");
    expect(value(await reloaded.listPending()).map((e) => e.id)).toEqual(["cmd-1"]);
  });

  it("puts a throttled command back in line with the reason, and can pause one waiting for sign-in", async () => {
    const store = await open();
    value(await store.enqueue(command("cmd-1", "c-1", "2026-11-25T09:00:00.000Z")));
    value(await store.markSending("cmd-1"));
    const later = value(
      await store.markRetryLater("cmd-1", {
        ...appError("graph-throttled", "upptaget", "busy", { retryable: true }),
        retryAfterMs: 5000,
      } as never),
    );
    expect(later).toMatchObject({
      status: "pending",
      lastError: { code: "graph-throttled", retryAfterMs: 5000 },
    });

    expect(value(await store.markPaused("cmd-1"))).toMatchObject({ status: "paused" });
    expect(value(await store.listPending())).toEqual([]);
  });

  it("returns commands caught mid-send by a reload to the queue", async () => {
    const before = await open();
    value(await before.enqueue(command("cmd-1", "c-1", "2026-11-25T09:00:00.000Z")));
    value(await before.enqueue(command("cmd-2", "c-1", "2026-11-25T09:00:01.000Z")));
    value(await before.markSending("cmd-1"));
    before.close();

    const after = await open();
    expect(value(await after.recoverInterrupted())).toBe(1);
    expect(value(await after.listPending()).map((e) => [e.id, e.attempts])).toEqual([
      ["cmd-1", 1],
      ["cmd-2", 0],
    ]);
  });

  it("lets only one of two open panes take a command for sending", async () => {
    const taskPane = await open();
    const teamsTab = await open();
    value(await taskPane.enqueue(command("cmd-1", "c-1", "2026-11-25T09:00:00.000Z")));

    const claims = await Promise.all([taskPane.markSending("cmd-1"), teamsTab.markSending("cmd-1")]);

    expect(claims.filter((c) => c.ok)).toHaveLength(1);
    expect(claims.find((c) => !c.ok)).toMatchObject({ error: { code: "outbox-invalid-transition" } });
    expect(value(await taskPane.get("cmd-1"))?.attempts).toBe(1);
  });

  it("takes back a change the send handler left mid-send once a minute has passed, for one pane only", async () => {
    const handler = await open();
    const t0 = Date.parse("2026-11-25T09:00:00.000Z");
    value(await handler.enqueue(command("mail-1", "c-asa", "2026-11-25T09:00:00.000Z")));
    value(await handler.enqueue(command("note-1", "c-asa", "2026-11-25T09:00:01.000Z")));
    value(await handler.markSending("mail-1", t0));
    handler.close(); // the handler's runtime ends after completed()

    const taskPane = await open();
    const teamsTab = await open();
    // Half a minute on, it may still be on its way: Åsa's changes wait.
    expect(value(await taskPane.readyByKey(t0 + 30_000)).get("c-asa")).toBeUndefined();
    expect((await taskPane.markSending("mail-1", t0 + 30_000)).ok).toBe(false);

    const later = t0 + 61_000;
    expect(
      value(await taskPane.readyByKey(later))
        .get("c-asa")!
        .map((c) => c.id),
    ).toEqual(["mail-1", "note-1"]);
    const claims = await Promise.all([
      taskPane.markSending("mail-1", later),
      teamsTab.markSending("mail-1", later),
    ]);
    expect(claims.filter((c) => c.ok)).toHaveLength(1);
    expect(value(await taskPane.get("mail-1"))).toMatchObject({
      status: "sending",
      attempts: 2,
      sendingSince: new Date(later).toISOString(),
    });
  });

  it("says a change is missing rather than inventing one", async () => {
    const store = await open();
    expect(await store.markSent("nope")).toMatchObject({
      ok: false,
      error: { code: "outbox-command-missing" },
    });
    expect(value(await store.get("nope"))).toBeUndefined();
  });
});

describe("when the browser cannot keep the change, the recruiter is told it is not saved", () => {
  it("reports a full disk as 'not saved', and stores nothing", async () => {
    const store = await open();
    jest.spyOn(IDBObjectStore.prototype, "put").mockImplementation(() => {
      throw new DOMException("The quota has been exceeded.", "QuotaExceededError");
    });

    const result = await store.enqueue(command("cmd-1", "c-1", "2026-11-25T09:00:00.000Z"));

    expect(result).toMatchObject({ ok: false, error: { code: "outbox-quota-exceeded", retryable: true } });
    if (!result.ok) {
      expect(result.error.message.sv).toMatch(/^Inte sparat/);
      expect(result.error.message.en).toMatch(/^Not saved/);
    }
    jest.restoreAllMocks();
    expect(value(await store.listPending())).toEqual([]);
  });

  it("reports a transaction that aborts at commit as not saved", async () => {
    const store = await open();
    const realPut = IDBObjectStore.prototype.put;
    jest.spyOn(IDBObjectStore.prototype, "put").mockImplementation(function (this: IDBObjectStore, ...args) {
      const request = realPut.apply(this, args);
      this.transaction.abort(); // what a browser does when the disk fills during commit
      return request;
    });

    const result = await store.enqueue(command("cmd-1", "c-1", "2026-11-25T09:00:00.000Z"));

    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error.message.en).toMatch(/^Not saved/);
    jest.restoreAllMocks();
    expect(value(await store.listPending())).toEqual([]);
  });

  it("refuses to open without IndexedDB (private mode, locked-down browser)", async () => {
    const result = await openOutboxStore({ indexedDB: null, ...noPersist });
    expect(result).toMatchObject({ ok: false, error: { code: "outbox-unavailable", retryable: false } });
    if (!result.ok) expect(result.error.message.sv).toMatch(/^Inte sparat/);
  });

  it("refuses to open when the browser forbids opening the database", async () => {
    const hostile = {
      open: () => {
        throw new DOMException("denied", "SecurityError");
      },
    } as unknown as IDBFactory;
    expect(await openOutboxStore({ indexedDB: hostile, ...noPersist })).toMatchObject({
      ok: false,
      error: { code: "outbox-unavailable" },
    });
  });

  it("does not store a payload that is not plain data", async () => {
    const store = await open();
    const result = await store.enqueue(command("cmd-1", "c-1", "2026-11-25T09:00:00.000Z", { n: BigInt(1) }));
    expect(result).toMatchObject({ ok: false, error: { code: "outbox-invalid-command" } });
    expect(value(await store.listPending())).toEqual([]);
  });
});

describe("asking the browser to keep our storage", () => {
  it("asks once, however many times the outbox is opened", async () => {
    const storage = { persisted: jest.fn(async () => false), persist: jest.fn(async () => true) };
    await openOutboxStore({ indexedDB: factory, storage });
    await openOutboxStore({ indexedDB: factory, storage });
    await new Promise((r) => setTimeout(r, 0));
    expect(storage.persist).toHaveBeenCalledTimes(1);
  });

  it("opens the outbox even where the browser has no persist()", async () => {
    expect((await openOutboxStore({ indexedDB: factory, storage: {} })).ok).toBe(true);
  });
});
