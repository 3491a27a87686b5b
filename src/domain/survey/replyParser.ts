// Reading the scores out of a candidate's reply, tolerantly: "4", "fyra", "4/5", "4 av 5", a
// numbered list ("1) 4 2) 5 3) 3"), the questions quoted back with a number after each, or three
// numbers with her sentences between. What cannot be read for sure — a number missing, one too
// many, one outside 1–5 — is never guessed: the reply goes to the recruiter to score by hand.

import {
  isSurveyScore,
  SURVEY_COMMENT_QUESTION,
  SURVEY_QUESTIONS,
  type SurveyQuestionId,
  type SurveyScore,
  type SurveyScores,
} from "./questions";
import { ownReplyLines, replyPlainText, type ReplyBody } from "./replyText";

type NeedsScoringReason = "no-scores" | "missing" | "ambiguous" | "out-of-range";

export type ParsedReply =
  | { readonly kind: "parsed"; readonly scores: SurveyScores; readonly comment: string }
  | {
      readonly kind: "needs-scoring";
      readonly reason: NeedsScoringReason;
      /** Her reply without the quoted original and signature (the whole body when nothing is left). */
      readonly text: string;
      /** The scores that could be placed for sure, to start the hand scoring from. */
      readonly suggested: Partial<SurveyScores>;
      readonly comment: string;
    };

const QUESTION_COUNT = SURVEY_QUESTIONS.length;
/** The free sentence's number in the mail's list. */
const COMMENT_NUMBER = QUESTION_COUNT + 1;
/** Longest text kept for hand scoring: a reply is a few lines; a pasted CV is not feedback. */
const MAX_TEXT = 4000;

const WORDS: Readonly<Record<string, number>> = {
  ett: 1,
  etta: 1,
  one: 1,
  två: 2,
  tva: 2,
  tvåa: 2,
  two: 2,
  tre: 3,
  trea: 3,
  three: 3,
  fyra: 4,
  fyran: 4,
  four: 4,
  fem: 5,
  femma: 5,
  five: 5,
};
// "ett"/"one" are everyday words ("ett bra bemötande", "the one thing"): a score only when alone.
const ALONE_ONLY = new Set(["ett", "one"]);

const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
const phrase = (s: string): string => escape(s.replace(/[?.!]+$/, "")).replace(/\s+/g, "\\s+");

// The questions quoted back, in either language: each stands for its number.
const QUESTION_TEXTS: readonly [RegExp, number][] = [
  ...SURVEY_QUESTIONS.flatMap((q, i): [RegExp, number][] => [
    [new RegExp(`${phrase(q.sv)}\\s*[?:]*`, "iu"), i + 1],
    [new RegExp(`${phrase(q.en)}\\s*[?:]*`, "iu"), i + 1],
  ]),
  [new RegExp(`${phrase(SURVEY_COMMENT_QUESTION.sv)}`, "iu"), COMMENT_NUMBER],
  [new RegExp(`${phrase(SURVEY_COMMENT_QUESTION.en)}`, "iu"), COMMENT_NUMBER],
  // The mail's own hint and "En mening räcker." after the comment question.
];

const SCALE_HINT = /\(?\b1\s*(?:–|-|—|till|to)\s*5\b\)?/giu;
const NUMBER_WORD = Object.keys(WORDS).join("|");
// One token at a time: a label ("2)", "fråga 2:"), a number (with "/5", "av 5", "of 5" after it), or
// a number word.
const TOKEN = new RegExp(
  [
    `(?<label>(?<![(\\d])(?<labelNo>[1-9])\\))`,
    `(?<qlabel>(?:fråga|question)\\s*(?<qlabelNo>[1-9])\\s*[:.]?)`,
    `(?<![\\p{L}\\d])(?<num>\\d+|${NUMBER_WORD})(?![\\p{L}\\d])(?<of>\\s*(?:/|av|of|out\\s+of)\\s*(?:5|fem|five)(?![\\p{L}\\d]))?`,
  ].join("|"),
  "giu",
);
// "1. 4" / "2: fem" at the start of a line: a number, then a score — the first is the question's.
const LINE_LABEL = /^\(?(?<no>[1-9])\s*[.:]\s+/u;
const STARTS_WITH_SCORE = new RegExp(`^(?:\\d+|${NUMBER_WORD})(?![\\p{L}\\d])`, "iu");

const CONNECTORS_ONLY = /^[\s\p{P}]*(?:(?:och|samt|sedan|sen|and|then)[\s\p{P}]*)*$/iu;

type Event = { readonly label: number } | { readonly score: number };

interface Line {
  readonly events: Event[];
  readonly rest: string;
}

function valueOf(token: string, alone: boolean): number | null {
  if (/^\d+$/.test(token)) return Number(token);
  const word = token.toLowerCase();
  if (ALONE_ONLY.has(word) && !alone) return null;
  return WORDS[word] ?? null;
}

function readLine(raw: string): Line {
  const events: Event[] = [];
  let line = raw.replace(/\ue000/g, "").replace(SCALE_HINT, " ");
  for (const [re, no] of QUESTION_TEXTS) {
    const m = re.exec(line);
    if (m) {
      // "1. Hur tydlig …? 4": the number before the question is the question's own.
      const before = line.slice(0, m.index).replace(/\(?[1-9]\s*[).:]?\s*$/, "");
      line = `${before}\ue000${no}\ue000${line.slice(m.index + m[0].length)}`;
    }
  }
  const labelled = LINE_LABEL.exec(line);
  if (labelled?.groups) {
    const rest = line.slice(labelled[0].length);
    // "3. Bra bemötande" is the third answer only when a score follows; otherwise it is her text.
    if (Number(labelled.groups["no"]) === COMMENT_NUMBER || STARTS_WITH_SCORE.test(rest))
      line = `\ue000${labelled.groups["no"]}\ue000${rest}`;
  }
  let rest = "";
  let last: number;
  // Question markers first, as labels, in place.
  const parts = line.split(/\ue000(\d)\ue000/);
  for (let i = 0; i < parts.length; i += 1) {
    if (i % 2 === 1) {
      events.push({ label: Number(parts[i]) });
      continue;
    }
    const text = parts[i]!;
    const alone = text.replace(/[\s.,!:;()"'”“]/g, "").toLowerCase();
    last = 0;
    for (const m of text.matchAll(TOKEN)) {
      const g = m.groups!;
      const no = g["labelNo"] ?? g["qlabelNo"];
      if (no !== undefined) {
        events.push({ label: Number(no) });
      } else {
        const value = valueOf(g["num"]!, alone === g["num"]!.toLowerCase());
        if (value === null) continue;
        events.push({ score: value });
      }
      rest += `${text.slice(last, m.index)} `;
      last = m.index + m[0].length;
    }
    rest += `${text.slice(last)} `;
  }
  // "4, 3 och 5": what is left between the numbers is no sentence of hers.
  return { events, rest: CONNECTORS_ONLY.test(rest) ? "" : rest };
}

/** Her words, once the numbers and labels are out: "Tydligt, 4. Lite sent: 3." → "Tydligt. Lite sent." */
function tidy(text: string): string {
  return text
    .replace(/\s+/g, " ")
    .replace(/\s+([.,!?;:])/g, "$1")
    .replace(/([,;:])(?=[.!?])/g, "")
    .replace(/[,;:]\s*$/g, "")
    .replace(/^[\s.,;:!?)\-–—]+/, "")
    .replace(/([.!?])[.,;:]+/g, "$1")
    .trim();
}

type Assigned =
  | { readonly ok: true; readonly scores: Map<number, number> }
  | { readonly ok: false; readonly reason: NeedsScoringReason; readonly scores: Map<number, number> };

function assign(events: readonly Event[]): Assigned {
  const scores = new Map<number, number>();
  const hasLabels = events.some((e) => "label" in e && e.label <= QUESTION_COUNT);
  if (!hasLabels) {
    const values = events.flatMap((e) => ("score" in e ? [e.score] : []));
    if (values.length === 0) return { ok: false, reason: "no-scores", scores };
    if (values.length !== QUESTION_COUNT)
      return { ok: false, reason: values.length < QUESTION_COUNT ? "missing" : "ambiguous", scores };
    values.forEach((v, i) => scores.set(i + 1, v));
    return { ok: true, scores };
  }
  let current: number | null = null;
  let stray = false;
  for (const e of events) {
    if ("label" in e) {
      current = e.label;
      continue;
    }
    if (current === null || current > QUESTION_COUNT || scores.has(current)) {
      stray = true;
      continue;
    }
    scores.set(current, e.score);
  }
  if (stray) return { ok: false, reason: "ambiguous", scores };
  return scores.size === QUESTION_COUNT ? { ok: true, scores } : { ok: false, reason: "missing", scores };
}

/** The scores and the sentence in a reply to Svara's survey, or why it needs the recruiter. */
export function parseSurveyReply(body: ReplyBody): ParsedReply {
  const whole = replyPlainText(body);
  const lines = ownReplyLines(whole);
  const read = lines.map(readLine);
  const events = read.flatMap((l) => l.events);
  const comment = tidy(read.map((l) => l.rest).join(" ")).slice(0, MAX_TEXT);
  const assigned = assign(events);
  const inRange = [...assigned.scores.values()].every(isSurveyScore);
  const byId = (only: (v: number) => boolean): Partial<Record<SurveyQuestionId, SurveyScore>> => {
    const out: Partial<Record<SurveyQuestionId, SurveyScore>> = {};
    SURVEY_QUESTIONS.forEach((q, i) => {
      const v = assigned.scores.get(i + 1);
      if (v !== undefined && only(v)) out[q.id] = v as SurveyScore;
    });
    return out;
  };
  if (assigned.ok && inRange) return { kind: "parsed", scores: byId(() => true) as SurveyScores, comment };
  const own = lines.join("\n").trim();
  return {
    kind: "needs-scoring",
    reason: !inRange || assigned.ok ? "out-of-range" : assigned.reason,
    text: (own || whole.trim()).slice(0, MAX_TEXT),
    suggested: byId(isSurveyScore),
    comment,
  };
}
