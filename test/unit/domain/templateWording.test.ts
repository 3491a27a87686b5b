// The built-in templates as a candidate reads them (../shared/reviews/swedish-text.md): every one
// renders in both languages with or without an organisation, the acknowledgement promises the
// clock's real date instead of "ten days", and the English greets with a capital after "Hi X,".
import {
  DEFAULT_TEMPLATES,
  TEMPLATE_KINDS,
  defaultTemplate,
  placeholdersIn,
  renderForCandidate,
  PLACEHOLDERS,
  type Candidate,
  type Template,
} from "../../../src/domain";
import { applied, candidate, process } from "./fixtures";

const withOrg = process({
  organisation: "Nordbank",
  surveyUrl: "https://forms.office.com/r/abc",
  milestones: [{ id: "m-int", title: "Intervjuer", date: "2026-12-01" }],
});
const withoutOrg = { ...withOrg, organisation: "" };
const rejected: Candidate = candidate({
  stageId: "rejected",
  rejection: { reason: "missing-requirement", detail: "körkort B" },
});
const forTemplate = (t: Template): Candidate => (t.kind.startsWith("rejection-") ? rejected : candidate());

describe("the built-in templates a recruiter sends", () => {
  it("has every kind but 'custom' in Swedish and in English", () => {
    for (const kind of TEMPLATE_KINDS.filter((k) => k !== "custom")) {
      expect(defaultTemplate(kind, "sv").language).toBe("sv");
      expect(defaultTemplate(kind, "en").language).toBe("en");
    }
  });

  it.each(DEFAULT_TEMPLATES.map((t) => [t.id, t] as const))(
    "renders %s for a candidate with and without an organisation, no placeholder missing",
    (_, t) => {
      for (const proc of [withOrg, withoutOrg]) {
        const r = renderForCandidate(t, forTemplate(t), proc, undefined, "2026-12-11T09:12:00.000Z");
        if (!r.ok) throw new Error(`${t.id}: ${r.error.message.en}`);
        expect(r.value.text).not.toMatch(/\{\{|\}\}/);
        expect(r.value.text).not.toMatch(/ (hos|at) (,|\.|\s)/);
        expect(r.value.text).not.toContain("  ");
      }
    },
  );

  it("uses only placeholders that exist, and never the bare organisation that a process may lack", () => {
    for (const t of DEFAULT_TEMPLATES) {
      for (const name of placeholdersIn(t.subject + t.body)) {
        expect(PLACEHOLDERS).toContain(name);
        expect(name).not.toBe("process.organisation");
      }
    }
  });

  it("never promises ten days, whatever the answer window", () => {
    for (const t of DEFAULT_TEMPLATES) {
      expect(t.body).not.toMatch(/tio dagar|ten days|10 dagar|10 days/i);
    }
  });

  it("promises the answer clock's own date in the acknowledgement", () => {
    const due = "2026-12-11T09:12:00.000Z";
    const sv = renderForCandidate(
      defaultTemplate("application-received", "sv"),
      candidate(),
      withOrg,
      undefined,
      due,
    );
    const en = renderForCandidate(
      defaultTemplate("application-received", "en"),
      candidate(),
      withOrg,
      undefined,
      due,
    );
    expect(sv.ok && sv.value.text).toContain("Du hör av oss senast fredag 11 december.");
    expect(en.ok && en.value.text).toContain("You will hear from us by Friday 11 December.");
  });

  it("without the clock's date, promises no later than the window after her latest message", () => {
    const c = candidate({ contacts: [applied("2026-11-03T09:12:00.000Z")] });
    const short = { ...withOrg, answerWindowDays: 3 };
    const r = renderForCandidate(defaultTemplate("application-received", "sv"), c, short);
    expect(r.ok && r.value.text).toContain("senast fredag 6 november");
  });

  it("reads 'hos Nordbank' with an organisation and only the title without one", () => {
    const a = renderForCandidate(defaultTemplate("application-received", "sv"), candidate(), withOrg);
    const b = renderForCandidate(defaultTemplate("application-received", "sv"), candidate(), withoutOrg);
    expect(a.ok && a.value.text).toContain(`tjänsten som ${withOrg.title} hos Nordbank.`);
    expect(b.ok && b.value.text).toContain(`tjänsten som ${withOrg.title}.`);
  });

  it("starts the English text with a capital after 'Hi Åsa,' and the Swedish with a small letter", () => {
    for (const t of DEFAULT_TEMPLATES.filter((x) => x.kind !== "call-script")) {
      const second = t.body.split(/\n\s*\n/)[1] ?? "";
      if (t.language === "en") expect(second).toMatch(/^[A-Z]/);
      else expect(second).toMatch(/^[a-zåäö]/);
    }
  });

  it("puts the title after a dash in the subject, as a recruiter writes it", () => {
    for (const t of DEFAULT_TEMPLATES.filter((x) => !["call-script", "consent-renewal"].includes(x.kind))) {
      expect(t.subject).toMatch(/ – \{\{process\.title\}\}$/);
    }
  });

  it("joins no reason to a sentence with a colon", () => {
    for (const t of DEFAULT_TEMPLATES) expect(t.body).not.toMatch(/: \{\{rejection\.reason\}\}/);
  });
});
