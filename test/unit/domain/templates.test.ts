import fc from "fast-check";
import {
  DEFAULT_TEMPLATES,
  allTemplates,
  checkTemplateText,
  copyTemplate,
  createTemplate,
  defaultTemplate,
  deleteTemplate,
  editTemplate,
  firstName,
  placeholdersIn,
  rejectionReasonText,
  renderForCandidate,
  renderTemplate,
  templateValues,
  type Candidate,
  type Process,
  type Template,
  type TemplateDraft,
} from "../../../src/domain";
import { applied, candidate, interviewHeld, process } from "./fixtures";

const p = process({
  milestones: [
    { id: "m-int", title: "Intervjuer", date: "2026-12-01" },
    { id: "m-deadline", title: "Sista ansökningsdag", date: "2026-11-20" },
  ],
});

describe("first names", () => {
  it.each([
    ["Åsa Öberg-Ñúñez", "Åsa"],
    ["Jönsson-Ńwachukwu", "Jönsson-Ńwachukwu"],
    ["Madonna", "Madonna"],
    ["  Anna-Karin   Svensson ", "Anna-Karin"],
    ["🌸 Li Wei", "Li"],
    ["🌸", "🌸"],
  ])("addresses %s as %s", (name, first) => {
    expect(firstName(name)).toBe(first);
  });
});

describe("the default templates", () => {
  it("has every kind in Swedish and English", () => {
    expect(DEFAULT_TEMPLATES).toHaveLength(46);
    expect(defaultTemplate("status-update", "en").subject).toContain("{{process.title}}");
    for (const t of DEFAULT_TEMPLATES) expect(checkTemplateText(t.subject + t.body, "body")).toEqual([]);
  });

  it("greets Åsa by her first name and lists the timeline in date order", () => {
    const r = renderForCandidate(defaultTemplate("status-update", "sv"), candidate(), p);
    if (!r.ok) throw new Error(r.error.message.en);
    expect(r.value.subject).toBe("Så går det i rekryteringen – Backend-utvecklare");
    expect(r.value.text).toMatch(/^Hej Åsa,/);
    expect(r.value.text).toContain("– 20 november 2026: Sista ansökningsdag\n– 1 december 2026: Intervjuer");
    expect(r.value.html).toContain(
      "<ul><li>20 november 2026: Sista ansökningsdag</li><li>1 december 2026: Intervjuer</li></ul>",
    );
    expect(r.value.html).toContain("Nästa steg: Intervjuer vecka 49");
    expect(r.value.html).toContain("Vänliga hälsningar<br>Maja Lind");
  });

  it("acknowledges an application even for a process with no milestones yet", () => {
    const bare = process({ milestones: [], nextStep: "", surveyUrl: null });
    const r = renderForCandidate(defaultTemplate("application-received", "en"), candidate(), bare);
    expect(r.ok && r.value.text).toMatch(/You will hear from us by \w+day \d{1,2} \w+\./);
    expect(r.ok && r.value.text).not.toContain("ten days");
    expect(renderForCandidate(defaultTemplate("status-update", "en"), candidate(), bare)).toMatchObject({
      ok: false,
      error: { field: "process.timeline" },
    });
  });

  it("names what was missing in a rejection before interview", () => {
    const c = candidate({
      stageId: "rejected",
      rejection: { reason: "missing-requirement", detail: "minst tre års erfarenhet av Kotlin" },
    });
    const r = renderForCandidate(defaultTemplate("rejection-missing-requirement", "sv"), c, p);
    expect(r.ok && r.value.text).toContain(
      "Ett krav för tjänsten är minst tre års erfarenhet av Kotlin, och det kunde vi tyvärr inte se i din ansökan.",
    );
  });

  it("words 'applied too late' and 'others went further' itself when the recruiter adds nothing", () => {
    expect(rejectionReasonText({ reason: "applied-too-late", detail: "" }, "en")).toBe(
      "it arrived after the closing date",
    );
    expect(rejectionReasonText({ reason: "others-went-further", detail: "" }, "sv")).toBe(
      "kandidater vars erfarenhet bättre stämmer överens med det vi söker",
    );
    expect(rejectionReasonText({ reason: "others-went-further", detail: "fler år med Go" }, "sv")).toBe(
      "fler år med Go",
    );
  });

  it("refuses a rejection mail without a reason", () => {
    const r = renderForCandidate(defaultTemplate("rejection-others-went-further", "en"), candidate(), p);
    expect(r).toMatchObject({
      ok: false,
      error: { code: "rejection-reason-missing", field: "rejection.reason" },
    });
  });

  it("refuses a decision mail for a candidate who reached interview — even after being rejected", () => {
    const c = candidate({
      stageId: "rejected",
      rejection: { reason: "others-went-further", detail: "" },
      contacts: [applied("2026-11-03T09:12:00.000Z"), interviewHeld("2026-11-12T13:00:00.000Z")],
    });
    for (const kind of ["rejection-others-went-further", "next-step-offer"] as const) {
      const r = renderForCandidate(defaultTemplate(kind, "sv"), c, p);
      expect(r).toMatchObject({ ok: false, error: { code: "decision-by-phone" } });
      expect(!r.ok && r.error.message.en).toContain("by phone");
    }
    expect(renderForCandidate(defaultTemplate("call-script", "sv"), c, p).ok).toBe(true);
    const custom: Template = {
      ...defaultTemplate("rejection-others-went-further", "sv"),
      id: "t-own",
      kind: "custom",
      builtIn: false,
    };
    expect(renderForCandidate(custom, c, p)).toMatchObject({
      ok: false,
      error: { code: "decision-by-phone" },
    });
  });

  it("refuses to render when a value is missing, naming the field", () => {
    const r = renderForCandidate(
      defaultTemplate("survey-invitation", "en"),
      candidate(),
      process({ surveyUrl: null }),
    );
    expect(r).toMatchObject({ ok: false, error: { code: "missing-value", field: "process.surveyUrl" } });
    const blank = renderTemplate(
      { subject: "Hej", body: "{{process.nextStep}}" },
      { "process.nextStep": "   " },
    );
    expect(blank).toMatchObject({ ok: false, error: { field: "process.nextStep" } });
    const emptyList = renderTemplate(
      { subject: "x", body: "{{process.timeline}}" },
      { "process.timeline": [" "] },
    );
    expect(emptyList).toMatchObject({ ok: false, error: { field: "process.timeline" } });
  });

  it("escapes everything a candidate or recruiter typed", () => {
    const c = candidate({ name: `<img src=x onerror="alert(1)"> & Co` });
    const r = renderForCandidate(
      defaultTemplate("application-received", "en"),
      c,
      process({ title: "Dev <b>ops</b>" }),
    );
    if (!r.ok) throw new Error(r.error.message.en);
    expect(r.value.html).not.toContain("<img");
    expect(r.value.html).toContain("&lt;img");
    expect(r.value.html).toContain("Dev &lt;b&gt;ops&lt;/b&gt;");
    expect(r.value.text).toContain("Dev <b>ops</b>"); // plain text stays as typed
  });

  it("never expands a placeholder typed into a value", () => {
    const r = renderTemplate(
      { subject: "s", body: "Hej {{candidate.firstName}}" },
      {
        "candidate.firstName": "{{recruiter.email}}",
        "recruiter.email": "secret@x.se",
      },
    );
    expect(r.ok && r.value.text).toBe("Hej {{recruiter.email}}");
  });

  it("renders a list placeholder inside a sentence as lines, in HTML too", () => {
    const r = renderTemplate(
      { subject: "s", body: "Datum: {{process.timeline}}" },
      { "process.timeline": ["a", "b<"] },
    );
    expect(r.ok && r.value.html).toBe("<p>Datum: a<br>b&lt;</p>");
    expect(r.ok && r.value.text).toBe("Datum: – a\n– b<");
  });
});

describe("placeholders", () => {
  it("refuses an unknown placeholder and a broken one", () => {
    expect(checkTemplateText("Hej {{candidate.fistName}}", "body")).toMatchObject([
      { code: "unknown-placeholder", field: "body", cause: "candidate.fistName" },
    ]);
    expect(checkTemplateText("Hej {{candidate.firstName", "body")).toMatchObject([
      { code: "malformed-placeholder" },
    ]);
    expect(placeholdersIn("{{ candidate.firstName }} {{x}}")).toEqual(["candidate.firstName", "x"]);
  });
});

describe("the recruiter's own templates", () => {
  const draft: TemplateDraft = {
    name: "Kort tack",
    kind: "custom",
    language: "sv",
    subject: "Tack, {{candidate.firstName}}",
    body: "Tack för samtalet!\n\n{{recruiter.name}}",
  };

  it("creates, edits, copies and deletes them", () => {
    const created = createTemplate([], "t-kort", draft);
    if (!created.ok) throw new Error(created.error.message.en);
    expect(created.value).toEqual([{ id: "t-kort", builtIn: false, ...draft }]);
    const edited = editTemplate(created.value, "t-kort", { ...draft, name: "Kort tack!" });
    expect(edited.ok && edited.value[0]?.name).toBe("Kort tack!");
    const copied = copyTemplate(
      created.value,
      "default-status-update-sv",
      "t-status",
      "Min lägesuppdatering",
    );
    expect(copied.ok && copied.value[1]).toMatchObject({
      id: "t-status",
      kind: "status-update",
      builtIn: false,
    });
    const deleted = deleteTemplate(created.value, "t-kort");
    expect(deleted.ok && deleted.value).toEqual([]);
    expect(allTemplates(created.value)).toHaveLength(47);
  });

  it("validates them the same way as the defaults", () => {
    const bad = createTemplate([], "t-bad", { ...draft, name: " ", body: "Hej {{kandidat.namn}}" });
    expect(bad).toMatchObject({ ok: false, error: { code: "invalid-template" } });
    const codes = !bad.ok ? (bad.error.cause as { code: string }[]).map((e) => e.code) : [];
    expect(codes).toEqual(["required", "unknown-placeholder"]);
    const rejection = createTemplate([], "t-rej", {
      ...draft,
      kind: "rejection-applied-too-late",
      body: "Nej tack.",
    });
    expect(!rejection.ok && rejection.error.message.en).toContain("{{rejection.reason}}");
    const kind = createTemplate([], "t-k", { ...draft, kind: "spam" as never, language: "de" as never });
    expect(!kind.ok && (kind.error.cause as { code: string }[]).map((e) => e.code)).toEqual([
      "invalid-template-kind",
      "invalid-language",
    ]);
  });

  it("keeps the defaults read-only and refuses what does not exist", () => {
    const lib: readonly Template[] = [];
    expect(editTemplate(lib, "default-status-update-sv", draft)).toMatchObject({
      error: { code: "built-in-template" },
    });
    expect(deleteTemplate(lib, "default-status-update-sv")).toMatchObject({
      error: { code: "built-in-template" },
    });
    expect(editTemplate(lib, "nope", draft)).toMatchObject({ error: { code: "template-not-found" } });
    expect(deleteTemplate(lib, "nope")).toMatchObject({ error: { code: "template-not-found" } });
    expect(copyTemplate(lib, "nope", "x", "x")).toMatchObject({ error: { code: "template-not-found" } });
    expect(createTemplate(lib, "default-status-update-sv", draft)).toMatchObject({
      error: { code: "template-exists" },
    });
    const once = createTemplate(lib, "t-1", draft);
    expect(once.ok && editTemplate(once.value, "t-1", { ...draft, body: "{{oops}}" })).toMatchObject({
      error: { code: "invalid-template" },
    });
  });
});

describe("templates, for any candidate (properties)", () => {
  // Names and texts a recruiter might meet — any script, emoji — plus hostile ones.
  const text = fc.oneof(
    fc.string({ minLength: 1, maxLength: 30 }),
    fc.string({ unit: "grapheme", minLength: 1, maxLength: 12 }),
    fc.constantFrom(
      "Åsa Öberg-Ñúñez",
      "Jönsson-Ńwachukwu",
      "Madonna",
      "🌸 Li Wei",
      "<script>alert(1)</script>",
      "a < b & c > d \"'",
    ),
  );
  const nonBlank = text.filter((t) => t.trim() !== "");
  const reason = fc.constantFrom(
    "missing-requirement",
    "applied-too-late",
    "others-went-further",
    "other",
  ) as fc.Arbitrary<"missing-requirement" | "applied-too-late" | "others-went-further" | "other">;
  const arbProcess: fc.Arbitrary<Process> = fc
    .record({
      title: nonBlank,
      // The organisation is optional: a template must read right without it.
      organisation: fc.oneof(nonBlank, fc.constant("")),
      nextStep: nonBlank,
      milestone: nonBlank,
      owner: nonBlank,
    })
    .map((x) =>
      process({
        title: x.title,
        organisation: x.organisation,
        nextStep: x.nextStep,
        owner: { name: x.owner, email: "maja.lind@svara-demo.se" },
        milestones: [{ id: "m-1", title: x.milestone, date: "2026-12-01" }],
      }),
    );
  const arbCandidate: fc.Arbitrary<Candidate> = fc
    .record({
      name: nonBlank,
      stageId: fc.constantFrom(
        "applied",
        "screening",
        "interview",
        "final",
        "offer",
        "rejected",
        "withdrawn",
      ),
      reason,
      detail: nonBlank,
      interviewed: fc.boolean(),
    })
    .map(({ name, stageId, reason, detail, interviewed }) =>
      candidate({
        name,
        stageId,
        rejection: stageId === "rejected" ? { reason, detail } : null,
        contacts: [
          applied("2026-11-03T09:12:00.000Z"),
          ...(interviewed ? [interviewHeld("2026-11-10T10:00:00.000Z")] : []),
        ],
      }),
    );
  const interviewedStages = ["interview", "final", "offer"];

  it("renders every default template for any valid candidate, in both languages — or refuses for the stated reason", () => {
    fc.assert(
      fc.property(arbCandidate, arbProcess, (c, proc) => {
        const afterInterview =
          interviewedStages.includes(c.stageId) || c.contacts.some((k) => k.kind === "interview");
        for (const t of DEFAULT_TEMPLATES) {
          const r = renderForCandidate(t, c, proc);
          // A no in any form — a rejection, "the position is filled", "the recruitment is cancelled" —
          // and "you go further" are decisions: after an interview they are a call.
          const decision =
            t.kind.startsWith("rejection-") ||
            ["next-step-offer", "position-filled", "recruitment-cancelled"].includes(t.kind);
          if (decision && afterInterview) {
            expect(r).toMatchObject({ ok: false, error: { code: "decision-by-phone" } });
          } else if (t.kind.startsWith("rejection-") && c.rejection === null) {
            expect(r).toMatchObject({ ok: false, error: { code: "rejection-reason-missing" } });
          } else {
            if (!r.ok) throw new Error(`${t.id}: ${r.error.message.en}`);
            // Values are never expanded again, so "{{" can only come from input that had it.
            if (!JSON.stringify([c, proc]).includes("{{")) expect(r.value.text).not.toContain("{{");
            expect(r.value.subject).not.toContain("\n");
            expect(r.value.html.length).toBeGreaterThan(0);
          }
        }
      }),
      { numRuns: 100 },
    );
  });

  it("never lets a '<' from input reach the HTML", () => {
    fc.assert(
      fc.property(arbCandidate, arbProcess, reason, nonBlank, (c, proc, why, detail) => {
        const values = templateValues({ ...c, rejection: { reason: why, detail } }, proc, "en");
        for (const t of DEFAULT_TEMPLATES) {
          const r = renderTemplate(t, values);
          if (!r.ok) throw new Error(`${t.id}: ${r.error.message.en}`);
          // Strip the tags we write ourselves; any '<' or '>' left came from input.
          const rest = r.value.html.replace(/<\/?(p|ul|li|br)>/g, "");
          expect(rest).not.toMatch(/[<>]/);
        }
      }),
      { numRuns: 100 },
    );
  });
});
