// The process document of docs/decisions/0002 (schema "svara.process/1"): parse whatever JSON
// came back from OneDrive into a Process, and serialise a Process back. Parsing repairs what can
// be repaired without changing meaning (reporting each repair as a warning) and refuses what
// cannot — a document we cannot read faithfully must not be written back and lose data.

import { isIsoDate } from "./calendarDays";
import { DEFAULT_ANSWER_WINDOW_DAYS, DEFAULT_WARNING_DAY, defaultStages } from "./defaults";
import {
  CONTACT_CHANNELS,
  CONTACT_KINDS,
  STAGE_KINDS,
  type Candidate,
  type Consent,
  type ContactEvent,
  type Milestone,
  type Process,
  type Rejection,
  type Stage,
} from "./model";
import { appError, err, ok, type AppError, type Language, type Result } from "./result";
import { ID_PATTERN, validateEmail, validatePhone, validateProcess, validateUrl } from "./validation";
import { validateRejection } from "./rejection";

export const PROCESS_SCHEMA = "svara.process/1";

export interface ParsedProcess {
  readonly process: Process;
  /** What was repaired or looks wrong, for the log and a banner; the process is still usable. */
  readonly warnings: readonly AppError[];
}

const PROCESS_KEYS = [
  "schema",
  "id",
  "title",
  "organisation",
  "owner",
  "language",
  "answerWindowDays",
  "warningDay",
  "surveyUrl",
  "nextStep",
  "stages",
  "milestones",
  "candidates",
  "updatedAt",
] as const;
const CANDIDATE_KEYS = [
  "id",
  "name",
  "emails",
  "phone",
  "linkedInUrl",
  "stageId",
  "rejection",
  "consent",
  "leftAt",
  "retentionUntil",
  "createdAt",
  "updatedAt",
  "contacts",
  "completedFollowUps",
] as const;
const CONTACT_KEYS = ["id", "at", "direction", "channel", "kind", "summary", "messageId", "eventId"] as const;

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => typeof v === "object" && v !== null && !Array.isArray(v);
const isInstant = (v: unknown): v is string =>
  typeof v === "string" && /^\d{4}-\d{2}-\d{2}T/.test(v) && !Number.isNaN(Date.parse(v));

class Reader {
  readonly errors: AppError[] = [];
  readonly warnings: AppError[] = [];

  fail(path: string, sv: string, en: string): void {
    this.errors.push(appError("invalid-document-field", `${path}: ${sv}`, `${path}: ${en}`, { field: path }));
  }

  warn(path: string, sv: string, en: string): void {
    this.warnings.push(
      appError("repaired-document-field", `${path}: ${sv}`, `${path}: ${en}`, { field: path }),
    );
  }

  id(o: Obj, key: string, path: string): string {
    const v = o[key];
    if (typeof v === "string" && ID_PATTERN.test(v)) return v;
    this.fail(`${path}.${key}`, "saknas eller är inget giltigt id", "missing or not a valid id");
    return "";
  }

  text(o: Obj, key: string, path: string, required: boolean): string {
    const v = o[key];
    if (typeof v === "string") return v;
    if (required) this.fail(`${path}.${key}`, "text saknas", "text missing");
    else if (v !== undefined && v !== null)
      this.warn(`${path}.${key}`, "ingen text, ignoreras", "not text, ignored");
    return "";
  }

  instant(o: Obj, key: string, path: string): string {
    const v = o[key];
    if (isInstant(v)) return new Date(Date.parse(v)).toISOString();
    this.fail(`${path}.${key}`, "tidpunkt saknas eller är ogiltig", "time missing or invalid");
    return "";
  }

  optionalInstant(o: Obj, key: string, path: string): string | null {
    const v = o[key];
    if (v === null || v === undefined) return null;
    if (isInstant(v)) return new Date(Date.parse(v)).toISOString();
    this.warn(`${path}.${key}`, "ogiltig tidpunkt, ignoreras", "invalid time, ignored");
    return null;
  }

  optionalText(o: Obj, key: string, path: string): string | null {
    const v = o[key];
    if (v === null || v === undefined) return null;
    if (typeof v === "string") return v;
    this.warn(`${path}.${key}`, "ingen text, ignoreras", "not text, ignored");
    return null;
  }

  /**
   * Fields this version does not know are dropped when the document is written back, so they
   * are reported: a newer writer under the same schema would otherwise lose data unnoticed.
   */
  unknownKeys(o: Obj, known: readonly string[], path: string): void {
    for (const key of Object.keys(o)) {
      if (!known.includes(key)) {
        this.warn(
          path === "" ? key : `${path}.${key}`,
          "okänt fält, tas bort vid sparande",
          "unknown field, dropped on save",
        );
      }
    }
  }

  array(o: Obj, key: string, path: string): unknown[] {
    const v = o[key];
    if (Array.isArray(v)) return v;
    if (v !== undefined && v !== null)
      this.warn(`${path}.${key}`, "ingen lista, ignoreras", "not a list, ignored");
    return [];
  }
}

function parseStages(r: Reader, o: Obj, language: Language): Stage[] {
  if (!Array.isArray(o.stages) || o.stages.length === 0) {
    r.warn("stages", "saknas, standardstegen används", "missing, the default stages are used");
    return [...defaultStages(language)];
  }
  const stages: Stage[] = [];
  o.stages.forEach((s, i) => {
    const path = `stages.${i}`;
    if (
      !isObj(s) ||
      typeof s.id !== "string" ||
      typeof s.name !== "string" ||
      !STAGE_KINDS.includes(s.kind as never)
    ) {
      r.fail(path, "ogiltigt steg", "invalid stage");
      return;
    }
    stages.push({ id: s.id, name: s.name, kind: s.kind as Stage["kind"] });
  });
  return stages;
}

function parseMilestones(r: Reader, o: Obj): Milestone[] {
  const out: Milestone[] = [];
  r.array(o, "milestones", "process").forEach((m, i) => {
    if (
      isObj(m) &&
      typeof m.id === "string" &&
      typeof m.title === "string" &&
      typeof m.date === "string" &&
      isIsoDate(m.date)
    ) {
      out.push({ id: m.id, title: m.title, date: m.date });
    } else {
      r.warn(`milestones.${i}`, "ogiltig milstolpe, ignoreras", "invalid milestone, ignored");
    }
  });
  return out;
}

function parseContact(r: Reader, c: unknown, path: string): ContactEvent | null {
  if (!isObj(c)) {
    r.fail(path, "ingen kontakthändelse", "not a contact event");
    return null;
  }
  if (c.direction !== "in" && c.direction !== "out") {
    r.fail(`${path}.direction`, "riktning måste vara in eller out", "direction must be in or out");
  }
  r.unknownKeys(c, CONTACT_KEYS, path);
  let channel = c.channel as ContactEvent["channel"];
  if (!CONTACT_CHANNELS.includes(channel)) {
    r.warn(`${path}.channel`, "okänd kanal, sparas som other", "unknown channel, kept as other");
    channel = "other";
  }
  let kind = c.kind as ContactEvent["kind"];
  if (!CONTACT_KINDS.includes(kind)) {
    r.warn(`${path}.kind`, "okänd typ, sparas som note", "unknown kind, kept as note");
    kind = "note";
  }
  return {
    id: r.text(c, "id", path, true),
    at: r.instant(c, "at", path),
    direction: c.direction === "out" ? "out" : "in",
    channel,
    kind,
    summary: r.text(c, "summary", path, false),
    messageId: r.optionalText(c, "messageId", path),
    eventId: r.optionalText(c, "eventId", path),
  };
}

function parseCandidate(r: Reader, c: unknown, path: string, stages: readonly Stage[]): Candidate | null {
  if (!isObj(c)) {
    r.fail(path, "ingen kandidat", "not a candidate");
    return null;
  }
  r.unknownKeys(c, CANDIDATE_KEYS, path);
  const emails: string[] = [];
  r.array(c, "emails", path).forEach((e, i) => {
    if (typeof e !== "string")
      return r.warn(`${path}.emails.${i}`, "ingen text, ignoreras", "not text, ignored");
    const v = validateEmail(e);
    if (!v.ok)
      r.warn(
        `${path}.emails.${i}`,
        `”${e}” ser inte ut som en e-postadress`,
        `"${e}" does not look like an email address`,
      );
    emails.push(v.ok ? v.value : e.trim().toLowerCase());
  });
  if (emails.length === 0) r.warn(`${path}.emails`, "ingen e-postadress", "no email address");
  const phone = r.optionalText(c, "phone", path);
  if (phone !== null && !validatePhone(phone).ok) {
    r.warn(`${path}.phone`, `”${phone}” går inte att ringa`, `"${phone}" cannot be dialled`);
  }
  const stageId = r.text(c, "stageId", path, true);
  if (stageId !== "" && !stages.some((s) => s.id === stageId)) {
    r.warn(`${path}.stageId`, `steget ”${stageId}” finns inte`, `the stage "${stageId}" does not exist`);
  }
  let rejection: Rejection | null = null;
  if (c.rejection !== null && c.rejection !== undefined) {
    const v = isObj(c.rejection) ? validateRejection(c.rejection) : null;
    if (v?.ok) rejection = v.value;
    else r.fail(`${path}.rejection`, "ogiltigt avslag", "invalid rejection");
  }
  let consent: Consent | null = null;
  if (
    isObj(c.consent) &&
    typeof c.consent.talentPool === "boolean" &&
    isInstant(c.consent.givenAt) &&
    isInstant(c.consent.expiresAt)
  ) {
    consent = {
      talentPool: c.consent.talentPool,
      givenAt: new Date(Date.parse(c.consent.givenAt)).toISOString(),
      expiresAt: new Date(Date.parse(c.consent.expiresAt)).toISOString(),
    };
  } else if (c.consent !== null && c.consent !== undefined) {
    r.warn(`${path}.consent`, "ogiltigt samtycke, ignoreras", "invalid consent, ignored");
  }
  const retention = c.retentionUntil;
  let retentionUntil: string | null = null;
  if (typeof retention === "string" && isIsoDate(retention.slice(0, 10)))
    retentionUntil = retention.slice(0, 10);
  else if (retention !== null && retention !== undefined) {
    r.warn(`${path}.retentionUntil`, "ogiltigt datum, ignoreras", "invalid date, ignored");
  }
  const contacts = r
    .array(c, "contacts", path)
    .map((k, i) => parseContact(r, k, `${path}.contacts.${i}`))
    .filter((k): k is ContactEvent => k !== null);
  const completedFollowUps = r
    .array(c, "completedFollowUps", path)
    .filter((id): id is string => typeof id === "string" && id !== "");
  return {
    id: r.id(c, "id", path),
    name: r.text(c, "name", path, true),
    emails,
    phone,
    linkedInUrl: r.optionalText(c, "linkedInUrl", path),
    stageId,
    rejection,
    consent,
    leftAt: r.optionalInstant(c, "leftAt", path),
    retentionUntil,
    createdAt: r.instant(c, "createdAt", path),
    updatedAt: r.instant(c, "updatedAt", path),
    contacts,
    ...(completedFollowUps.length > 0 ? { completedFollowUps } : {}),
  };
}

export function parseProcessDocument(json: unknown): Result<ParsedProcess> {
  if (!isObj(json)) {
    return err(
      appError(
        "invalid-process-document",
        "Processfilen är inte ett JSON-objekt.",
        "The process file is not a JSON object.",
        {
          field: "",
        },
      ),
    );
  }
  if (json.schema !== PROCESS_SCHEMA) {
    return err(
      appError(
        "unsupported-process-schema",
        `Processfilen har formatet ”${String(json.schema)}”, som den här versionen av Svara inte kan läsa.`,
        `The process file has the format "${String(json.schema)}", which this version of Svara cannot read.`,
        { field: "schema" },
      ),
    );
  }
  const r = new Reader();
  r.unknownKeys(json, PROCESS_KEYS, "");
  let language: Language = "sv";
  if (json.language === "en" || json.language === "sv") language = json.language;
  else r.warn("language", "okänt språk, svenska används", "unknown language, Swedish is used");

  let answerWindowDays = DEFAULT_ANSWER_WINDOW_DAYS;
  if (Number.isInteger(json.answerWindowDays) && (json.answerWindowDays as number) >= 1) {
    answerWindowDays = json.answerWindowDays as number;
  } else r.warn("answerWindowDays", "ogiltig, 10 dagar används", "invalid, 10 days are used");
  let warningDay = Math.min(DEFAULT_WARNING_DAY, answerWindowDays - 1);
  if (
    Number.isInteger(json.warningDay) &&
    (json.warningDay as number) >= 0 &&
    (json.warningDay as number) < answerWindowDays
  ) {
    warningDay = json.warningDay as number;
  } else r.warn("warningDay", `ogiltig, dag ${warningDay} används`, `invalid, day ${warningDay} is used`);

  let surveyUrl: string | null = null;
  if (typeof json.surveyUrl === "string") {
    if (validateUrl(json.surveyUrl).ok) surveyUrl = json.surveyUrl;
    else r.warn("surveyUrl", "ingen webbadress, ignoreras", "not a web address, ignored");
  }
  const owner = isObj(json.owner) ? json.owner : {};
  if (!isObj(json.owner)) r.fail("owner", "rekryterare saknas", "owner missing");
  const stages = parseStages(r, json, language);
  const candidates = r
    .array(json, "candidates", "process")
    .map((c, i) => parseCandidate(r, c, `candidates.${i}`, stages))
    .filter((c): c is Candidate => c !== null);
  const process: Process = {
    id: r.id(json, "id", "process"),
    title: r.text(json, "title", "process", true),
    organisation: r.text(json, "organisation", "process", false),
    owner: { name: r.text(owner, "name", "owner", true), email: r.text(owner, "email", "owner", true) },
    language,
    answerWindowDays,
    warningDay,
    surveyUrl,
    nextStep: r.text(json, "nextStep", "process", false),
    stages,
    milestones: parseMilestones(r, json),
    candidates,
    updatedAt: r.instant(json, "updatedAt", "process"),
  };
  if (r.errors.length > 0) {
    return err(
      appError(
        "invalid-process-document",
        `Processfilen går inte att läsa: ${r.errors.map((e) => e.message.sv).join("; ")}.`,
        `The process file cannot be read: ${r.errors.map((e) => e.message.en).join("; ")}.`,
        { field: r.errors[0]?.field, cause: r.errors },
      ),
    );
  }
  // Stages the rules cannot work with (a kind missing or doubled) are the recruiter's to fix in
  // the process settings; the document is still readable.
  for (const problem of validateProcess(process)) {
    if (problem.code === "duplicate-stage" || problem.code === "stage-kind-count") r.warnings.push(problem);
  }
  return ok({ process, warnings: r.warnings });
}

/** The document as a JSON value, keys in the order of decision 0002. */
export function serialiseProcess(process: Process): Record<string, unknown> {
  return {
    schema: PROCESS_SCHEMA,
    id: process.id,
    title: process.title,
    organisation: process.organisation,
    owner: { name: process.owner.name, email: process.owner.email },
    language: process.language,
    answerWindowDays: process.answerWindowDays,
    warningDay: process.warningDay,
    surveyUrl: process.surveyUrl,
    nextStep: process.nextStep,
    stages: process.stages.map((s) => ({ id: s.id, name: s.name, kind: s.kind })),
    milestones: process.milestones.map((m) => ({ id: m.id, title: m.title, date: m.date })),
    candidates: process.candidates.map((c) => ({
      id: c.id,
      name: c.name,
      emails: [...c.emails],
      phone: c.phone,
      linkedInUrl: c.linkedInUrl,
      stageId: c.stageId,
      rejection: c.rejection && { reason: c.rejection.reason, detail: c.rejection.detail },
      consent: c.consent && {
        talentPool: c.consent.talentPool,
        givenAt: c.consent.givenAt,
        expiresAt: c.consent.expiresAt,
      },
      leftAt: c.leftAt,
      retentionUntil: c.retentionUntil,
      createdAt: c.createdAt,
      updatedAt: c.updatedAt,
      contacts: c.contacts.map((k) => ({
        id: k.id,
        at: k.at,
        direction: k.direction,
        channel: k.channel,
        kind: k.kind,
        summary: k.summary,
        messageId: k.messageId,
        eventId: k.eventId,
      })),
      ...(c.completedFollowUps?.length ? { completedFollowUps: [...c.completedFollowUps] } : {}),
    })),
    updatedAt: process.updatedAt,
  };
}

export function processToJson(process: Process): string {
  return `${JSON.stringify(serialiseProcess(process), null, 2)}\n`;
}
