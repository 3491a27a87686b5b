// The process document of docs/decisions/0002 (schema "svara.process/1"): parse whatever JSON
// came back from OneDrive into a Process (writing it back: processDocument/writer.ts). Parsing
// repairs what can be repaired without changing meaning (reporting each repair as a warning) and
// refuses what cannot — a document we cannot read faithfully must not be written back and lose data.

import { isIsoDate } from "./calendarDays";
import { DEFAULT_ANSWER_WINDOW_DAYS, DEFAULT_WARNING_DAY, defaultStages } from "./defaults";
import { STAGE_KINDS, type Candidate, type Milestone, type Process, type Stage } from "./model";
import { parseErasures } from "./erasureDocument";
import { parseCandidate } from "./processDocument/candidate";
import { isObj, Reader, type Obj } from "./processDocument/reader";
import { PROCESS_SCHEMA } from "./processDocument/writer";
import { appError, err, ok, type AppError, type Language, type Result } from "./result";
import { validateProcess, validateUrl } from "./validation";

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
  "closedAt",
  "erasures",
] as const;
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
  const closedAt = r.optionalInstant(json, "closedAt", "process");
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
    ...(closedAt ? { closedAt } : {}),
    ...parseErasures(r, json),
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
