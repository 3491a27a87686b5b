// How we address a candidate. Names come as typed — "Åsa Öberg-Ñúñez", "Madonna", "🌸 Li Wei" — so
// the first name is the first word that contains a letter, and the whole name when nothing does.

export function firstName(fullName: string): string {
  const name = fullName.normalize("NFC").trim();
  const words = name.split(/\s+/u).filter((w) => w.length > 0);
  const first = words.find((w) => /\p{L}/u.test(w));
  return first ?? name;
}
