import fc from "fast-check";
import { parseProcessDocument, processToJson, serialiseProcess, type Process } from "../../../src/domain";
import { applied, candidate, contact, process } from "./fixtures";

// The example of docs/decisions/0002, as OneDrive would hand it to us.
const example = {
  schema: "svara.process/1",
  id: "p-nordbank-backend",
  title: "Backend-utvecklare",
  organisation: "Nordbank",
  owner: { name: "Maja Lind", email: "maja.lind@svara-demo.se" },
  language: "sv",
  answerWindowDays: 10,
  warningDay: 7,
  surveyUrl: "https://forms.office.com/r/abc",
  nextStep: "Intervjuer vecka 49",
  stages: [
    { id: "applied", name: "Ansökt", kind: "applied" },
    { id: "screening", name: "Urval", kind: "screening" },
    { id: "interview", name: "Intervju", kind: "interview" },
    { id: "final", name: "Slutintervju", kind: "final-interview" },
    { id: "offer", name: "Erbjudande", kind: "offer" },
    { id: "hired", name: "Anställd", kind: "hired" },
    { id: "rejected", name: "Avslutad", kind: "rejected" },
    { id: "withdrawn", name: "Återtagen", kind: "withdrawn" },
  ],
  milestones: [{ id: "m-deadline", title: "Sista ansökningsdag", date: "2026-11-20" }],
  candidates: [
    {
      id: "c-asa-oberg",
      name: "Åsa Öberg",
      emails: ["asa.oberg@example.se"],
      phone: "+46 70 123 45 67",
      linkedInUrl: null,
      stageId: "screening",
      rejection: null,
      consent: null,
      leftAt: null,
      retentionUntil: null,
      createdAt: "2026-11-03T09:12:00.000Z",
      updatedAt: "2026-11-03T09:12:00.000Z",
      contacts: [
        {
          id: "k-1",
          at: "2026-11-03T09:12:00.000Z",
          direction: "in",
          channel: "email",
          kind: "application",
          summary: "Ansökan via mail",
          messageId: "AAMk123",
          eventId: null,
        },
      ],
    },
  ],
  updatedAt: "2026-11-24T15:00:00.000Z",
};

const clone = <T>(x: T): T => JSON.parse(JSON.stringify(x)) as T;

describe("the process document (decision 0002)", () => {
  it("reads the documented example without a single warning and writes it back byte for byte", () => {
    const r = parseProcessDocument(clone(example));
    if (!r.ok) throw new Error(r.error.message.en);
    expect(r.value.warnings).toEqual([]);
    expect(r.value.process.candidates[0]?.contacts[0]?.messageId).toBe("AAMk123");
    expect(serialiseProcess(r.value.process)).toEqual(example);
    expect(processToJson(r.value.process)).toBe(`${JSON.stringify(example, null, 2)}\n`);
  });

  it("refuses what is not a process document, or one of a schema it does not know", () => {
    expect(parseProcessDocument("hello")).toMatchObject({
      ok: false,
      error: { code: "invalid-process-document" },
    });
    expect(parseProcessDocument([])).toMatchObject({ ok: false });
    const r = parseProcessDocument({ ...example, schema: "svara.process/2" });
    expect(r).toMatchObject({ ok: false, error: { code: "unsupported-process-schema", field: "schema" } });
    expect(!r.ok && r.error.message.sv).toContain("svara.process/2");
  });

  it("refuses a document it cannot read faithfully, listing every problem", () => {
    const doc = clone(example) as Record<string, unknown> & typeof example;
    doc.id = "Bad Id";
    delete (doc as Partial<typeof example>).owner;
    (doc.candidates[0] as Record<string, unknown>).createdAt = "yesterday";
    (doc.candidates[0]!.contacts[0] as Record<string, unknown>).direction = "sideways";
    (doc.candidates[0] as Record<string, unknown>).rejection = { reason: "other" };
    (doc.stages as unknown[]).push({ id: "x", kind: "nonsense" });
    (doc.candidates as unknown[]).push(42);
    (doc.candidates[0]!.contacts as unknown[]).push("not a contact");
    const r = parseProcessDocument(doc);
    if (r.ok) throw new Error("expected a refusal");
    const fields = (r.error.cause as { field: string }[]).map((e) => e.field);
    expect(fields).toEqual(
      expect.arrayContaining([
        "process.id",
        "owner",
        "owner.name",
        "candidates.0.createdAt",
        "candidates.0.contacts.0.direction",
        "candidates.0.contacts.1",
        "candidates.0.rejection",
        "stages.8",
        "candidates.1",
      ]),
    );
    expect(r.error.message.en).toMatch(/^The process file cannot be read: /);
  });

  it("repairs what it safely can, and says so", () => {
    const doc = clone(example) as unknown as Record<string, unknown>;
    Object.assign(doc, {
      language: "de",
      answerWindowDays: "ten",
      warningDay: 12,
      surveyUrl: "not a url",
      stages: undefined,
      milestones: [{ id: "m", title: "t", date: "2026-02-30" }],
      nextStep: 7,
    });
    const c = (doc.candidates as Record<string, unknown>[])[0]!;
    Object.assign(c, {
      emails: ["  ASA@Example.se", 5, "no-at-sign"],
      phone: "call me",
      stageId: "gone",
      consent: { talentPool: "yes" },
      retentionUntil: "soon",
      leftAt: "whenever",
      linkedInUrl: 3,
    });
    const k = (c.contacts as Record<string, unknown>[])[0]!;
    Object.assign(k, { channel: "pigeon", kind: "gossip" });
    const r = parseProcessDocument(doc);
    if (!r.ok) throw new Error(r.error.message.en);
    const { process: p, warnings } = r.value;
    expect(p).toMatchObject({
      language: "sv",
      answerWindowDays: 10,
      warningDay: 7,
      surveyUrl: null,
      nextStep: "",
      milestones: [],
    });
    expect(p.stages).toHaveLength(8);
    expect(p.candidates[0]).toMatchObject({
      emails: ["asa@example.se", "no-at-sign"],
      phone: "call me",
      consent: null,
      retentionUntil: null,
      leftAt: null,
      linkedInUrl: null,
    });
    expect(p.candidates[0]?.contacts[0]).toMatchObject({ channel: "other", kind: "note" });
    expect(warnings.map((w) => w.field)).toEqual(
      expect.arrayContaining([
        "language",
        "answerWindowDays",
        "warningDay",
        "surveyUrl",
        "stages",
        "milestones.0",
        "process.nextStep",
        "candidates.0.emails.1",
        "candidates.0.emails.2",
        "candidates.0.phone",
        "candidates.0.stageId",
        "candidates.0.consent",
        "candidates.0.retentionUntil",
        "candidates.0.leftAt",
        "candidates.0.linkedInUrl",
        "candidates.0.contacts.0.channel",
        "candidates.0.contacts.0.kind",
      ]),
    );
    expect(warnings.every((w) => w.code === "repaired-document-field")).toBe(true);
  });

  it("warns about a candidate with no email and a list that is not a list", () => {
    const doc = clone(example);
    (doc.candidates[0] as Record<string, unknown>).emails = "asa@example.se";
    const r = parseProcessDocument(doc);
    expect(r.ok && r.value.warnings.map((w) => w.field)).toEqual([
      "candidates.0.emails",
      "candidates.0.emails",
    ]);
  });

  it("reports fields it does not know, since saving would drop them", () => {
    const doc = clone(example) as unknown as Record<string, unknown>;
    doc.colour = "blue";
    const c = (doc.candidates as Record<string, unknown>[])[0]!;
    c.nickname = "Åsan";
    (c.contacts as Record<string, unknown>[])[0]!.mood = "glad";
    const r = parseProcessDocument(doc);
    expect(r.ok && r.value.warnings.map((w) => w.field)).toEqual([
      "colour",
      "candidates.0.nickname",
      "candidates.0.contacts.0.mood",
    ]);
    expect(r.ok && serialiseProcess(r.value.process)).not.toHaveProperty("colour");
  });

  it("reads a process whose stages the rules cannot use, and says what to fix", () => {
    const doc = clone(example);
    doc.stages = doc.stages.filter((s) => s.kind !== "withdrawn");
    const r = parseProcessDocument(doc);
    expect(r.ok && r.value.warnings).toMatchObject([{ code: "stage-kind-count", field: "stages" }]);
  });

  it("survives a round trip for any process it wrote itself", () => {
    const arb = fc
      .record({
        title: fc.string(),
        name: fc.string(),
        summary: fc.string(),
        window: fc.integer({ min: 1, max: 30 }),
        talentPool: fc.boolean(),
        withRejection: fc.boolean(),
      })
      .map((x): Process =>
        process({
          title: x.title,
          answerWindowDays: x.window,
          warningDay: x.window - 1,
          candidates: [
            candidate({
              name: x.name,
              stageId: x.withRejection ? "rejected" : "screening",
              rejection: x.withRejection ? { reason: "others-went-further", detail: x.summary.trim() } : null,
              consent: x.talentPool
                ? {
                    talentPool: true,
                    givenAt: "2026-11-03T09:12:00.000Z",
                    expiresAt: "2027-11-03T09:12:00.000Z",
                  }
                : null,
              retentionUntil: x.withRejection ? "2028-11-03" : null,
              contacts: [
                applied("2026-11-03T09:12:00.000Z"),
                contact({ at: "2026-11-04T09:00:00.000Z", summary: x.summary }),
              ],
            }),
          ],
        }),
      );
    fc.assert(
      fc.property(arb, (p) => {
        const r = parseProcessDocument(JSON.parse(processToJson(p)));
        if (!r.ok) throw new Error(r.error.message.en);
        expect(r.value.process).toEqual(p);
      }),
      { numRuns: 100 },
    );
  });
});
