// The mail a reminder opens: the candidate's newest one that Outlook can open.
import { latestMail, parseProcessDocument, processToJson } from "../../../src/domain";
import { candidate, contact, process } from "./fixtures";

const link = (id: string) => `https://outlook.office365.com/owa/?ItemID=${id}`;

describe("the mail a reminder leads back to", () => {
  it("is the newest mail with a web link, in or out, never a note", () => {
    const c = candidate({
      contacts: [
        contact({ at: "2026-11-03T09:00:00.000Z", channel: "email", kind: "message", webLink: link("a") }),
        contact({
          at: "2026-11-05T09:00:00.000Z",
          channel: "email",
          kind: "answer",
          direction: "out",
          webLink: link("b"),
        }),
        contact({ at: "2026-11-06T09:00:00.000Z", channel: "email", kind: "note", webLink: link("c") }),
        contact({ at: "2026-11-07T09:00:00.000Z", channel: "phone", kind: "answer" }),
      ],
    });
    expect(latestMail(c)?.webLink).toBe(link("b"));
  });

  it("is none when no logged mail has a web link (documents written before links were kept)", () => {
    expect(latestMail(candidate({ contacts: [contact({ at: "2026-11-03T09:00:00.000Z" })] }))).toBeNull();
  });

  it("survives the process document's round trip, and an unsafe link is not kept", () => {
    const c = candidate({
      contacts: [
        contact({ at: "2026-11-03T09:00:00.000Z", channel: "email", kind: "message", webLink: link("a") }),
        contact({
          at: "2026-11-04T09:00:00.000Z",
          channel: "email",
          kind: "message",
          webLink: "javascript:alert(1)",
        }),
      ],
    });
    const parsed = parseProcessDocument(JSON.parse(processToJson(process({ candidates: [c] }))));
    if (!parsed.ok) throw new Error(parsed.error.code);
    const back = parsed.value.process.candidates[0]!;
    expect(back.contacts[0]!.webLink).toBe(link("a"));
    expect(back.contacts[1]!.webLink).toBeUndefined();
    expect(latestMail(back)?.webLink).toBe(link("a"));
  });
});
