// The name and address of a candidate as their mail gives them. Display names come as people and
// mail systems write them — "Öberg, Åsa", "'Åsa Öberg' via LinkedIn", "asa.oberg@example.se", or
// nothing — so the name is cleaned up, and made from the address when there is none.

import type { Person } from "./model";
import { cleanName, fitLength, TEXT_LIMITS } from "./cleanText";

const VIA = /\s+(?:via|genom)\s+.+$/iu;

function fromAddress(email: string): string {
  const local = email.split("@")[0] ?? "";
  return local
    .split(/[._-]+/u)
    .filter((w) => /\p{L}/u.test(w))
    .map((w) => w.charAt(0).toLocaleUpperCase("sv") + w.slice(1))
    .join(" ");
}

/** The name to offer in the form: cleaned, and cut to what fits (a display name is only a guess). */
export function candidateNameFromMail(from: Person): string {
  return fitLength(nameFromMail(from), TEXT_LIMITS.name);
}

function nameFromMail(from: Person): string {
  let name = cleanName(from.name)
    .replace(VIA, "")
    .replace(/^["'“”‘’]+|["'“”‘’]+$/gu, "")
    .trim();
  if (name === "" || name.toLowerCase() === from.email.trim().toLowerCase() || name.includes("@")) {
    return fromAddress(from.email.trim());
  }
  const comma = name.match(/^([^,]+),\s*([^,]+)$/u); // "Öberg, Åsa" → "Åsa Öberg"
  if (comma) name = `${comma[2]!.trim()} ${comma[1]!.trim()}`;
  return name.replace(/\s+/gu, " ");
}

/** "Åsa Öberg-Ñúñez" → "asa-oberg-nunez": readable in OneNote and in the app folder's JSON. */
function slugOf(name: string): string {
  const ascii = name
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/ø/gi, "o")
    .replace(/æ/gi, "ae")
    .replace(/ß/g, "ss")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "");
  return ascii.slice(0, 40).replace(/-+$/, "") || "kandidat";
}

/** A candidate id unique within the process: the name's slug and six characters of a fresh id. */
export const newCandidateId = (name: string, unique: string): string =>
  `c-${slugOf(name)}-${unique
    .replace(/[^a-z0-9]/gi, "")
    .slice(0, 6)
    .toLowerCase()}`;
