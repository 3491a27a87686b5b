import { beginErasure } from "../../../src/domain";
import { focusedCandidateView, paneView, type PaneInputs } from "../../../src/state/paneView";
import type { HostItem } from "../../../src/host/host";
import { applied, candidate, interviewHeld, mailOut, process, settings } from "../domain/fixtures";

const NOW = "2026-11-10T09:00:00.000Z";
const asa = candidate({ contacts: [applied("2026-11-03T09:12:00.000Z")] });
const nordbank = process({ candidates: [asa] });
const me = "maja.lind@svara-demo.se";

const mailFrom = (name: string, email: string, to = me): HostItem => ({
  kind: "message-read",
  restId: "AAMk1",
  conversationId: null,
  subject: "Ansökan",
  from: { name, email },
  to: [{ name: "Maja Lind", email: to }],
  cc: [],
});

const inputs = (item: HostItem | null, over: Partial<PaneInputs> = {}): PaneInputs => ({
  item,
  processes: [nordbank],
  settings,
  now: NOW,
  me,
  ...over,
});

describe("what the pane shows for the open mail", () => {
  it("shows nothing to act on when no mail is selected", () => {
    expect(paneView(inputs(null))).toEqual({ kind: "no-item" });
  });

  it("offers to add a sender who is not a candidate yet", () => {
    const view = paneView(inputs(mailFrom("Okänd Person", "okand@example.se")));
    expect(view).toEqual({
      kind: "unknown-sender",
      sender: { name: "Okänd Person", email: "okand@example.se" },
    });
  });

  it("recognises a known candidate by address, whatever its case, and shows days left on the clock", () => {
    const view = paneView(inputs(mailFrom("Åsa", "ASA.OBERG@example.se")));
    expect(view.kind).toBe("candidate");
    if (view.kind !== "candidate") return;
    expect(view.view.candidate.name).toBe("Åsa Öberg");
    expect(view.view.stageName).toBe("Urval");
    expect(view.view.clock).toMatchObject({ phase: "running", daysLeft: 3 });
    expect(view.view.log[0]?.what.sv).toBe("Ansökan");
  });

  it("shows the clock overdue, with how many days, once ten days have passed unanswered", () => {
    const view = paneView(
      inputs(mailFrom("Åsa", "asa.oberg@example.se"), { now: "2026-11-15T12:00:00.000Z" }),
    );
    expect(view.kind === "candidate" && view.view.clock).toMatchObject({ phase: "overdue", overdueDays: 2 });
  });

  it("lists the next follow-up first", () => {
    const view = paneView(inputs(mailFrom("Åsa", "asa.oberg@example.se")));
    if (view.kind !== "candidate") throw new Error(view.kind);
    const due = view.view.followUps.map((f) => Date.parse(f.dueAt));
    expect(due).toEqual([...due].sort((a, b) => a - b));
    expect(view.view.followUps.length).toBeGreaterThan(0);
  });

  it("calls a follow-up whose time has passed overdue, not next", () => {
    const onTime = paneView(inputs(mailFrom("Åsa", "asa.oberg@example.se")));
    const late = paneView(
      inputs(mailFrom("Åsa", "asa.oberg@example.se"), { now: "2026-11-15T12:00:00.000Z" }),
    );
    if (onTime.kind !== "candidate" || late.kind !== "candidate") throw new Error("no candidate");
    expect(onTime.view.followUpOverdue).toBe(false);
    expect(Date.parse(late.view.followUps[0]!.dueAt)).toBeLessThan(Date.parse("2026-11-15T12:00:00.000Z"));
    expect(late.view.followUpOverdue).toBe(true);
  });

  it("knows a candidate after interview gets the decision by phone", () => {
    const interviewed = candidate({
      stageId: "interview",
      contacts: [
        applied("2026-11-03T09:12:00.000Z"),
        mailOut("2026-11-04T09:00:00.000Z"),
        interviewHeld("2026-11-08T09:00:00.000Z"),
      ],
    });
    const view = paneView(
      inputs(mailFrom("Åsa", "asa.oberg@example.se"), {
        processes: [process({ candidates: [interviewed] })],
      }),
    );
    expect(view.kind === "candidate" && view.view.afterInterview).toBe(true);
  });

  it("treats a mail the recruiter sent as being about its candidate recipient", () => {
    const sent = mailFrom("Maja Lind", me, "asa.oberg@example.se");
    const view = paneView(inputs(sent));
    expect(view.kind === "candidate" && view.view.candidate.id).toBe("c-asa-oberg");
    expect(paneView(inputs(mailFrom("Maja Lind", me, "kollega@svara-demo.se")))).toEqual({
      kind: "own-mail",
    });
  });

  it("prefers the open process when the same person is in two", () => {
    const closed = process({ id: "p-old", candidates: [candidate({ stageId: "rejected" })] });
    const view = paneView(inputs(mailFrom("Åsa", "asa.oberg@example.se"), { processes: [closed, nordbank] }));
    expect(view.kind === "candidate" && view.view.process.id).toBe("p-nordbank-backend");
  });

  it("opens no card for a candidate being erased (on this device or another): their mail is no one's now", () => {
    const erasing = beginErasure(nordbank, {
      id: "erase-1",
      candidateId: asa.id,
      by: me,
      deleteMails: false,
      at: NOW,
    });
    const view = paneView(inputs(mailFrom("Åsa", "asa.oberg@example.se"), { processes: [erasing] }));
    expect(view.kind).toBe("unknown-sender");
  });
});

describe("what the pane shows while writing and in the calendar", () => {
  it("recognises candidates among the recipients of a new mail, and who is not one", () => {
    const compose: HostItem = {
      kind: "message-compose",
      restId: null,
      conversationId: null,
      subject: "",
      from: null,
      to: [
        { name: "Åsa", email: "asa.oberg@example.se" },
        { name: "X", email: "x@example.se" },
      ],
      cc: [],
    };
    const view = paneView(inputs(compose));
    expect(view.kind).toBe("compose");
    if (view.kind !== "compose") return;
    expect(view.recipients.map((r) => r.candidate.id)).toEqual(["c-asa-oberg"]);
    expect(view.strangers).toEqual([{ name: "X", email: "x@example.se" }]);
  });

  it("recognises a candidate invited to an interview, and offers to log it once it has ended", () => {
    const meeting: HostItem = {
      kind: "appointment-organizer",
      restId: "AAMkEvent",
      conversationId: null,
      subject: "Intervju",
      from: null,
      to: [],
      cc: [],
      start: "2026-11-10T08:00:00.000Z",
      end: "2026-11-10T08:45:00.000Z",
      attendees: [{ name: "Åsa Öberg", email: "asa.oberg@example.se" }],
    };
    const view = paneView(inputs(meeting));
    expect(view).toMatchObject({ kind: "meeting", ended: true });
    expect(view.kind === "meeting" && view.attendees[0]?.candidate.id).toBe("c-asa-oberg");
    expect(view.kind === "meeting" && view.attendees[0]?.interviewLogged).toBe(false);
    expect(paneView(inputs(meeting, { now: "2026-11-10T08:30:00.000Z" }))).toMatchObject({ ended: false });
  });

  it("knows an interview already logged for the candidate, by the event or by its subject", () => {
    const meeting: HostItem = {
      kind: "appointment-attendee",
      restId: "AAMkEvent",
      conversationId: null,
      subject: "Intervju Åsa",
      from: { name: "Maja Lind", email: me },
      to: [],
      cc: [],
      end: "2026-11-10T08:45:00.000Z",
      attendees: [{ name: "Åsa Öberg", email: "asa.oberg@example.se" }],
    };
    const held = (over: { eventId: string | null; summary: string }) => ({
      ...interviewHeld("2026-11-10T08:45:00.000Z"),
      ...over,
    });
    const loggedBy = (contact: ReturnType<typeof held>) => {
      const view = paneView(
        inputs(meeting, { processes: [process({ candidates: [{ ...asa, contacts: [contact] }] })] }),
      );
      return view.kind === "meeting" && view.attendees[0]?.interviewLogged;
    };
    expect(loggedBy(held({ eventId: "AAMkEvent", summary: "" }))).toBe(true);
    expect(loggedBy(held({ eventId: null, summary: "Intervju Åsa" }))).toBe(true);
    expect(loggedBy(held({ eventId: "other", summary: "Intervju Li" }))).toBe(false);
  });
});

describe("the pane's view as a memoised selector", () => {
  it("hands back the same view while nothing it is made of changed, so the card and forms keep their state", () => {
    const opened = inputs(mailFrom("Åsa", "asa.oberg@example.se"));
    const first = paneView(opened);
    expect(paneView({ ...opened })).toBe(first);
    const later = paneView({ ...opened, now: "2026-11-11T09:00:00.000Z" });
    expect(later).not.toBe(first);
    expect(later.kind === "candidate" && later.view.clock).toMatchObject({ phase: "warning", daysLeft: 2 });
  });

  it("shows the new stage as soon as the processes change", () => {
    const item = mailFrom("Åsa", "asa.oberg@example.se");
    const before = paneView(inputs(item));
    const moved = process({ candidates: [{ ...asa, stageId: "interview" }] });
    const after = paneView(inputs(item, { processes: [moved] }));
    expect(before.kind === "candidate" && before.view.candidate.stageId).toBe("screening");
    expect(after.kind === "candidate" && after.view.candidate.stageId).toBe("interview");
  });
});

describe("a candidate picked in the overview", () => {
  it("gets the same card as the candidate of a mail: stage, clock, log and follow-ups", () => {
    const fromMail = paneView(inputs(mailFrom("Åsa", "asa.oberg@example.se")));
    const focused = focusedCandidateView([nordbank], settings, NOW, nordbank.id, asa.id);
    expect(fromMail.kind === "candidate" && fromMail.view).toEqual(focused);
  });

  it("is the same object asked again, so the forms below the card keep what is typed", () => {
    const processes = [nordbank];
    const once = focusedCandidateView(processes, settings, NOW, nordbank.id, asa.id);
    expect(focusedCandidateView(processes, settings, NOW, nordbank.id, asa.id)).toBe(once);
  });

  it("is gone when the candidate is no longer in the process", () => {
    expect(focusedCandidateView([nordbank], settings, NOW, nordbank.id, "c-nobody")).toBeNull();
    expect(focusedCandidateView([], settings, NOW, nordbank.id, asa.id)).toBeNull();
  });
});
