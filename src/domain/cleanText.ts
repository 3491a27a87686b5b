// Names and free text as Microsoft 365 can carry them. Whatever a recruiter types or a mail brings
// reaches OneNote's XHTML, To Do titles, event subjects and section names: characters XML cannot
// hold (NUL, other control characters, lone surrogates) would make OneNote refuse the page for
// good, and a name longer than a title can hold would be cut off by Exchange — so the text is made
// safe here, once, and a name too long for the places it goes is refused with words, not cut.

import { appError, err, ok, type Result } from "./result";

declare module "./errorCodes" {
  interface ErrorCodes {
    text: "text-too-long";
  }
}

/**
 * How long each kind of text may be, in characters (code points), so that every place it goes
 * holds it whole:
 * - an event subject and a To Do title: 255 (Exchange's PidTagSubject; EWS cuts longer subjects
 *   and adds "…", exchangelib PR #68; To Do documents no limit of its own) — the longest follow-up
 *   title is about 60 characters around the candidate's name;
 * - an Outlook category, "Svara: {title} – {organisation}": 255 → title and organisation 100 each;
 * - a OneNote section name: 50 without ? * \ / : < > | & # " % ~ (learn.microsoft.com/graph/
 *   onenote-create-page) — cut by onenotePage.ts's sectionBaseName, never refused for it;
 * - file names in the app folder are built from ids (validation.ts ID_PATTERN), never from names.
 */
export const TEXT_LIMITS = {
  /** A candidate's name: OneNote page title, every follow-up title and subject. */
  name: 100,
  /** A process title or organisation. */
  processTitle: 100,
  /** What Exchange keeps of a subject or title. */
  subject: 255,
} as const;

// XML 1.0's Char production leaves out C0 controls other than tab, LF and CR, and U+FFFE/U+FFFF;
// C1 controls (U+0080–U+009F) are allowed by XML but are never typed text, only broken encodings.
// eslint-disable-next-line no-control-regex -- finding control characters is the point
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\uFFFE\uFFFF]/g;
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** Free text (a note, a summary, a reason) as XML can hold it: NFC, line breaks as "\n", no
 * control characters, a lone surrogate as U+FFFD. Tabs and line breaks stay. */
export function cleanText(text: string): string {
  return text.replace(LONE_SURROGATE, "\uFFFD").normalize("NFC").replace(/\r\n?/g, "\n").replace(CONTROL, "");
}

/** A name or a title: clean text on one line, runs of white space as one space, trimmed. */
export function cleanName(text: string): string {
  return cleanText(text).replace(/\s+/gu, " ").trim();
}

/** How many characters a text has, counting an emoji or "Å" as one (code points after NFC). */
export const charCount = (text: string): number => Array.from(text).length;

/** The text cut to `max` characters, whole code points, with "…" when cut: for edges whose
 * limit is hard (a subject) and whose text was written before names were checked. */
export function fitLength(text: string, max: number): string {
  const chars = Array.from(text);
  return chars.length <= max ? text : `${chars.slice(0, max - 1).join("")}…`;
}

/** The cleaned name, or an error saying how long it may be (the form shows it at the field). */
export function validateName(value: string, field: string, max: number = TEXT_LIMITS.name): Result<string> {
  const name = cleanName(value);
  const n = charCount(name);
  if (n <= max) return ok(name);
  return err(
    appError(
      "text-too-long",
      `Högst ${max} tecken får plats i Outlook, To Do och OneNote – det här är ${n}. Korta av det.`,
      `At most ${max} characters fit in Outlook, To Do and OneNote – this is ${n}. Shorten it.`,
      { field, retryable: false },
    ),
  );
}
