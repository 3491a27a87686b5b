import { ok, err } from "../../../src/domain/result";
import type { HostItem } from "../../../src/host/host";
import { hostErrors } from "../../../src/host/hostErrors";
import { APPLICANT_TEXT_LIMIT, applicantText } from "../../../src/state/applicantText";

const mail = (over: Partial<HostItem> = {}): HostItem => ({
  kind: "message-read",
  restId: "AAMk-1",
  conversationId: null,
  subject: "Application",
  from: { name: "Emily Carter", email: "emily.carter@example.com" },
  to: [],
  cc: [],
  ...over,
});

describe("what a new applicant wrote, for the add-candidate form's guesses", () => {
  it("asks Outlook for the mail's text, no more than the guesses need", async () => {
    const asked: number[] = [];
    const host = {
      itemBodyText: async (limit: number) => (asked.push(limit), ok("Hello Maja, I would like to apply.")),
    };
    expect(await applicantText(host, mail())).toBe("Hello Maja, I would like to apply.");
    expect(asked).toEqual([APPLICANT_TEXT_LIMIT]);
  });

  it("goes by the subject alone when the text cannot be read: no error for the recruiter", async () => {
    const host = {
      itemBodyText: async () => err(hostErrors.office("läsa mejlets text|read the mail's text", "item gone")),
    };
    expect(await applicantText(host, mail())).toBeUndefined();
    expect(await applicantText({ itemBodyText: async () => ok(null) }, mail())).toBeUndefined();
  });

  it("uses the preview a host already has (the workbench) without a round trip, capped too", async () => {
    const asked: number[] = [];
    const host = { itemBodyText: async (limit: number) => (asked.push(limit), ok("other")) };
    const long = "Hej! ".repeat(1000);
    expect(await applicantText(host, mail({ bodyPreview: long }))).toHaveLength(APPLICANT_TEXT_LIMIT);
    expect(asked).toEqual([]);
  });

  it("reads nothing for a mail being written or a meeting, or from a host that cannot", async () => {
    const asked: number[] = [];
    const host = { itemBodyText: async (limit: number) => (asked.push(limit), ok("x")) };
    expect(await applicantText(host, mail({ kind: "message-compose" }))).toBeUndefined();
    expect(await applicantText(host, mail({ kind: "appointment-attendee" }))).toBeUndefined();
    expect(await applicantText({}, mail())).toBeUndefined();
    expect(asked).toEqual([]);
  });
});
