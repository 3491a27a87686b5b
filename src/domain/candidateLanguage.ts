// The language a candidate writes in: guessed from their mail when they are added, the recruiter's
// to correct. Templates default to it, so an English-speaking applicant to a Swedish process is
// answered in English whatever language the recruiter's Outlook speaks.

import type { Candidate, Process } from "./model";
import type { Language } from "./result";

// Short, common words that the other language does not share ("i" is Swedish "in" and English "I",
// so it counts for neither). Application words are in too: that is what these mails are about.
const SWEDISH = new Set(
  (
    "och jag att det är för på med som inte hej tack ansökan ansöker tjänsten tjänst vill har ett av " +
    "om kan vi ni du mig min mitt söker hälsningar vänliga hälsning gärna också eller men från här " +
    "skulle jobbet erfarenhet bifogat bifogar besked när"
  ).split(" "),
);
const ENGLISH = new Set(
  (
    "the and to of for you my am is are with hello hi dear thank thanks application applying apply " +
    "would like role position please regards best your we have it this that attached experience " +
    "kind sincerely looking forward when any"
  ).split(" "),
);

/** Swedish letters weigh half a word each, and at most two words: a name like "Åsa" or a subject
 * like "Ansökan: Säljare" in an English mail must not outvote what the candidate wrote. */
const LETTER_WEIGHT = 0.5;
const MAX_LETTER_SCORE = 2;
/** Fewer counted words than this is too little to tell. */
const MIN_EVIDENCE = 3;

export interface LanguageScore {
  readonly sv: number;
  readonly en: number;
}

export function languageScore(text: string): LanguageScore {
  const lower = text.toLowerCase();
  let sv = 0;
  let en = 0;
  for (const word of lower.match(/\p{L}+/gu) ?? []) {
    if (SWEDISH.has(word)) sv += 1;
    if (ENGLISH.has(word)) en += 1;
  }
  const letters = (lower.match(/[åäö]/g) ?? []).length;
  sv += Math.min(letters * LETTER_WEIGHT, MAX_LETTER_SCORE);
  return { sv, en };
}

/**
 * Swedish or English when the text says so clearly (enough words, one language at least twice the
 * other and two words ahead); null when it cannot tell — the caller then keeps the process's.
 */
export function guessLanguage(text: string): Language | null {
  const { sv, en } = languageScore(text);
  if (sv + en < MIN_EVIDENCE) return null;
  if (sv >= 2 * en && sv - en >= 2) return "sv";
  if (en >= 2 * sv && en - sv >= 2) return "en";
  return null;
}

/** The language to write to the candidate in: their own, or the process's when none is known. */
export function candidateLanguage(
  candidate: Pick<Candidate, "language">,
  process: Pick<Process, "language">,
): Language {
  return candidate.language ?? process.language;
}
