// The HTML of a candidate's OneNote page and of what is appended to it. Everything a recruiter
// or candidate typed is escaped here; a link is made only from an https LinkedIn address, so a
// `javascript:` URL stays text.
import {
  cleanName,
  escapeHtml,
  fitLength,
  TEXT_LIMITS,
  type Candidate,
  type Language,
  type Process,
} from "../domain";
import { STORED_AS_IS, type PhoneFormat } from "./phoneFormat";

const LABELS: Record<Language, Record<"process" | "stage" | "email" | "phone" | "log", string>> = {
  sv: { process: "Process", stage: "Steg", email: "E-post", phone: "Telefon", log: "Logg" },
  en: { process: "Process", stage: "Stage", email: "Email", phone: "Phone", log: "Log" },
};

/** Marks the page as this candidate's, for telling apart two candidates with the same name. */
export const candidateMarker = (candidateId: string): string => `svara-candidate-${candidateId}`;

const LINKEDIN = /^https:\/\/([a-z0-9-]+\.)*linkedin\.com\/[^\s"'<>]*$/i;

/** The data-id of the page's header paragraph: what a stage change replaces with PATCH. */
export const HEADER_ID = "svara-header";

/** The header paragraph (process, stage, contact details), carrying its data-id. The phone is
 * written as the page's language reads it; a change of that form is a change of the header's words,
 * so a page written before gets it with its next refresh, once. */
export function candidateHeaderHtml(
  process: Process,
  candidate: Candidate,
  phoneText: PhoneFormat = STORED_AS_IS,
): string {
  const l = LABELS[process.language];
  const stage = process.stages.find((s) => s.id === candidate.stageId)?.name ?? candidate.stageId;
  const org = process.organisation.trim() === "" ? "" : ` – ${escapeHtml(cleanName(process.organisation))}`;
  const linkedIn = candidate.linkedInUrl
    ? `<br/><b>LinkedIn:</b> ${
        LINKEDIN.test(candidate.linkedInUrl)
          ? `<a href="${escapeHtml(candidate.linkedInUrl)}">${escapeHtml(candidate.linkedInUrl)}</a>`
          : escapeHtml(candidate.linkedInUrl)
      }`
    : "";
  return (
    `<p data-id="${HEADER_ID}"><b>${l.process}:</b> ${escapeHtml(cleanName(process.title))}${org}` +
    `<br/><b>${l.stage}:</b> ${escapeHtml(cleanName(stage))}` +
    `<br/><b>${l.email}:</b> ${escapeHtml(candidate.emails.join(", "))}` +
    `<br/><b>${l.phone}:</b> ${escapeHtml(candidate.phone === null ? "–" : phoneText(candidate.phone, process.language))}${linkedIn}</p>`
  );
}

/** The page's title as Svara writes it: the candidate's name, cut as a subject would be (a name
 * from a document written before names were checked may be longer). */
export const pageTitle = (candidate: Candidate): string =>
  fitLength(cleanName(candidate.name), TEXT_LIMITS.subject);

/** The page's heading: the name under the candidate's marker. */
export const pageHeadingHtml = (candidate: Candidate): string =>
  `<h1 data-id="${escapeHtml(candidateMarker(candidate.id))}">${escapeHtml(pageTitle(candidate))}</h1>`;

export function candidatePageHtml(
  process: Process,
  candidate: Candidate,
  createdAt: string,
  phoneText: PhoneFormat = STORED_AS_IS,
): string {
  const l = LABELS[process.language];
  const name = escapeHtml(pageTitle(candidate));
  return [
    "<!DOCTYPE html>",
    `<html lang="${process.language}">`,
    `<head><title>${name}</title><meta name="created" content="${escapeHtml(createdAt)}" /></head>`,
    "<body>",
    '<div data-id="svara-log">',
    pageHeadingHtml(candidate),
    candidateHeaderHtml(process, candidate, phoneText),
    `<h2>${l.log}</h2>`,
    "</div>",
    "</body>",
    "</html>",
  ].join("\n");
}

const ENTITIES: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'", nbsp: " " };

/** The visible text of an element's markup: what a comparison must go by, since OneNote rewrites
 * the markup it is given (bold as a style, attributes reordered) but keeps the words. */
export function visibleText(html: string): string {
  return html
    .replace(/<br\b[^>]*>/gi, "\n")
    .replace(/<[^>]*>/g, "")
    .replace(/&(#x?[0-9a-f]+|[a-z]+);/gi, (m, code: string) => {
      if (code.startsWith("#")) {
        const n = code[1] === "x" || code[1] === "X" ? parseInt(code.slice(2), 16) : Number(code.slice(1));
        return Number.isFinite(n) ? String.fromCodePoint(n) : m;
      }
      return ENTITIES[code.toLowerCase()] ?? m;
    })
    .replace(/[ \t\r\f\v]+/g, " ")
    .split("\n")
    .map((line) => line.trim())
    .join("\n")
    .trim();
}

/** The inner markup of the page's paragraph with this data-id, or null when it is not there. */
export function paragraphWithDataId(pageHtml: string, dataId: string): string | null {
  const value = escapeRegExp(escapeHtml(dataId));
  const m = new RegExp(`<p\\b[^>]*\\bdata-id\\s*=\\s*(["'])${value}\\1[^>]*>([\\s\\S]*?)</p>`, "i").exec(
    pageHtml,
  );
  return m ? m[2]! : null;
}

const escapeRegExp = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/** Whether an element with this data-id is on the page (OneNote keeps data-id as written). */
export function hasDataId(pageHtml: string, dataId: string): boolean {
  const value = escapeRegExp(escapeHtml(dataId));
  return new RegExp(`\\bdata-id\\s*=\\s*(["'])${value}\\1`).test(pageHtml);
}

/** The entry as appended: it must carry its own data-id, or a retry could not recognise it. */
export function entryHtml(entry: { readonly id: string; readonly html: string }): string {
  return hasDataId(entry.html, entry.id)
    ? entry.html
    : `<div data-id="${escapeHtml(entry.id)}">${entry.html}</div>`;
}

// OneNote refuses these in section names; 50 characters is its limit, " (12)" must still fit.
const FORBIDDEN = /[?*\\/:<>|&#'"%~]/g;
const MAX_BASE = 44;

/** "Backend-utvecklare – Nordbank": the section name for a process (before any " (2)"). */
export function sectionBaseName(process: Process): string {
  const raw = process.organisation.trim() ? `${process.title} – ${process.organisation}` : process.title;
  const clean = raw.replace(/&/g, "+").replace(FORBIDDEN, "-").replace(/\s+/g, " ").trim();
  return (Array.from(clean).slice(0, MAX_BASE).join("").trim() || process.id).normalize("NFC");
}

/** Which part of a process's sections this name is: 1 for the base name, n for "base (n)". */
export function sectionNumber(name: string, base: string): number | null {
  if (name === base) return 1;
  const m = /^(.*) \((\d+)\)$/.exec(name);
  return m && m[1] === base ? Number(m[2]) : null;
}

export const sectionName = (base: string, n: number): string => (n === 1 ? base : `${base} (${n})`);
