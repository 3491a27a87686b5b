// A survey answer as Svara keeps it: the process, the month, the language and the scores — never
// the candidate's name, address or id next to them. The answer's id is a hash of the reply's
// Message-ID: the same reply seen twice (two devices, a re-sent command) is one answer, and the id
// leads back to no one. A reply that could not be read is kept as "needs scoring" with her text
// until the recruiter scores it; then only the scores and the sentence remain.

import type { IsoInstant } from "../model";
import type { Language } from "../result";
import { isSurveyScore, SURVEY_QUESTIONS, type SurveyScores } from "./questions";
import type { ParsedReply } from "./replyParser";

interface EntryBase {
  /** Opaque: surveyAnswerId(the reply's Message-ID). */
  readonly answerId: string;
  readonly processId: string;
  /** When the reply came, to the month (YYYY-MM, UTC): enough for a trend, too coarse to match a mail. */
  readonly month: string;
  readonly language: Language;
}

export interface SurveyAnswer extends EntryBase {
  readonly kind: "answer";
  readonly scores: SurveyScores;
  readonly comment: string;
}

export interface PendingReply extends EntryBase {
  readonly kind: "needs-scoring";
  /** Her reply without the quoted mail and signature, for the recruiter to read and score. */
  readonly text: string;
  readonly suggested: Partial<SurveyScores>;
}

export type FeedbackEntry = SurveyAnswer | PendingReply;

/** Everything one process has been told, in its own file in the app folder. */
export interface FeedbackDocument {
  readonly processId: string;
  readonly answers: readonly SurveyAnswer[];
  readonly pending: readonly PendingReply[];
}

const FEEDBACK_SCHEMA = 1;

/** 64 bits of FNV-1a, as 16 hex digits: opaque and stable, with no crypto needed in the domain. */
export function surveyAnswerId(messageId: string): string {
  let h1 = 0x811c9dc5;
  let h2 = 0xcbf29ce4;
  for (let i = 0; i < messageId.length; i += 1) {
    const c = messageId.charCodeAt(i);
    h1 = Math.imul(h1 ^ c, 0x01000193) >>> 0;
    h2 = Math.imul(h2 ^ c, 0x01000193 ^ 0x5bd1e995) >>> 0;
  }
  return `s${h1.toString(16).padStart(8, "0")}${h2.toString(16).padStart(8, "0")}`;
}

export interface ReplyFacts {
  /** The reply's Message-ID (its Graph id when Graph gave none). */
  readonly messageId: string;
  readonly processId: string;
  readonly at: IsoInstant;
  readonly language: Language;
}

/** What a parsed reply is stored as. */
export function feedbackEntry(reply: ReplyFacts, parsed: ParsedReply): FeedbackEntry {
  const base = {
    answerId: surveyAnswerId(reply.messageId),
    processId: reply.processId,
    month: reply.at.slice(0, 7),
    language: reply.language,
  };
  return parsed.kind === "parsed"
    ? { ...base, kind: "answer", scores: parsed.scores, comment: parsed.comment }
    : { ...base, kind: "needs-scoring", text: parsed.text, suggested: parsed.suggested };
}

/** The recruiter's hand scoring of a pending reply: it becomes an answer under the same id. */
export function scoredByHand(pending: PendingReply, scores: SurveyScores, comment: string): SurveyAnswer {
  const { answerId, processId, month, language } = pending;
  return { kind: "answer", answerId, processId, month, language, scores, comment: comment.trim() };
}

export const emptyFeedback = (processId: string): FeedbackDocument => ({
  processId,
  answers: [],
  pending: [],
});

/**
 * One entry into the document, idempotently: an answer already there changes nothing; an answer to
 * a pending reply replaces it (hand scoring); a pending reply already answered stays answered.
 * Returns the same document object when nothing changed, so the caller writes nothing.
 */
export function recordFeedback(doc: FeedbackDocument, entry: FeedbackEntry): FeedbackDocument {
  if (doc.answers.some((a) => a.answerId === entry.answerId)) return doc;
  if (entry.kind === "needs-scoring") {
    if (doc.pending.some((p) => p.answerId === entry.answerId)) return doc;
    return { ...doc, pending: [...doc.pending, entry] };
  }
  return {
    ...doc,
    answers: [...doc.answers, entry],
    pending: doc.pending.filter((p) => p.answerId !== entry.answerId),
  };
}

export function feedbackToJson(doc: FeedbackDocument): string {
  return JSON.stringify({ schema: FEEDBACK_SCHEMA, ...doc }, null, 1);
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === "object" && v !== null;

function base(v: Record<string, unknown>, processId: string): EntryBase | null {
  if (typeof v["answerId"] !== "string" || typeof v["month"] !== "string") return null;
  if (!/^\d{4}-\d{2}$/.test(v["month"])) return null;
  const language = v["language"] === "en" ? "en" : "sv";
  return { answerId: v["answerId"], processId, month: v["month"], language };
}

function scoresOf(v: unknown, partial: boolean): Partial<SurveyScores> | null {
  if (!isObject(v)) return null;
  const out: Record<string, number> = {};
  for (const q of SURVEY_QUESTIONS) {
    const s = v[q.id];
    if (typeof s === "number" && isSurveyScore(s)) out[q.id] = s;
    else if (!partial) return null;
  }
  return out as Partial<SurveyScores>;
}

/** A stored document, read leniently: an entry this version cannot read is left out of the report,
 * not allowed to hide the others. */
export function parseFeedbackDocument(json: unknown, processId: string): FeedbackDocument {
  const doc = isObject(json) ? json : {};
  const answers: SurveyAnswer[] = [];
  const pending: PendingReply[] = [];
  for (const v of Array.isArray(doc["answers"]) ? doc["answers"] : []) {
    const b = isObject(v) ? base(v, processId) : null;
    const scores = b && isObject(v) ? scoresOf(v["scores"], false) : null;
    if (b && scores && isObject(v))
      answers.push({
        ...b,
        kind: "answer",
        scores: scores as SurveyScores,
        comment: typeof v["comment"] === "string" ? v["comment"] : "",
      });
  }
  for (const v of Array.isArray(doc["pending"]) ? doc["pending"] : []) {
    const b = isObject(v) ? base(v, processId) : null;
    if (b && isObject(v))
      pending.push({
        ...b,
        kind: "needs-scoring",
        text: typeof v["text"] === "string" ? v["text"] : "",
        suggested: scoresOf(v["suggested"], true) ?? {},
      });
  }
  return { processId, answers, pending };
}
