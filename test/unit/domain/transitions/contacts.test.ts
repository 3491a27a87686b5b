import fc from "fast-check";
import { logContact, loggedAs, type ContactEvent } from "../../../../src/domain";
import { candidate } from "../fixtures";
import { contactArb } from "./arbitraries";

const asa = candidate();

const mail = (id: string, at: string, messageId: string | null): ContactEvent => ({
  id,
  at,
  direction: "out",
  channel: "email",
  kind: "answer",
  summary: "Besked",
  messageId,
  eventId: null,
});

describe("the candidate's log of calls, mails and meetings", () => {
  it("keeps one contact for a sent mail logged by the send handler and again from Sent Items without its header", () => {
    // The handler logged send:{uuid} at 09:59:30 without a Graph id; Exchange's Sent Items copy had
    // no X-Svara-Send header, so the delta derived mail:{Message-ID} two seconds later.
    const handler = mail("send:u-1", "2026-11-25T09:59:30.000Z", null);
    const sentItems = mail("mail:b-7@svara-demo.se", "2026-11-25T09:59:32.000Z", "AAMk-sent");
    const once = logContact(asa, handler);
    const both = logContact(once, sentItems);
    const besked = both.contacts.filter((c) => c.summary === "Besked");
    expect(besked).toEqual([expect.objectContaining({ id: "send:u-1", messageId: "AAMk-sent" })]);
    expect(loggedAs(both, sentItems)?.id).toBe("send:u-1");
    expect(logContact(both, sentItems)).toBe(both);
    // A different mail with the same subject, or an answer to it a day later, is a contact of its own.
    const later = mail("mail:b-8@svara-demo.se", "2026-11-26T09:59:32.000Z", "AAMk-2");
    expect(logContact(both, later).contacts.filter((c) => c.summary === "Besked")).toHaveLength(2);
  });

  it("does not take a call or a note for a mail, however alike they look", () => {
    const sent = logContact(asa, mail("send:u-1", "2026-11-25T09:59:30.000Z", null));
    const call = { ...mail("k-call", "2026-11-25T09:59:31.000Z", null), channel: "phone" as const };
    expect(logContact(sent, call).contacts).toHaveLength(3);
    const note = { ...mail("n-1", "2026-11-25T09:59:31.000Z", null), kind: "note" as const };
    expect(loggedAs(sent, note)).toBeUndefined();
  });

  it("changes nothing — the very same candidate — when the contact is logged already", () => {
    const call = { ...mail("k-call", "2026-11-25T10:00:00.000Z", null), channel: "phone" as const };
    const once = logContact(asa, call);
    expect(logContact(once, call)).toBe(once);
    expect(logContact(once, { ...call, messageId: "AAMk-x" })).toBe(once);
  });

  it("logging any contacts again gives what logging them once gave", () => {
    fc.assert(
      fc.property(fc.array(contactArb, { maxLength: 8 }), (contacts) => {
        const once = contacts.reduce(logContact, asa);
        const twice = contacts.reduce(logContact, once);
        expect(twice).toBe(once);
        expect(new Set(once.contacts.map((c) => c.id)).size).toBe(once.contacts.length);
      }),
    );
  });
});
