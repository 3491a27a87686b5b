// The name and address of a candidate as their mail gives them. Display names come as people and
// mail systems write them — "Öberg, Åsa", "'Åsa Öberg' via LinkedIn", "asa.oberg@example.se", or
// nothing — so the name is cleaned up, and made from the address when there is none.

import type { Person } from "../domain";

const VIA = /\s+(?:via|genom)\s+.+$/iu;

function fromAddress(email: string): string {
  const local = email.split("@")[0] ?? "";
  return local
    .split(/[._-]+/u)
    .filter((w) => /\p{L}/u.test(w))
    .map((w) => w.charAt(0).toLocaleUpperCase("sv") + w.slice(1))
    .join(" ");
}

export function candidateNameFromMail(from: Person): string {
  let name = from.name
    .normalize("NFC")
    .trim()
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
