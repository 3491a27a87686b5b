import fc from "fast-check";
import {
  CONTACT_KINDS,
  indexedCandidateIds,
  parseProcessDocument,
  parseProcessV2,
  processToJson,
  splitProcess,
  type Candidate,
  type ContactEvent,
  type Process,
  type Result,
} from "../../../src/domain";
import { applied, candidate, contact, process } from "./fixtures";

function value<T>(r: Result<T>): T {
  if (!r.ok) throw new Error(`${r.error.code}: ${r.error.message.en}`);
  return r.value;
}

/** What OneDrive would hand back for the files of one split process. */
function readBack(split: ReturnType<typeof splitProcess>): Process {
  const index: unknown = JSON.parse(split.index);
  const files = new Map([...split.candidates].map(([id, text]) => [id, JSON.parse(text) as unknown]));
  return value(parseProcessV2(index, files)).process;
}

const instant = fc
  .integer({ min: 0, max: 60 * 24 * 60 })
  .map((m) => new Date(Date.parse("2026-10-01T00:00:00.000Z") + m * 60_000).toISOString());

const contactArb: fc.Arbitrary<ContactEvent> = fc
  .record({
    id: fc.stringMatching(/^[a-z0-9:-]{1,12}$/),
    at: instant,
    out: fc.boolean(),
    kind: fc.constantFrom(...CONTACT_KINDS),
    channel: fc.constantFrom("email", "phone", "meeting", "other"),
    summary: fc.string({ maxLength: 40 }),
    messageId: fc.option(fc.constantFrom("AAMk-1", "AAMk-2")),
    eventId: fc.option(fc.constant("AAMk-ev")),
    webLink: fc.option(fc.constant("https://outlook.office.com/mail/x"), { nil: undefined }),
  })
  .map(({ out, webLink, ...c }) => ({
    ...c,
    direction: out ? "out" : "in",
    ...(webLink ? { webLink } : {}),
  }));

const candidateArb = (i: number): fc.Arbitrary<Candidate> =>
  fc
    .record({
      name: fc.string({ maxLength: 20 }),
      phone: fc.option(fc.constant("+46701234567")),
      linkedInUrl: fc.option(fc.constant("https://www.linkedin.com/in/asa")),
      stageId: fc.constantFrom("applied", "screening", "interview", "offer"),
      contacts: fc.array(contactArb, { maxLength: 8 }),
      completedFollowUps: fc.array(fc.constantFrom("f-answer", "f-call", "f-status"), { maxLength: 3 }),
      language: fc.option(fc.constantFrom("sv" as const, "en" as const), { nil: undefined }),
      history: fc.array(fc.tuple(fc.constantFrom("applied", "screening", "interview"), instant), {
        maxLength: 4,
      }),
      createdAt: instant,
      oneNotePageId: fc.option(fc.constantFrom("1-abc!1-def", "0-f00"), { nil: undefined }),
    })
    .map((x) =>
      candidate({
        id: `c-${i}`,
        name: x.name,
        emails: [`c${i}@example.se`],
        phone: x.phone,
        linkedInUrl: x.linkedInUrl,
        stageId: x.stageId,
        createdAt: x.createdAt,
        updatedAt: x.createdAt,
        contacts: x.contacts,
        ...(x.completedFollowUps.length ? { completedFollowUps: [...new Set(x.completedFollowUps)] } : {}),
        ...(x.language ? { language: x.language } : {}),
        ...(x.history.length ? { stageHistory: x.history.map(([stageId, at]) => ({ stageId, at })) } : {}),
        ...(x.oneNotePageId ? { oneNotePageId: x.oneNotePageId } : {}),
      }),
    );

const v1ProcessArb: fc.Arbitrary<Process> = fc
  .integer({ min: 0, max: 6 })
  .chain((n) => fc.tuple(...Array.from({ length: n }, (_, i) => candidateArb(i))))
  .chain((candidates) =>
    fc
      .record({
        surveyUrl: fc.option(fc.constant("https://forms.office.com/r/abc")),
        closedAt: fc.option(instant, { nil: undefined }),
      })
      .map((x) =>
        process({
          candidates,
          surveyUrl: x.surveyUrl,
          ...(x.closedAt ? { closedAt: x.closedAt } : {}),
        }),
      ),
  );

describe("schema 2: a compact index and a file per candidate", () => {
  it("keeps the contact log and the card's details out of the index", () => {
    const asa = candidate({
      phone: "+46701234567",
      contacts: [
        applied("2026-11-03T09:12:00.000Z"),
        contact({ at: "2026-11-04T09:00:00.000Z", summary: "Hej" }),
      ],
    });
    const split = splitProcess(process({ candidates: [asa] }));
    expect(split.index).not.toMatch(/\s"|contacts|phone|Hej/);
    expect(indexedCandidateIds(JSON.parse(split.index))).toEqual(["c-asa-oberg"]);
    expect(split.candidates.get("c-asa-oberg")).toMatch(/"contacts":\[.*Hej/);
    expect(split.candidates.get("c-asa-oberg")).not.toMatch(/\n|"eventId":null/);
  });

  it("uploads a small fraction of version 1's bytes for a process of 1,000 candidates", () => {
    const many = process({
      candidates: Array.from({ length: 1000 }, (_, i) =>
        candidate({
          id: `c-${i}`,
          emails: [`kandidat.${i}@example.se`],
          contacts: Array.from({ length: 6 }, (_, k) =>
            contact({ id: `mail:${i}-${k}@example.se`, at: "2026-11-04T09:00:00.000Z", summary: "Ansökan" }),
          ),
        }),
      ),
    });
    const v1 = processToJson(many).length;
    const split = splitProcess(many);
    expect(split.index.length).toBeLessThan(v1 / 4);
    expect(split.index.length).toBeLessThan(400_000);
    expect(split.candidates.get("c-500")!.length).toBeLessThan(2_000);
  });

  it("migrates any version 1 document to version 2 with the same candidates, stages, logs and follow-ups", () => {
    fc.assert(
      fc.property(v1ProcessArb, (p) => {
        const v1 = value(parseProcessDocument(JSON.parse(processToJson(p)))).process;
        const v2 = readBack(splitProcess(v1));
        expect(v2).toEqual(v1);
        expect(v2.candidates.map((c) => c.contacts)).toEqual(v1.candidates.map((c) => c.contacts));
        // Read and written again: not a byte moves, so a device that re-reads writes nothing.
        expect(splitProcess(v2)).toEqual(splitProcess(v1));
      }),
      { numRuns: 200 },
    );
  });

  it("refuses, for a fresh read, an index listing a candidate whose file is missing", () => {
    const split = splitProcess(process({ candidates: [candidate()] }));
    const r = parseProcessV2(JSON.parse(split.index), new Map());
    expect(!r.ok && r.error).toMatchObject({ code: "process-candidate-file-missing", retryable: true });
    const other = parseProcessV2(
      JSON.parse(split.index),
      new Map([["c-asa-oberg", { schema: "svara.candidate/2", id: "c-li-wei", contacts: [] }]]),
    );
    expect(!other.ok && other.error.code).toBe("process-candidate-file-missing");
    expect(parseProcessV2({ schema: "svara.process/1" }, new Map()).ok).toBe(false);
  });
});
