// Validation returns errors as values with words for the recruiter in Swedish and English, and the
// field they are about, so a form can put the message next to the input.

import { appError, err, ok, type AppError, type Result } from "./result";
import { STAGE_KINDS, type Candidate, type Process } from "./model";
import { validateRejection } from "./rejection";
import { isValidTimeZone } from "./timeZone";
import type { Settings } from "./model";
import { defaultStageName } from "./defaults";
import { plural, type PluralForms } from "./plural";

export const ID_PATTERN = /^[a-z0-9](?:[a-z0-9-]{0,62}[a-z0-9])?$/;

export function validateId(value: string, field: string): Result<string> {
  return ID_PATTERN.test(value)
    ? ok(value)
    : err(
        appError(
          "invalid-id",
          `”${value}” är inget giltigt id (a–z, 0–9 och bindestreck, högst 64 tecken).`,
          `"${value}" is not a valid id (a–z, 0–9 and hyphens, at most 64 characters).`,
          { field },
        ),
      );
}

// Deliberately practical, not RFC 5322: one @, a dot in the domain, no spaces. Quoted local
// parts and IP literals do not occur among candidates and confuse people more than they help.
const EMAIL_RE = /^[^\s@<>()[\]\\,;:"]+@[^\s@<>()[\]\\,;:"]+\.[^\s@<>()[\]\\,;:".]{2,}$/u;

/** A normalised (trimmed, lower-cased) email address, or an error saying it is not one. */
export function validateEmail(value: string, field = "email"): Result<string> {
  const email = value.trim().toLowerCase();
  if (EMAIL_RE.test(email) && !email.includes("..") && email.length <= 254) return ok(email);
  return err(
    appError("invalid-email", `”${value}” är ingen e-postadress.`, `"${value}" is not an email address.`, {
      field,
    }),
  );
}

/**
 * A number we can dial, in E.164 form (+46701234567). Swedish numbers written the Swedish way
 * (070-123 45 67) get +46; anything else must carry its country code.
 */
export function validatePhone(value: string, field = "phone"): Result<string> {
  const raw = value.trim();
  // "+46 (0)8 …" is a common way to show the trunk prefix; it is never dialled after the country code.
  const compact = raw.replace(/\(0\)/g, "").replace(/[\s\-().]/g, "");
  let e164: string | null = null;
  if (/^\+[1-9]\d{6,14}$/.test(compact)) e164 = compact;
  else if (/^00[1-9]\d{6,14}$/.test(compact)) e164 = `+${compact.slice(2)}`;
  else if (/^0[1-9]\d{5,11}$/.test(compact)) e164 = `+46${compact.slice(1)}`;
  // A Swedish number after +46 never starts with 0: "+46 070…" would not connect.
  if (e164 && e164.length <= 16 && !e164.startsWith("+460")) return ok(e164);
  return err(
    appError(
      "invalid-phone",
      `”${value}” går inte att ringa: skriv numret med riktnummer, t.ex. 070-123 45 67 eller +46 70 123 45 67.`,
      `"${value}" cannot be dialled: write it with its area or country code, e.g. +46 70 123 45 67.`,
      { field },
    ),
  );
}

export function validateUrl(value: string, field = "url"): Result<string> {
  let url: URL | null = null;
  try {
    url = new URL(value.trim());
  } catch {
    url = null;
  }
  if (url && (url.protocol === "https:" || url.protocol === "http:") && url.hostname.includes(".")) {
    return ok(url.toString());
  }
  return err(
    appError("invalid-url", `”${value}” är ingen webbadress.`, `"${value}" is not a web address.`, { field }),
  );
}

/**
 * A candidate's LinkedIn profile as https://www.linkedin.com/in/<name>, however it was pasted: with
 * or without a scheme, from a country host (se.linkedin.com), with tracking parameters. A company
 * page (/company/…) is refused by name: it is the employer's page, not the candidate.
 */
export function validateLinkedInUrl(value: string, field = "linkedInUrl"): Result<string> {
  const raw = value.trim();
  const withScheme = /^[a-z][a-z0-9+.-]*:\/\//i.test(raw) ? raw : `https://${raw}`;
  let url: URL | null = null;
  try {
    url = new URL(withScheme);
  } catch {
    url = null;
  }
  const host = url?.hostname.toLowerCase() ?? "";
  const onLinkedIn =
    url !== null &&
    (url.protocol === "https:" || url.protocol === "http:") &&
    (host === "linkedin.com" || host.endsWith(".linkedin.com"));
  const [section, name] = (url?.pathname ?? "").split("/").filter((p) => p !== "");
  if (onLinkedIn && section?.toLowerCase() === "in" && name) {
    return ok(`https://www.linkedin.com/in/${name}`);
  }
  if (onLinkedIn && (section?.toLowerCase() === "company" || section?.toLowerCase() === "school")) {
    return err(
      appError(
        "invalid-linkedin-url",
        `”${value}” är en företagssida på LinkedIn. Ange kandidatens egen profil, t.ex. linkedin.com/in/anna-svensson.`,
        `"${value}" is a company page on LinkedIn. Enter the candidate's own profile, e.g. linkedin.com/in/anna-svensson.`,
        { field },
      ),
    );
  }
  return err(
    appError(
      url === null || !host.includes(".") ? "invalid-url" : "invalid-linkedin-url",
      `”${value}” är ingen LinkedIn-profil. Ange adressen till kandidatens profil, t.ex. linkedin.com/in/anna-svensson.`,
      `"${value}" is not a LinkedIn profile. Enter the address of the candidate's profile, e.g. linkedin.com/in/anna-svensson.`,
      { field },
    ),
  );
}

function required(value: string, field: string, sv: string, en: string): AppError | null {
  return value.trim() === "" ? appError("required", `${sv} saknas.`, `${en} is missing.`, { field }) : null;
}

/** Every problem with a candidate at once, so a form can show them all. */
export function validateCandidate(candidate: Candidate, process: Process): readonly AppError[] {
  const errors: (AppError | null)[] = [];
  const id = validateId(candidate.id, "id");
  if (!id.ok) errors.push(id.error);
  errors.push(required(candidate.name, "name", "Namn", "Name"));
  if (candidate.emails.length === 0) {
    errors.push(
      appError("email-missing", "Ange minst en e-postadress.", "Give at least one email address.", {
        field: "emails",
      }),
    );
  }
  candidate.emails.forEach((e, i) => {
    const r = validateEmail(e, `emails.${i}`);
    if (!r.ok) errors.push(r.error);
  });
  if (candidate.phone !== null) {
    const r = validatePhone(candidate.phone);
    if (!r.ok) errors.push(r.error);
  }
  if (candidate.linkedInUrl !== null) {
    const r = validateLinkedInUrl(candidate.linkedInUrl);
    if (!r.ok) errors.push(r.error);
  }
  const stage = process.stages.find((s) => s.id === candidate.stageId);
  if (!stage) {
    errors.push(
      appError(
        "unknown-stage",
        `Steget ”${candidate.stageId}” finns inte i processen.`,
        `The stage "${candidate.stageId}" is not part of the process.`,
        { field: "stageId" },
      ),
    );
  } else if (stage.kind === "rejected") {
    const r = validateRejection(candidate.rejection);
    if (!r.ok) errors.push(r.error);
  }
  return errors.filter((e): e is AppError => e !== null);
}

export function validateProcess(process: Process): readonly AppError[] {
  const errors: (AppError | null)[] = [];
  const id = validateId(process.id, "id");
  if (!id.ok) errors.push(id.error);
  errors.push(required(process.title, "title", "Titel", "Title"));
  errors.push(required(process.owner.name, "owner.name", "Rekryterarens namn", "The recruiter's name"));
  const owner = validateEmail(process.owner.email, "owner.email");
  if (!owner.ok) errors.push(owner.error);
  if (
    !Number.isInteger(process.answerWindowDays) ||
    process.answerWindowDays < 1 ||
    process.answerWindowDays > 90
  ) {
    errors.push(
      appError(
        "invalid-answer-window",
        "Svarstiden ska vara mellan 1 och 90 dagar.",
        "The answer window must be between 1 and 90 days.",
        { field: "answerWindowDays" },
      ),
    );
  }
  if (
    !Number.isInteger(process.warningDay) ||
    process.warningDay < 0 ||
    process.warningDay >= process.answerWindowDays
  ) {
    errors.push(
      appError(
        "invalid-warning-day",
        "Varningsdagen ska komma före sista svarsdagen.",
        "The warning day must come before the answer is due.",
        { field: "warningDay" },
      ),
    );
  }
  if (process.surveyUrl !== null) {
    const r = validateUrl(process.surveyUrl, "surveyUrl");
    if (!r.ok) errors.push(r.error);
  }
  const ids = new Set<string>();
  for (const s of process.stages) {
    if (ids.has(s.id)) {
      errors.push(
        appError(
          "duplicate-stage",
          `Steget ”${s.id}” finns två gånger.`,
          `The stage "${s.id}" appears twice.`,
          {
            field: "stages",
          },
        ),
      );
    }
    ids.add(s.id);
    errors.push(required(s.name, `stages.${s.id}.name`, "Stegets namn", "The stage name"));
  }
  for (const kind of STAGE_KINDS) {
    const n = process.stages.filter((s) => s.kind === kind).length;
    if (n !== 1) {
      errors.push(
        appError(
          "stage-kind-count",
          `Processen måste ha exakt ett steg för ”${defaultStageName(kind, "sv")}”.`,
          `The process must have exactly one stage for "${defaultStageName(kind, "en")}".`,
          { field: "stages" },
        ),
      );
    }
  }
  return errors.filter((e): e is AppError => e !== null);
}

interface CountedSetting {
  readonly min: number;
  readonly sv: string;
  readonly en: string;
  readonly unit: { readonly sv: PluralForms; readonly en: PluralForms };
}
const DAYS = { sv: { one: "# dag", other: "# dagar" }, en: { one: "# day", other: "# days" } };

// The settings as the recruiter knows them from the settings screen, never by their code names.
const COUNTED_SETTINGS: Readonly<Partial<Record<keyof Settings, CountedSetting>>> = {
  quietDaysBeforeStatusUpdate: {
    min: 1,
    sv: "dagar utan nyheter innan en statusuppdatering",
    en: "the days without news before a status update",
    unit: DAYS,
  },
  retentionMonths: {
    min: 1,
    sv: "hur många månader en avslutad kandidat sparas",
    en: "how many months a closed candidate is kept",
    unit: { sv: { one: "# månad", other: "# månader" }, en: { one: "# month", other: "# months" } },
  },
  surveyWithinDays: {
    min: 1,
    sv: "inom hur många dagar enkäten skickas",
    en: "within how many days the survey is sent",
    unit: DAYS,
  },
  callReminderMinutes: {
    min: 0,
    sv: "påminnelsen före ett samtal",
    en: "the reminder before a call",
    unit: { sv: { one: "# minut", other: "# minuter" }, en: { one: "# minute", other: "# minutes" } },
  },
};

export function validateSettings(settings: Settings): readonly AppError[] {
  const errors: AppError[] = [];
  if (!isValidTimeZone(settings.timeZone)) {
    errors.push(
      appError(
        "invalid-time-zone",
        `Tidszonen ”${settings.timeZone}” finns inte.`,
        `The time zone "${settings.timeZone}" does not exist.`,
        { field: "timeZone" },
      ),
    );
  }
  if (settings.dayCounting !== "calendar" && settings.dayCounting !== "business") {
    errors.push(
      appError(
        "invalid-setting",
        "Räkna dagar som kalenderdagar eller arbetsdagar.",
        "Count days as calendar days or working days.",
        { field: "dayCounting" },
      ),
    );
  }
  for (const [field, setting] of Object.entries(COUNTED_SETTINGS) as [keyof Settings, CountedSetting][]) {
    const v = settings[field];
    if (typeof v !== "number" || !Number.isInteger(v) || v < setting.min) {
      errors.push(
        appError(
          "invalid-setting",
          `Ange ${setting.sv} som ett heltal, minst ${plural("sv", setting.min, setting.unit.sv)}.`,
          `Enter ${setting.en} as a whole number, at least ${plural("en", setting.min, setting.unit.en)}.`,
          { field },
        ),
      );
    }
  }
  return errors;
}
