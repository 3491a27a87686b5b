// Schema 2 of the process document (docs/decisions/0009-storage-v2.md): a compact index the
// pipeline reads in one go, and one file per candidate for what grows without bound (the contact
// log) and what only the card needs (phone, LinkedIn). Written without whitespace and without the
// fields that hold their default, so a recruiter's action uploads what changed, not the process.
//
// Reading joins the two back into the version 1 shape and hands it to the one parser
// (processDocument.ts): every repair and refusal is the same for both versions, and a v1 document
// read today is a v2 document written tomorrow with nothing lost (the migration property test).

import type { Candidate, ContactEvent, Process } from "../model";
import { appError, err, ok, type Result } from "../result";
import { isObj, type Obj } from "./reader";
import { parseProcessDocument, type ParsedProcess } from "../processDocument";
import { PROCESS_SCHEMA, serialiseProcess } from "./writer";

const PROCESS_SCHEMA_V2 = "svara.process/2";
const CANDIDATE_SCHEMA_V2 = "svara.candidate/2";

/** The files of one process: the index and each candidate's file, as the JSON text to upload. */
export interface SplitProcess {
  readonly index: string;
  /** candidate id → the candidate file's text, in the index's order. */
  readonly candidates: ReadonlyMap<string, string>;
}

/** Keys the index keeps of a candidate; the rest of the v1 candidate goes to their file. */
const INDEX_CANDIDATE_KEYS = [
  "id",
  "name",
  "emails",
  "stageId",
  "rejection",
  "consent",
  "leftAt",
  "retentionUntil",
  "createdAt",
  "completedFollowUps",
  "language",
  "stageHistory",
  "oneNotePageId",
] as const;
const FILE_CANDIDATE_KEYS = ["phone", "linkedInUrl", "updatedAt", "contacts"] as const;

/** A field at its default is left out: `null`, and an empty list for the lists that may be absent. */
function compact(o: Obj): Obj {
  const out: Obj = {};
  for (const [k, v] of Object.entries(o)) if (v !== null && v !== undefined) out[k] = v;
  return out;
}

const compactContact = (k: ContactEvent): Obj => compact({ ...k });

export function splitProcess(process: Process): SplitProcess {
  const v1 = serialiseProcess(process);
  const candidates = new Map<string, string>();
  const indexCandidates = process.candidates.map((c: Candidate, i) => {
    const full = (v1.candidates as Obj[])[i]!;
    const file = compact({
      schema: CANDIDATE_SCHEMA_V2,
      id: c.id,
      phone: full.phone,
      linkedInUrl: full.linkedInUrl,
      updatedAt: full.updatedAt,
      contacts: c.contacts.map(compactContact),
    });
    candidates.set(c.id, JSON.stringify(file));
    return compact(Object.fromEntries(INDEX_CANDIDATE_KEYS.map((k) => [k, full[k]])));
  });
  const index = compact({ ...v1, schema: PROCESS_SCHEMA_V2, candidates: indexCandidates });
  return { index: JSON.stringify(index), candidates };
}

/** The ids of the candidates an index lists (each has a file to read beside it). */
export function indexedCandidateIds(index: unknown): readonly string[] {
  if (!isObj(index) || !Array.isArray(index.candidates)) return [];
  return index.candidates.flatMap((c) => (isObj(c) && typeof c.id === "string" ? [c.id] : []));
}

/**
 * The index and its candidate files joined into a version 1 document for the parser. A candidate
 * the index lists without a file, or a file of another candidate, is refused (retryable: a move or
 * removal on another device may be half-way), never read as "no log" — written back, that would
 * erase the log.
 */
function joinProcessV2(index: unknown, files: ReadonlyMap<string, unknown>): Result<Obj> {
  if (!isObj(index) || index.schema !== PROCESS_SCHEMA_V2) {
    return err(
      appError(
        "invalid-process-document",
        "Processindexet går inte att läsa.",
        "The process index cannot be read.",
        {
          field: "schema",
        },
      ),
    );
  }
  const candidates: Obj[] = [];
  for (const [i, c] of (Array.isArray(index.candidates) ? index.candidates : []).entries()) {
    const id = isObj(c) && typeof c.id === "string" ? c.id : null;
    const file = id === null ? undefined : files.get(id);
    if (!isObj(c) || !isObj(file) || file.schema !== CANDIDATE_SCHEMA_V2 || file.id !== id) {
      return err(
        appError(
          "process-candidate-file-missing",
          `Kandidatfilen för ${id ?? `nr ${i + 1}`} saknas eller hör till någon annan; Svara läser om processen.`,
          `The candidate file of ${id ?? `no. ${i + 1}`} is missing or belongs to someone else; Svara reads the process again.`,
          { field: `candidates.${i}`, retryable: true },
        ),
      );
    }
    const own = Object.fromEntries(FILE_CANDIDATE_KEYS.map((k) => [k, file[k]]));
    candidates.push({
      phone: null,
      linkedInUrl: null,
      rejection: null,
      consent: null,
      leftAt: null,
      retentionUntil: null,
      ...c,
      ...compact(own),
      contacts: (Array.isArray(file.contacts) ? file.contacts : []).map((k) =>
        isObj(k) ? { messageId: null, eventId: null, ...k } : k,
      ),
    });
  }
  return ok({ surveyUrl: null, ...index, schema: PROCESS_SCHEMA, candidates });
}

/** A schema 2 process from its index and candidate files, read as the parser reads version 1. */
export function parseProcessV2(index: unknown, files: ReadonlyMap<string, unknown>): Result<ParsedProcess> {
  const joined = joinProcessV2(index, files);
  return joined.ok ? parseProcessDocument(joined.value) : joined;
}
