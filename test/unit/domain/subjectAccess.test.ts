import { plan } from "../../../src/domain";
import { exportFileStem, subjectAccessExport, subjectAccessHtml } from "../../../src/domain/subjectAccess";
import { subjectAccessFiles } from "../../../src/domain/subjectAccessFiles";
import { applied, candidate, contact, mailOut, process, settings } from "./fixtures";

// Inés asks what the agency holds about her: Svara answers with everything, readable, and nothing
// of anyone else.
const ines = candidate({
  id: "c-ines",
  name: "Inés Ñúñez-Åkerlund",
  emails: ["ines@example.es"],
  phone: "+34 600 123 456",
  linkedInUrl: "https://www.linkedin.com/in/ines",
  stageId: "rejected",
  rejection: { reason: "missing-requirement", detail: "Erfarenhet av <Kotlin> saknas." },
  leftAt: "2026-11-20T10:00:00.000Z",
  retentionUntil: "2028-11-20",
  stageHistory: [
    { stageId: "applied", at: "2026-11-03T09:12:00.000Z" },
    { stageId: "rejected", at: "2026-11-20T10:00:00.000Z" },
  ],
  contacts: [
    mailOut("2026-11-20T10:00:00.000Z"),
    applied("2026-11-03T09:12:00.000Z"),
    contact({
      at: "2026-11-10T08:00:00.000Z",
      kind: "note",
      direction: "out",
      channel: "other",
      summary: "Stark på SQL",
    }),
  ],
});
const other = candidate({ id: "c-erik", name: "Erik Svensson", emails: ["erik@example.se"] });
const nordbank = process({ candidates: [ines, other] });
const now = "2026-11-29T12:00:00.000Z";

function exportOf(
  notes: Parameters<typeof subjectAccessExport>[0]["notes"] = { kind: "page", text: "Ring <b>fredag</b>" },
) {
  return subjectAccessExport(
    {
      process: nordbank,
      candidate: ines,
      reminders: plan(ines, nordbank, settings, now),
      mails: [
        { subject: "Re: Ansökan", at: "2026-11-20T10:00:00.000Z", direction: "out" },
        { subject: "Ansökan: Backend-utvecklare", at: "2026-11-03T09:12:00.000Z", direction: "in" },
      ],
      notes,
      exportedAt: now,
    },
    "sv",
  );
}

describe("a subject-access export of one candidate", () => {
  it("holds her details, the process, every stage she entered, the log and the mails in time order", () => {
    const x = exportOf();
    expect(x.person).toEqual({
      name: "Inés Ñúñez-Åkerlund",
      emails: ["ines@example.es"],
      phone: "+34 600 123 456",
      linkedInUrl: "https://www.linkedin.com/in/ines",
      language: null,
    });
    expect(x.process).toMatchObject({
      title: "Backend-utvecklare",
      organisation: "Nordbank",
      recruiter: "Maja Lind",
      keptUntil: "2028-11-20",
    });
    expect(x.stages.map((s) => s.enteredAt)).toEqual([
      "2026-11-03T09:12:00.000Z",
      "2026-11-20T10:00:00.000Z",
    ]);
    expect(x.log.map((c) => c.at)).toEqual([
      "2026-11-03T09:12:00.000Z",
      "2026-11-10T08:00:00.000Z",
      "2026-11-20T10:00:00.000Z",
    ]);
    expect(x.mails.map((m) => m.subject)).toEqual(["Ansökan: Backend-utvecklare", "Re: Ansökan"]);
    expect(x.notes).toEqual({ kind: "page", text: "Ring <b>fredag</b>" });
  });

  it("names no other candidate, and survives a JSON round trip unchanged", () => {
    const x = exportOf();
    const json = JSON.stringify(x);
    expect(json).not.toMatch(/Erik|erik@/);
    expect(JSON.parse(json)).toEqual(x);
  });

  it("reads as a standalone HTML page with every value escaped and no script", () => {
    const html = subjectAccessHtml(exportOf(), "sv");
    expect(html).toMatch(/^<!doctype html><html lang="sv">/);
    expect(html).toContain("Inés Ñúñez-Åkerlund");
    expect(html).toContain("Erfarenhet av &lt;Kotlin&gt; saknas.");
    expect(html).toContain("Ring &lt;b&gt;fredag&lt;/b&gt;");
    expect(html).not.toMatch(/<script|<b>|src=|href=/i);
    expect(subjectAccessHtml(exportOf(), "en")).toContain("Your data held by Nordbank");
  });

  it("says so when the notes page could not be read, rather than pretending there are none", () => {
    const html = subjectAccessHtml(exportOf({ kind: "unreadable", reason: "OneNote svarar inte" }), "sv");
    expect(html).toContain("Anteckningssidan gick inte att läsa nu: OneNote svarar inte");
  });

  it("names its files in plain ASCII, whatever her name", () => {
    expect(exportFileStem("Inés Ñúñez-Åkerlund", now)).toBe("svara-export-ines-nunez-akerlund-2026-11-29");
    expect(exportFileStem("李伟", now)).toBe("svara-export-kandidat-2026-11-29");
  });
});

describe("the export's two files", () => {
  it("are an HTML page and its JSON, named alike, file-safe even for a name like Åsa Öberg-Ñúñez", () => {
    const x = subjectAccessExport(
      {
        process: nordbank,
        candidate: { ...ines, name: "Åsa Öberg-Ñúñez" },
        reminders: [],
        mails: [],
        notes: { kind: "none" },
        exportedAt: now,
      },
      "en",
    );
    const [html, json] = subjectAccessFiles(x, "en");
    expect(html!.name).toBe("svara-export-asa-oberg-nunez-2026-11-29.html");
    expect(html!.type).toMatch(/^text\/html/);
    expect(html!.content).toContain("<h1>Your data held by");
    expect(json!.name).toBe("svara-export-asa-oberg-nunez-2026-11-29.json");
    expect(json!.type).toBe("application/json");
    expect(JSON.parse(json!.content)).toEqual(x);
  });
});
