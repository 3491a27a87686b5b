import fc from "fast-check";
import {
  DEFAULT_SETTINGS,
  closeProcess,
  createProcess,
  editProcess,
  moveCandidate,
  openProcesses,
  parseProcessDocument,
  processFieldsOf,
  processToJson,
  receiveCandidate,
  validateProcessFields,
  withoutCandidate,
  type ProcessFields,
} from "../../../../src/domain";
import { candidate, process } from "../fixtures";

const at = "2026-11-25T09:00:00.000Z";
const fields: ProcessFields = {
  title: "Säljare",
  organisation: "Solkraft AB",
  owner: { name: "Maja Lind", email: "Maja.Lind@svara-demo.se" },
  language: "sv",
  answerWindowDays: 14,
  nextStep: "Intervjuer vecka 50",
  milestones: [{ id: "m-1", title: "Sista ansökningsdag", date: "2026-12-10" }],
  surveyUrl: "https://forms.office.com/r/solkraft",
};

const fieldsOf = (errors: readonly { field?: string }[]) => errors.map((e) => e.field);

describe("the process form's rules", () => {
  it("accepts a complete process", () => {
    expect(validateProcessFields(fields)).toEqual([]);
  });

  it("names the field of every problem at once", () => {
    const bad = {
      ...fields,
      title: " ",
      owner: { name: "", email: "maja" },
      answerWindowDays: 0,
      milestones: [{ id: "m-1", title: "", date: "snart" }],
      surveyUrl: "http://forms.office.com/r/x",
    };
    expect(fieldsOf(validateProcessFields(bad))).toEqual([
      "title",
      "owner.name",
      "owner.email",
      "answerWindowDays",
      "milestones.0.title",
      "milestones.0.date",
      "surveyUrl",
    ]);
  });

  it("takes answer windows from 1 to 90 whole days only", () => {
    fc.assert(
      fc.property(fc.double({ min: -10, max: 200, noNaN: true }), (days) => {
        const ok = Number.isInteger(days) && days >= 1 && days <= 90;
        expect(
          fieldsOf(validateProcessFields({ ...fields, answerWindowDays: days })).includes("answerWindowDays"),
        ).toBe(!ok);
      }),
    );
  });

  it("refuses a survey link that is not https, saying so in both languages", () => {
    const [error] = validateProcessFields({ ...fields, surveyUrl: "forms.office.com/r/x" });
    expect(error?.message.sv).toContain("https://");
    expect(error?.message.en).toContain("https://");
  });

  it("treats an empty survey link as none", () => {
    expect(validateProcessFields({ ...fields, surveyUrl: "  " })).toEqual([]);
  });
});

describe("a process in the recruiter's hands", () => {
  it("is created with the default stages in its candidates' language, once", () => {
    const made = createProcess([], "p-solkraft", { ...fields, language: "en" }, at);
    expect(made.ok).toBe(true);
    if (!made.ok) return;
    const [p] = made.value;
    expect(p).toMatchObject({ id: "p-solkraft", title: "Säljare", answerWindowDays: 14, warningDay: 7 });
    expect(p!.owner.email).toBe("maja.lind@svara-demo.se");
    expect(p!.stages.find((s) => s.kind === "applied")?.name).toBe("Applied");
    expect(createProcess(made.value, "p-solkraft", fields, at)).toEqual({ ok: true, value: made.value });
  });

  it("keeps the warning before the answer is due when the window is short", () => {
    const made = createProcess([], "p-short", { ...fields, answerWindowDays: 3 }, at);
    expect(made.ok && made.value[0]!.warningDay).toBe(2);
  });

  it("is edited field by field, and an edit that changes nothing is the same process", () => {
    const p = process();
    const same = editProcess(p, processFieldsOf(p));
    expect(same.ok && same.value).toBe(p);
    const edited = editProcess(p, { ...processFieldsOf(p), nextStep: "Beslut vecka 51" });
    expect(edited.ok && edited.value.nextStep).toBe("Beslut vecka 51");
  });

  it("refuses an edit the form would refuse", () => {
    const edited = editProcess(process(), { ...processFieldsOf(process()), answerWindowDays: 91 });
    expect(!edited.ok && edited.error.field).toBe("answerWindowDays");
  });

  it("is closed and reopened, its candidates kept, and leaves the open list while closed", () => {
    const p = process({ candidates: [candidate()] });
    const closed = closeProcess(p, true, at);
    expect(closed.closedAt).toBe(at);
    expect(closed.candidates).toEqual(p.candidates);
    expect(closeProcess(closed, true, "2026-12-01T00:00:00.000Z")).toBe(closed);
    expect(openProcesses([closed, process({ id: "p-other" })]).map((x) => x.id)).toEqual(["p-other"]);
    const reopened = closeProcess(closed, false, at);
    expect(reopened.closedAt).toBeUndefined();
  });

  it("keeps closedAt through the document, and an open process's document unchanged", () => {
    const closed = closeProcess(process(), true, at);
    const parsed = parseProcessDocument(JSON.parse(processToJson(closed)));
    expect(parsed.ok && parsed.value.process.closedAt).toBe(at);
    expect(processToJson(process())).not.toContain("closedAt");
  });
});

describe("moving a candidate to another process", () => {
  const asa = candidate({ stageId: "interview" });
  const nordbank = process({ candidates: [asa] });
  const solkraft = process({ id: "p-solkraft", title: "Säljare", organisation: "Solkraft AB" });
  const ref = { processId: nordbank.id, candidateId: asa.id };

  it("lands in the stage of the same kind, with the log kept, and leaves the source", () => {
    const moved = moveCandidate([nordbank, solkraft], ref, "p-solkraft", DEFAULT_SETTINGS, at);
    expect(moved.ok).toBe(true);
    if (!moved.ok) return;
    const [source, target] = moved.value;
    expect(source!.candidates).toEqual([]);
    expect(target!.candidates[0]).toMatchObject({ id: asa.id, stageId: "interview", contacts: asa.contacts });
  });

  it("changes nothing when the move is already done", () => {
    const moved = moveCandidate([nordbank, solkraft], ref, "p-solkraft", DEFAULT_SETTINGS, at);
    if (!moved.ok) throw new Error("not moved");
    expect(moveCandidate(moved.value, ref, "p-solkraft", DEFAULT_SETTINGS, at)).toEqual(moved);
  });

  it("each half is idempotent: received twice is received once, let go twice is let go once", () => {
    const once = receiveCandidate(solkraft, asa, nordbank, DEFAULT_SETTINGS, at);
    if (!once.ok) throw new Error("not received");
    expect(receiveCandidate(once.value, asa, nordbank, DEFAULT_SETTINGS, at)).toEqual(once);
    const gone = withoutCandidate(nordbank, asa.id);
    expect(withoutCandidate(gone, asa.id)).toBe(gone);
  });

  it("refuses a closed process, the same process, and someone already there", () => {
    const closed = { ...solkraft, closedAt: at };
    const toClosed = moveCandidate([nordbank, closed], ref, "p-solkraft", DEFAULT_SETTINGS, at);
    expect(!toClosed.ok && toClosed.error.code).toBe("process-closed");
    const same = moveCandidate([nordbank], ref, nordbank.id, DEFAULT_SETTINGS, at);
    expect(!same.ok && same.error.code).toBe("same-process");
    const twin = { ...solkraft, candidates: [candidate({ id: "c-asa-2" })] };
    const dup = moveCandidate([nordbank, twin], ref, "p-solkraft", DEFAULT_SETTINGS, at);
    expect(!dup.ok && dup.error.code).toBe("duplicate-candidate");
  });
});
