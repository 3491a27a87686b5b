// A candidate past interview gets a phone call, booked in the recruiter's calendar with a reminder.
import type { RunningEmulator } from "../../graph-emulator";
import { ok, sameFollowUp } from "../../../src/domain";
import { createCalendarEvents } from "../../../src/graph/calendarEvents";
import { transactionIdFor } from "../../../src/graph/adapters-support/transactionId";
import { callFollowUp, completeOne, upsertOne } from "./followUps";
import { counted, emulator, graphFor, NOW, unwrap } from "./helpers";

let emu: RunningEmulator;
beforeEach(async () => {
  emu = await emulator("empty");
});
afterEach(() => emu.close());

const calendar = (e: RunningEmulator) => createCalendarEvents(graphFor(e), { now: () => Date.parse(NOW) });
const eventsOf = (e: RunningEmulator, tx: string) =>
  [...e.state.events.values()].filter((ev) => ev["transactionId"] === tx);

describe("booking calls in the calendar", () => {
  it("books a call with a reminder, the phone number and the talking points", async () => {
    const f = callFollowUp();
    const { result, requests } = await counted(emu, () => upsertOne(calendar(emu), f, null));
    const id = unwrap(result);
    expect(requests).toBe(1);
    const ev = emu.state.events.get(id)!;
    expect(ev["transactionId"]).toBe(await transactionIdFor(f.id));
    expect(ev["transactionId"]).toMatch(
      /^[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/,
    );
    expect(ev["isReminderOn"]).toBe(true);
    expect(ev["reminderMinutesBeforeStart"]).toBe(15);
    expect(ev["subject"]).toBe("Ring Åsa Öberg om intervjun");
    const html = String((ev["body"] as { content: string }).content);
    expect(html).toContain('<a href="tel:+46701234567">+46 70 123 45 67</a>');
    expect(html).toContain("<li>Tacka för intervjun</li>");
  });

  it("maps the event back to exactly the follow-up the planner made", async () => {
    const f = callFollowUp();
    const id = unwrap(await upsertOne(calendar(emu), f, null));
    const { result, requests } = await counted(emu, () => calendar(emu).listFollowUps());
    const listed = unwrap(result);
    expect(requests).toBe(1);
    expect(listed).toHaveLength(1);
    expect(listed[0]!.remoteId).toBe(id);
    expect(sameFollowUp(listed[0]!.followUp, f)).toBe(true);
  });

  it("books the call once even when the connection drops after Outlook saved it", async () => {
    const f = callFollowUp();
    const drop = emu.faults.dropAfterCommit({ method: "POST", path: "/me/events" });
    const id = unwrap(await upsertOne(calendar(emu), f, null));
    expect(emu.faults.fired(drop.id)).toBe(1);
    const twins = eventsOf(emu, await transactionIdFor(f.id));
    expect(twins.map((e) => e["id"])).toEqual([id]);
    // And a second run of sync, not knowing the id, still makes no twin.
    unwrap(await upsertOne(calendar(emu), f, null));
    expect(eventsOf(emu, await transactionIdFor(f.id))).toHaveLength(1);
  });

  it("updates its own event when Graph says the transactionId was used for a different event", async () => {
    const http = graphFor(emu);
    const before = callFollowUp();
    const id = unwrap(await upsertOne(calendar(emu), before, null));
    // Real Exchange refuses a known transactionId with other content (the emulator hands back the
    // event instead), so the refusal is played here in front of the real emulator: every create
    // of an event in a $batch is answered 400 ErrorDuplicateTransactionId.
    const refuse = (body: unknown) => {
      const requests = (body as { requests: { id: string; method: string; url: string }[] }).requests;
      if (!requests.some((r) => r.method === "POST" && r.url === "/me/events")) return null;
      const refusal = { error: { code: "ErrorDuplicateTransactionId", message: "Used already." } };
      const responses = requests.map((r) => ({ id: r.id, status: 400, headers: {}, body: refusal }));
      return ok({ status: 200, body: { responses }, headers: {}, attempts: 1 });
    };
    const refusing: typeof http = {
      ...http,
      post: async (path, body, options) =>
        (path === "/$batch" ? (refuse(body) as never) : null) ?? http.post(path, body, options),
    };
    const moved = callFollowUp({ dueAt: "2026-11-26T10:00:00.000Z", remindAt: "2026-11-26T09:45:00.000Z" });
    const again = unwrap(await upsertOne(createCalendarEvents(refusing), moved, null));
    expect(again).toBe(id);
    expect(emu.state.events.size).toBe(1);
    expect((emu.state.events.get(id)!["start"] as { dateTime: string }).dateTime).toMatch(
      /^2026-11-26T10:00/,
    );
  });

  it("moves the call when the plan moves, in place", async () => {
    const f = callFollowUp();
    const id = unwrap(await upsertOne(calendar(emu), f, null));
    const moved = callFollowUp({ dueAt: "2026-11-27T13:00:00.000Z", remindAt: "2026-11-27T12:30:00.000Z" });
    const { result, requests } = await counted(emu, () => upsertOne(calendar(emu), moved, id));
    expect(unwrap(result)).toBe(id);
    expect(requests).toBe(1);
    expect(emu.state.events.size).toBe(1);
    const ev = emu.state.events.get(id)!;
    expect((ev["start"] as { dateTime: string }).dateTime).toMatch(/^2026-11-27T13:00:00/);
    expect(ev["reminderMinutesBeforeStart"]).toBe(30);
    const listed = unwrap(await calendar(emu).listFollowUps());
    expect(sameFollowUp(listed[0]!.followUp, moved)).toBe(true);
  });

  it("books the call again if the recruiter deleted it in Outlook", async () => {
    const f = callFollowUp();
    const id = unwrap(await upsertOne(calendar(emu), f, null));
    emu.state.events.delete(id);
    const again = unwrap(await upsertOne(calendar(emu), f, id));
    expect(again).not.toBe(id);
    expect(emu.state.events.size).toBe(1);
  });

  // Exchange remembers a transactionId after its event is gone and refuses it with other content
  // (400 ErrorDuplicateTransactionId; ../shared/reviews/graph-fidelity.md): a new generation of the id.
  it("books again, under a new transactionId, a call deleted in Outlook that sync did not know was gone", async () => {
    const f = callFollowUp();
    const id = unwrap(await upsertOne(calendar(emu), f, null));
    emu.state.events.delete(id);
    const { result, requests } = await counted(emu, () => upsertOne(calendar(emu), f, null));
    const again = unwrap(result);
    expect(requests).toBe(3); // the refused create, a listing, the create under the new id
    const ev = emu.state.events.get(again)!;
    expect(ev["transactionId"]).not.toBe(await transactionIdFor(f.id));
    expect(emu.state.events.size).toBe(1);
    // Another runtime booking the same call lands on the same event, not a twin.
    expect(unwrap(await upsertOne(calendar(emu), f, null))).toBe(again);
    expect(emu.state.events.size).toBe(1);
  });

  it("re-books a call it knew was deleted in two requests, and a retry of that booking makes no twin", async () => {
    const f = callFollowUp();
    const id = unwrap(await upsertOne(calendar(emu), f, null));
    emu.state.events.delete(id);
    const drop = emu.faults.dropAfterCommit({ method: "POST", path: "/me/events", count: 1 });
    const lost = await upsertOne(calendar(emu), f, id);
    expect(emu.faults.fired(drop.id)).toBe(1);
    const again = unwrap(lost.ok ? lost : await upsertOne(calendar(emu), f, id));
    expect(emu.state.events.size).toBe(1);
    expect(emu.state.events.has(again)).toBe(true);
  });

  it("frees the slot of a call no longer wanted, and keeps a past call as a record", async () => {
    const ahead = callFollowUp();
    const past = callFollowUp({
      id: "p-nordbank-backend:c-erik-lund:call:20261101T090000Z",
      candidateId: "c-erik-lund",
      dueAt: "2026-11-20T09:00:00.000Z",
      remindAt: "2026-11-20T08:45:00.000Z",
    });
    const aheadId = unwrap(await upsertOne(calendar(emu), ahead, null));
    const pastId = unwrap(await upsertOne(calendar(emu), past, null));
    unwrap(await completeOne(calendar(emu), aheadId));
    unwrap(await completeOne(calendar(emu), pastId));
    unwrap(await completeOne(calendar(emu), aheadId)); // already gone: still fine
    expect(emu.state.events.has(aheadId)).toBe(false);
    expect(emu.state.events.get(pastId)!["isReminderOn"]).toBe(false);
    expect(unwrap(await calendar(emu).listFollowUps())).toEqual([]);
  });

  it("writes a hostile talking point as text, never as markup", async () => {
    const f = callFollowUp({
      call: {
        phone: "+46 70 123 45 67 <script>",
        talkingPoints: { sv: ['<img src=x onerror=alert(1)> "åäö" \u202Eevil'], en: [] },
      },
    });
    const id = unwrap(await upsertOne(calendar(emu), f, null));
    const html = String((emu.state.events.get(id)!["body"] as { content: string }).content);
    expect(html).not.toContain("<img");
    expect(html).not.toContain("<script>");
    expect(html).toContain("&lt;img src=x onerror=alert(1)&gt; &quot;åäö&quot; \u202Eevil");
  });

  it("links an interview to its candidate", async () => {
    const demo = await emulator("demo");
    try {
      const ev = [...demo.state.events.values()][0]!;
      unwrap(await calendar(demo).linkEvent(String(ev["id"]), { processId: "p-x", candidateId: "c-y" }));
      const props = ev["singleValueExtendedProperties"] as { id: string; value: string }[];
      expect(props.find((p) => p.id.endsWith("SvaraCandidate"))?.value).toBe("p-x/c-y");
    } finally {
      await demo.close();
    }
  });
});
