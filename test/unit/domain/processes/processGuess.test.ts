import fc from "fast-check";
import { guessProcess, type Process } from "../../../../src/domain";
import { process } from "../fixtures";

const nordbank = process();
const solkraft = process({ id: "p-solkraft-salj", title: "Säljare", organisation: "Solkraft AB" });
const processes = [nordbank, solkraft];

describe("guessing a new applicant's process from their mail", () => {
  it("picks Säljare – Solkraft AB for an application to it, not the first process in the list", () => {
    const guess = guessProcess(processes, { subject: "Ansökan: Säljare – Solkraft AB" });
    expect(guess).toMatchObject({ processId: "p-solkraft-salj", from: "subject" });
  });

  it("understands the role in English and in its Swedish forms", () => {
    expect(guessProcess(processes, { subject: "Application: backend developer" })?.processId).toBe(
      "p-nordbank-backend",
    );
    expect(guessProcess(processes, { subject: "Sales role" })?.processId).toBe("p-solkraft-salj");
    expect(guessProcess(processes, { subject: "Ang. saljaren hos er" })?.processId).toBe("p-solkraft-salj");
  });

  it("reads the body when the subject says nothing, and says so", () => {
    const guess = guessProcess(processes, {
      subject: "Ansökan",
      body: "Hej! Jag söker tjänsten som backend-utvecklare hos Nordbank.",
    });
    expect(guess).toMatchObject({ processId: "p-nordbank-backend", from: "body" });
  });

  it("guesses nothing when nothing fits, so the recruiter chooses", () => {
    expect(guessProcess(processes, { subject: "Hej!" })).toBeNull();
    expect(guessProcess(processes, { subject: "Ansökan" })).toBeNull();
  });

  it("does not take one shared word of a longer title for a match", () => {
    expect(guessProcess(processes, { subject: "Ansökan: Frontend-utvecklare" })).toBeNull();
  });

  it("never guesses a closed process", () => {
    const closed = { ...solkraft, closedAt: "2026-11-20T10:00:00.000Z" };
    expect(guessProcess([nordbank, closed], { subject: "Ansökan: Säljare – Solkraft AB" })).toBeNull();
  });
});

const WORDS = ["säljare", "utvecklare", "backend", "ekonom", "Nordbank", "Solkraft", "lager", "chef", "AB"];
const title = fc.array(fc.constantFrom(...WORDS), { minLength: 1, maxLength: 3 }).map((w) => w.join(" "));
const arbProcess = (i: number) =>
  fc
    .record({ title, organisation: title, closed: fc.boolean() })
    .map(({ title: t, organisation, closed }): Process =>
      process({
        id: `p-${i}`,
        title: t,
        organisation,
        ...(closed ? { closedAt: "2026-11-01T00:00:00.000Z" } : {}),
      }),
    );
const arbProcesses = fc
  .integer({ min: 1, max: 5 })
  .chain((n) => fc.tuple(...Array.from({ length: n }, (_, i) => arbProcess(i))));
const subject = fc
  .array(fc.constantFrom(...WORDS, "Ansökan:", "–", "role"), { maxLength: 6 })
  .map((w) => w.join(" "));

describe("the guess, whatever the processes and the mail", () => {
  it("is never a closed process", () => {
    fc.assert(
      fc.property(arbProcesses, subject, (ps, s) => {
        const guess = guessProcess(ps, { subject: s });
        expect(guess === null || !ps.find((p) => p.id === guess.processId)?.closedAt).toBe(true);
      }),
    );
  });

  it("is neither of two processes that fit equally well", () => {
    fc.assert(
      fc.property(arbProcesses, subject, (ps, s) => {
        const twin = { ...ps[0]!, id: "p-twin", closedAt: undefined };
        const first = { ...ps[0]!, closedAt: undefined };
        const guess = guessProcess([first, ...ps.slice(1), twin], { subject: s });
        expect([first.id, twin.id]).not.toContain(guess?.processId);
      }),
    );
  });
});
