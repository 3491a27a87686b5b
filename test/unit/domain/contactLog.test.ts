import { channelLabel, contactLog, logEntry, logEntryHtml, logEntryText } from "../../../src/domain";
import { candidate, contact, process } from "./fixtures";

const p = process();
const STHLM = "Europe/Stockholm";

describe("the communication log", () => {
  const c = candidate({
    contacts: [
      contact({
        id: "k-app",
        at: "2026-11-03T09:12:00.000Z",
        kind: "application",
        summary: "Ansökan via mail",
        messageId: "AAMk1",
      }),
      contact({
        id: "k-call",
        at: "2026-11-05T13:00:00.000Z",
        direction: "out",
        channel: "phone",
        kind: "answer",
        summary: "Ringde",
      }),
    ],
  });

  it("says what happened, when, how and by whom — newest first", () => {
    const log = contactLog(c, p);
    expect(log.map((e) => e.id)).toEqual(["k-call", "k-app"]);
    expect(log[0]).toMatchObject({
      by: "Maja Lind",
      what: { sv: "Svar", en: "Answer" },
      how: { sv: "Telefon", en: "Phone" },
    });
    expect(log[1]).toMatchObject({ by: "Åsa Öberg", direction: "in", messageId: "AAMk1", eventId: null });
    expect(channelLabel("linkedin").en).toBe("LinkedIn");
  });

  it("writes one line for the UI in the recruiter's time", () => {
    const [call, app] = contactLog(c, p);
    expect(logEntryText(call!, "sv", STHLM)).toBe("5 nov. 2026 14:00 → Svar (Telefon, Maja Lind): Ringde");
    expect(logEntryText(app!, "en", STHLM)).toBe(
      "3 Nov 2026, 10:12 ← Application (Email, Åsa Öberg): Ansökan via mail",
    );
    expect(logEntryText({ ...app!, summary: "  " }, "en", STHLM)).toBe(
      "3 Nov 2026, 10:12 ← Application (Email, Åsa Öberg)",
    );
  });

  it("writes a OneNote fragment carrying the entry id, with every typed value escaped", () => {
    const hostile = candidate({ name: 'Eve "<script>"' });
    const entry = logEntry(
      contact({ id: 'k-"x"', at: "2026-11-03T09:12:00.000Z", summary: "<b>hej</b> & hå\nrad två" }),
      hostile,
      p,
    );
    const html = logEntryHtml(entry, "sv", STHLM);
    expect(html).toMatch(/^<p data-id="k-&quot;x&quot;">/);
    expect(html).toContain("Eve &quot;&lt;script&gt;&quot;");
    expect(html).toContain("&lt;b&gt;hej&lt;/b&gt; &amp; hå<br>rad två");
    expect(html).toContain("(in)");
    expect(html.replace(/<\/?(p|b|br)( data-id="[^"]*")?>/g, "")).not.toMatch(/[<>]/);
    const out = logEntryHtml({ ...entry, direction: "out", summary: "" }, "en", STHLM);
    expect(out).toContain("(out)");
    expect(out.endsWith("</p>")).toBe(true);
    expect(logEntryHtml({ ...entry, direction: "out" }, "sv", STHLM)).toContain("(ut)");
  });
});
