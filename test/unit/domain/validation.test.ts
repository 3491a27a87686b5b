import {
  DEFAULT_SETTINGS,
  decisionChannel,
  defaultStageName,
  defaultStages,
  hasLeft,
  newProcess,
  reachedInterview,
  validateCandidate,
  validateEmail,
  validateLinkedInUrl,
  validatePhone,
  validateProcess,
  validateRejection,
  validateSettings,
  validateUrl,
} from "../../../src/domain";
import { candidate, interviewHeld, process } from "./fixtures";

describe("validating what the recruiter types", () => {
  it("accepts and normalises an email address, and explains one that is not", () => {
    expect(validateEmail("  Asa.Oberg@Example.SE ")).toEqual({ ok: true, value: "asa.oberg@example.se" });
    for (const bad of [
      "asa",
      "asa@",
      "asa@example",
      "a b@example.se",
      "asa@@example.se",
      "asa..o@example.se",
      "<a>@x.se",
    ]) {
      const r = validateEmail(bad);
      expect(r).toMatchObject({ ok: false, error: { code: "invalid-email", field: "email" } });
      expect(!r.ok && r.error.message.sv).toContain("ingen e-postadress");
    }
  });

  it("turns a Swedish phone number into one that can be dialled from anywhere", () => {
    expect(validatePhone("070-123 45 67")).toEqual({ ok: true, value: "+46701234567" });
    expect(validatePhone("+46 (0)8 123 456")).toEqual({ ok: true, value: "+468123456" });
    expect(validatePhone("+46 070 123 45 67").ok).toBe(false); // the trunk 0 kept after +46 does not connect
    expect(validatePhone("+46 8 123 456 78")).toEqual({ ok: true, value: "+46812345678" });
    expect(validatePhone("0044 20 7946 0958")).toEqual({ ok: true, value: "+442079460958" });
    for (const bad of ["", "ring mig", "12345", "+0 123 456 789", "070-12"]) {
      expect(validatePhone(bad)).toMatchObject({
        ok: false,
        error: { code: "invalid-phone", field: "phone" },
      });
    }
  });

  it("checks web and LinkedIn addresses", () => {
    expect(validateUrl("https://forms.office.com/r/abc").ok).toBe(true);
    expect(validateUrl("javascript:alert(1)").ok).toBe(false);
    expect(validateUrl("not a url").ok).toBe(false);
    expect(validateLinkedInUrl("https://www.linkedin.com/in/asa-oberg").ok).toBe(true);
    expect(validateLinkedInUrl("https://example.com/in/asa")).toMatchObject({
      error: { code: "invalid-linkedin-url" },
    });
    expect(validateLinkedInUrl("nope")).toMatchObject({
      error: { code: "invalid-url", field: "linkedInUrl" },
    });
  });

  it.each([
    ["https://www.linkedin.com/in/asa-oberg", "https://www.linkedin.com/in/asa-oberg"],
    ["www.linkedin.com/in/asa-oberg", "https://www.linkedin.com/in/asa-oberg"],
    ["linkedin.com/in/asa-oberg/", "https://www.linkedin.com/in/asa-oberg"],
    ["https://se.linkedin.com/in/asa-oberg", "https://www.linkedin.com/in/asa-oberg"],
    ["http://linkedin.com/in/asa-oberg?trk=public_profile", "https://www.linkedin.com/in/asa-oberg"],
    ["  LinkedIn.com/in/%C3%A5sa-%C3%B6berg  ", "https://www.linkedin.com/in/%C3%A5sa-%C3%B6berg"],
  ])("accepts the LinkedIn profile %s, stored as %s", (typed, stored) => {
    expect(validateLinkedInUrl(typed)).toEqual({ ok: true, value: stored });
  });

  it.each([
    ["https://www.linkedin.com/company/nordbank", /företagssida/, /company page/],
    ["linkedin.com/company/solkraft-ab/", /företagssida/, /company page/],
    ["www.linkedin.com/school/kth", /företagssida/, /company page/],
    ["https://www.linkedin.com/jobs/view/123", /ingen LinkedIn-profil/, /not a LinkedIn profile/],
    ["https://www.linkedin.com/in/", /ingen LinkedIn-profil/, /not a LinkedIn profile/],
    ["https://linkedin.com.evil.example/in/asa", /ingen LinkedIn-profil/, /not a LinkedIn profile/],
    ["ftp://www.linkedin.com/in/asa", /ingen LinkedIn-profil/, /not a LinkedIn profile/],
  ])("refuses %s, saying why", (typed, sv, en) => {
    const r = validateLinkedInUrl(typed);
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.error.message.sv).toMatch(sv);
      expect(r.error.message.en).toMatch(en);
      expect(r.error.field).toBe("linkedInUrl");
    }
  });

  it("wants a reason for every rejection, and words for 'missing' and 'other'", () => {
    expect(validateRejection(null)).toMatchObject({ error: { code: "rejection-reason-missing" } });
    expect(validateRejection({ reason: "because" })).toMatchObject({
      error: { code: "rejection-reason-missing" },
    });
    expect(validateRejection({ reason: "missing-requirement", detail: " " })).toMatchObject({
      error: { code: "rejection-detail-missing", field: "rejection.detail" },
    });
    expect(validateRejection({ reason: "other" })).toMatchObject({
      error: { code: "rejection-detail-missing" },
    });
    expect(validateRejection({ reason: "applied-too-late" })).toEqual({
      ok: true,
      value: { reason: "applied-too-late", detail: "" },
    });
  });

  it("lists every problem with a candidate at once", () => {
    const p = process();
    expect(validateCandidate(candidate(), p)).toEqual([]);
    const bad = candidate({
      id: "Åsa!",
      name: " ",
      emails: ["nope"],
      phone: "x",
      linkedInUrl: "https://example.com",
      stageId: "rejected",
    });
    expect(validateCandidate(bad, p).map((e) => e.code)).toEqual([
      "invalid-id",
      "required",
      "invalid-email",
      "invalid-phone",
      "invalid-linkedin-url",
      "rejection-reason-missing",
    ]);
    expect(validateCandidate(candidate({ emails: [], stageId: "gone" }), p).map((e) => e.code)).toEqual([
      "email-missing",
      "unknown-stage",
    ]);
  });

  it("checks a process: window, warning day, survey link and exactly one stage of each kind", () => {
    expect(validateProcess(process())).toEqual([]);
    const stages = defaultStages("en");
    const bad = process({
      id: "",
      title: "",
      owner: { name: "", email: "x" },
      answerWindowDays: 0,
      warningDay: 3,
      surveyUrl: "nope",
      stages: [...stages.slice(1), { ...stages[1]!, name: " " }],
    });
    expect(validateProcess(bad).map((e) => e.code)).toEqual([
      "invalid-id",
      "required",
      "required",
      "invalid-email",
      "invalid-answer-window",
      "invalid-warning-day",
      "invalid-url",
      "duplicate-stage",
      "required",
      "stage-kind-count",
      "stage-kind-count",
    ]);
    // The stage is named as the recruiter knows it, not by its code name.
    const kindMessages = validateProcess(bad).filter((e) => e.code === "stage-kind-count");
    expect(kindMessages.map((e) => e.message.sv)).toEqual([
      "Processen måste ha exakt ett steg för ”Ansökt”.",
      "Processen måste ha exakt ett steg för ”Urval”.",
    ]);
    expect(kindMessages[0]?.message.en).toBe('The process must have exactly one stage for "Applied".');
  });

  it("checks the settings", () => {
    expect(validateSettings(DEFAULT_SETTINGS)).toEqual([]);
    const bad = {
      ...DEFAULT_SETTINGS,
      timeZone: "Nowhere/City",
      retentionMonths: 0,
      callReminderMinutes: 1.5,
    };
    expect(validateSettings(bad).map((e) => e.field)).toEqual([
      "timeZone",
      "retentionMonths",
      "callReminderMinutes",
    ]);
    expect(
      validateSettings({ ...DEFAULT_SETTINGS, dayCounting: "lunar" as never }).map((e) => e.field),
    ).toEqual(["dayCounting"]);
    const quiet = validateSettings({ ...DEFAULT_SETTINGS, quietDaysBeforeStatusUpdate: 0 })[0];
    expect(quiet?.message.sv).toBe(
      "Ange dagar utan nyheter innan en statusuppdatering som ett heltal, minst 1 dag.",
    );
    expect(quiet?.message.en).not.toContain("quietDaysBeforeStatusUpdate");
    expect(quiet?.message.sv).not.toContain("quietDaysBeforeStatusUpdate");
  });
});

describe("defaults and stages", () => {
  it("starts a process with the ten-day promise, a day-seven warning and the usual stages", () => {
    const p = newProcess(
      { id: "p-x", title: "Dev", organisation: "Nordbank", owner: { name: "Maja", email: "maja@x.se" } },
      "2026-11-25T10:00:00.000Z",
    );
    expect(p).toMatchObject({
      answerWindowDays: 10,
      warningDay: 7,
      language: "sv",
      updatedAt: "2026-11-25T10:00:00.000Z",
    });
    expect(p.stages.map((s) => s.name)).toEqual([
      "Ansökt",
      "Urval",
      "Intervju",
      "Slutintervju",
      "Erbjudande",
      "Anställd",
      "Inte aktuell",
      "Drog sig ur",
    ]);
    expect(defaultStageName("final-interview", "en")).toBe("Final interview");
    expect(validateProcess(p)).toEqual([]);
    expect(newProcess({ ...p, language: "en" }, p.updatedAt).stages[0]?.name).toBe("Applied");
  });

  it("goes by what a stage is, not what it is called or where it sits", () => {
    const renamed = process({
      stages: [...defaultStages("sv")]
        .reverse()
        .map((s) => (s.kind === "interview" ? { ...s, name: "Träff" } : s)),
    });
    expect(reachedInterview(candidate({ stageId: "interview" }), renamed)).toBe(true);
    expect(reachedInterview(candidate({ stageId: "screening" }), renamed)).toBe(false);
    expect(decisionChannel(candidate({ stageId: "offer" }), renamed)).toBe("phone");
    expect(decisionChannel(candidate({ stageId: "screening" }), renamed)).toBe("email");
    expect(
      reachedInterview(
        candidate({ stageId: "rejected", contacts: [interviewHeld("2026-11-05T10:00:00Z")] }),
        renamed,
      ),
    ).toBe(true);
    expect(hasLeft(candidate({ stageId: "hired" }), renamed)).toBe(true);
    expect(hasLeft(candidate({ stageId: "offer" }), renamed)).toBe(false);
    expect(hasLeft(candidate({ stageId: "unknown" }), renamed)).toBe(false);
  });
});
