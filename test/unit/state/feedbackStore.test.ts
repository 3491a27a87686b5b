// The recruiter opens the report: what candidates said is read from Microsoft 365; a reply Svara
// could not read waits in her list until she scores it, and once scored it counts at once — even
// before the outbox has sent it — and never comes back as unscored.
import "fake-indexeddb/auto";
import { IDBFactory } from "fake-indexeddb";
import { ok, recordFeedback, emptyFeedback, type PendingReply } from "../../../src/domain";
import { createSyncEngine } from "../../../src/sync/engine";
import { createFeedbackStore, selectFeedbackReport } from "../../../src/state/feedbackStore";
import { fakeMicrosoft365 } from "../sync/fakes/fakePorts";
import { FakeClock } from "../sync/fakes/fakeClock";
import { openOutbox } from "../sync/fakes/harness";
import { offline } from "../sync/fakes/faults";

const reply: PendingReply = {
  kind: "needs-scoring",
  answerId: "s0123456789abcdef",
  processId: "p-backend",
  month: "2026-11",
  language: "sv",
  text: "Fyra kanske, eller fem. Bra bemötande!",
  suggested: {},
};

async function setup() {
  const m365 = fakeMicrosoft365();
  m365.feedback.docs.set("p-backend", {
    feedback: recordFeedback(emptyFeedback("p-backend"), reply),
    etag: 'W/"f0"',
  });
  const clock = new FakeClock();
  const engine = createSyncEngine({
    outbox: await openOutbox(new IDBFactory()),
    ports: m365,
    now: clock.now,
    sleep: clock.sleep,
    random: () => 0.5,
    listener: {},
  });
  const store = createFeedbackStore(
    {
      list: async () => {
        const all = await m365.feedback.listAll();
        return all.ok ? ok(all.value.map((s) => s.feedback)) : all;
      },
      dispatch: (c) => engine.dispatch(c),
    },
    () => ({ id: "hand-1", createdAt: "2026-11-25T10:00:00.000Z" }),
  );
  return { m365, engine, store };
}

describe("what candidates said, in the report's store", () => {
  it("lists a reply to score and counts it once she has scored it, in Microsoft 365 too", async () => {
    const { m365, engine, store } = await setup();
    await store.getState().load();
    expect(selectFeedbackReport(store.getState()).pending.map((p) => p.text)).toEqual([reply.text]);
    expect(selectFeedbackReport(store.getState()).count).toBe(0);

    const saved = await store
      .getState()
      .score(reply, { clarity: 4, speed: 5, treatment: 5 }, "Bra bemötande!");
    expect(saved.ok).toBe(true);
    const report = selectFeedbackReport(store.getState());
    expect(report.pending).toEqual([]);
    expect(report.count).toBe(1);
    expect(report.comments.map((c) => c.text)).toEqual(["Bra bemötande!"]);

    await engine.idle();
    await store.getState().load();
    expect(m365.feedback.docs.get("p-backend")?.feedback.answers).toHaveLength(1);
    expect(store.getState().scored).toEqual([]);
    expect(selectFeedbackReport(store.getState()).count).toBe(1);
    engine.stop();
  });

  it("keeps her scoring counted while it waits offline, and the reply off the list", async () => {
    const { m365, engine, store } = await setup();
    await store.getState().load();
    m365.feedback.faults.fail("read", offline(), 100);
    m365.feedback.faults.fail("listAll", offline(), 100);
    await store.getState().score(reply, { clarity: 3, speed: 3, treatment: 3 }, "");
    await store.getState().load();
    expect(store.getState().status).toBe("error");
    const report = selectFeedbackReport(store.getState());
    expect(report.pending).toEqual([]);
    expect(report.count).toBe(1);
    engine.stop();
  });
});
