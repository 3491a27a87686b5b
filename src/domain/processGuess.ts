// Which process a new applicant's mail is about, from its subject (and body, when there is one):
// the process's title and organisation against the mail's words, in Swedish and English. A guess
// is only made when one open process clearly fits better than every other; otherwise none, and the
// recruiter chooses — never silently the first process in the list.

import type { Process } from "./model";

export interface MailText {
  readonly subject: string;
  readonly body?: string;
}

export interface ProcessGuess {
  readonly processId: string;
  /** Where the words were found: the hint says "guessed from the subject" or "from the mail". */
  readonly from: "subject" | "body";
  /** The process's words the mail matched, for the hint. */
  readonly words: readonly string[];
}

// Words every application carries, or that say nothing about which role: they must not decide.
const STOP = new Set(
  (
    "ansokan ansoka soker sok ansoker jobb jobbet tjanst tjansten tjanster rollen roll som till for och hos " +
    "med pa av en ett den det jag vi er hej tack ang angaende intresseanmalan intresse cv brev personligt " +
    "application applying apply job role position post vacancy the for and at of to in a an as my i hello " +
    "dear hi re sv fw fwd vb ab hb kb inc ltd llc oy gmbh asa plc group sverige sweden nordic"
  ).split(" "),
);

// A role written in the other language, or another common way, counts as the same word.
const SAME_ROLE: Readonly<Record<string, string>> = {
  developer: "utvecklare",
  programmer: "utvecklare",
  programmerare: "utvecklare",
  engineer: "ingenjor",
  sales: "saljare",
  salesperson: "saljare",
  seller: "saljare",
  saljerska: "saljare",
  forsaljning: "saljare",
  manager: "chef",
  ledare: "chef",
  accountant: "ekonom",
  redovisningsekonom: "ekonom",
  nurse: "sjukskoterska",
  teacher: "larare",
  consultant: "konsult",
  recruiter: "rekryterare",
  analyst: "analytiker",
};

/** Lower case, accents off (a mail typed without å, ä, ö still matches), split into words. */
function words(text: string): string[] {
  return text
    .normalize("NFD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter((w) => w.length > 1 && !STOP.has(w));
}

const canonical = (w: string): string => SAME_ROLE[w] ?? w;

/** "säljaren", "utvecklartjänsten", "developers": a long enough word matches its own longer forms. */
function matches(processWord: string, mailWord: string): boolean {
  const p = canonical(processWord);
  const m = canonical(mailWord);
  if (p === m) return true;
  const stem = p.length >= 6 ? p.slice(0, p.length - 1) : p;
  return stem.length >= 5 && m.startsWith(stem);
}

interface Score {
  readonly process: Process;
  readonly points: number;
  readonly good: boolean;
  readonly inSubject: boolean;
  readonly words: readonly string[];
}

function score(process: Process, subject: readonly string[], body: readonly string[]): Score {
  const title = [...new Set(words(process.title))];
  const organisation = [...new Set(words(process.organisation))];
  let points = 0;
  let titleHits = 0;
  let organisationHit = false;
  let inSubject = false;
  const hit: string[] = [];
  for (const word of [...title, ...organisation]) {
    const inS = subject.some((m) => matches(word, m));
    const inB = !inS && body.some((m) => matches(word, m));
    if (!inS && !inB) continue;
    // The subject is where an applicant names the role; a body mentions all sorts.
    points += inS ? 2 : 1;
    inSubject ||= inS;
    hit.push(word);
    if (title.includes(word)) titleHits += 1;
    else organisationHit = true;
  }
  // Good: more than half of the role's words, or the organisation by name. One shared word of a
  // longer title ("utvecklare" in "Frontend-utvecklare" vs "Backend-utvecklare") is not enough.
  const good = points > 0 && (titleHits * 2 > title.length || organisationHit);
  return { process, points, good, inSubject, words: hit };
}

/**
 * The open process this mail is about, or null when none fits well or two fit equally well.
 * Closed processes are never guessed.
 */
export function guessProcess(processes: readonly Process[], mail: MailText): ProcessGuess | null {
  const subject = words(mail.subject);
  const body = words(mail.body ?? "");
  const scores = processes.filter((p) => !p.closedAt).map((p) => score(p, subject, body));
  const best = Math.max(0, ...scores.map((s) => s.points));
  if (best === 0) return null;
  const top = scores.filter((s) => s.points === best);
  if (top.length !== 1 || !top[0]!.good) return null;
  const winner = top[0]!;
  return { processId: winner.process.id, from: winner.inSubject ? "subject" : "body", words: winner.words };
}
