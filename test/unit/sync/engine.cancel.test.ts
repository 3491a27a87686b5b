import { ok } from "../../../src/domain";
import type { DraftRequest } from "../../../src/graph/ports";
import { makeCommand } from "../../../src/sync/commands";
import { harness } from "./fakes/harness";

const draft = (id: string): DraftRequest => ({
  id,
  to: [{ name: id, email: `${id}@example.se` }],
  subject: "Läget i rekryteringen",
  html: "<p>Hej</p>",
  replyToMessageId: null,
});

/** One round of a bulk status update: its drafts, on the run's shared key. */
const round = (n: number, ...ids: string[]) =>
  makeCommand(
    "CreateDrafts",
    { drafts: ids.map(draft), run: "run-1" },
    { id: `round-${n}`, createdAt: `2026-11-25T09:00:0${n}.000Z` },
  );

describe("cancelling a bulk status update while it goes out", () => {
  it("sends the rounds of one update one after another, on one key", async () => {
    const h = await harness();
    expect(round(1, "a").key).toBe("drafts/run-1");
    expect(round(2, "b").key).toBe("drafts/run-1");
    await h.engine.dispatch(round(1, "a"));
    await h.engine.dispatch(round(2, "b"));
    await h.engine.idle();
    expect([...h.m365.drafts.made.keys()]).toEqual(["a", "b"]);
  });

  it("stops the rounds not yet sent, lets the one already sending finish, and says it could not stop that one", async () => {
    const h = await harness();
    let release: () => void = () => undefined;
    const gate = new Promise<void>((resolve) => (release = resolve));
    let reached: () => void = () => undefined;
    const onItsWay = new Promise<void>((resolve) => (reached = resolve));
    const real = h.m365.drafts.createDrafts.bind(h.m365.drafts);
    h.m365.drafts.createDrafts = async (drafts) => {
      reached();
      await gate; // the first round is on its way to Graph
      return real(drafts);
    };
    await h.engine.dispatch(round(1, "anna", "bo"));
    await h.engine.dispatch(round(2, "cecilia"));
    await h.engine.dispatch(round(3, "david"));
    await onItsWay;
    expect(h.statuses.get("round-1")?.state).toBe("sending");

    const tooLate = await h.engine.cancel("round-1");
    expect(tooLate.ok).toBe(false);
    expect(!tooLate.ok && tooLate.error.code).toBe("outbox-already-sending");
    expect(!tooLate.ok && tooLate.error.message.sv).toContain("skickas redan");
    expect(await h.engine.cancel("round-2")).toEqual(ok(undefined));
    expect(await h.engine.cancel("round-3")).toEqual(ok(undefined));

    release();
    await h.engine.idle();
    expect([...h.m365.drafts.made.keys()]).toEqual(["anna", "bo"]);
    expect(h.statuses.get("round-1")?.state).toBe("sent");
    const left = await h.outbox.listPending();
    expect(left.ok && left.value).toEqual([]);
  });

  it("cannot cancel what is already sent", async () => {
    const h = await harness();
    await h.engine.dispatch(round(1, "anna"));
    await h.engine.idle();
    const cancelled = await h.engine.cancel("round-1");
    expect(!cancelled.ok && cancelled.error.code).toBe("outbox-invalid-transition");
  });
});
