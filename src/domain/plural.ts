// Plurals through Intl.PluralRules, so a count never reads "1 dagar" or "1 days". The domain writes
// texts for To Do and OneNote (the planner), the UI writes its own through the catalogue; both pick
// the form here. Rules and number formats are built once per language.

import type { Language } from "./result";

/** The forms a count-bearing text needs in Swedish and English; `#` stands for the number. */
export interface PluralForms {
  readonly one: string;
  readonly other: string;
  /** Exact-number forms win over the language's rule, e.g. `{ 0: "ingen försenad" }`. */
  readonly exact?: Readonly<Record<number, string>>;
}

const LOCALE: Readonly<Record<Language, string>> = { sv: "sv-SE", en: "en-GB" };
const rules = new Map<Language, Intl.PluralRules>();
const numbers = new Map<Language, Intl.NumberFormat>();

/** The plural category of a count in a language ("one" for 1 in Swedish and English). */
export function pluralCategory(language: Language, count: number): Intl.LDMLPluralRule {
  let r = rules.get(language);
  if (!r) {
    r = new Intl.PluralRules(LOCALE[language]);
    rules.set(language, r);
  }
  return r.select(count);
}

/** A count as the language writes it: "10 000" in Swedish, "10,000" in English. */
export function formatCount(language: Language, count: number): string {
  let f = numbers.get(language);
  if (!f) {
    f = new Intl.NumberFormat(LOCALE[language]);
    numbers.set(language, f);
  }
  return f.format(count);
}

/** The form for a count, with `#` replaced by the number: plural("sv", 1, …) → "1 dag kvar". */
export function plural(language: Language, count: number, forms: PluralForms): string {
  const exact = forms.exact?.[count];
  const form = exact ?? (pluralCategory(language, count) === "one" ? forms.one : forms.other);
  return form.replace(/#/g, formatCount(language, count));
}

/** The same count in both languages, for the planner's sv/en texts. */
export function pluralBoth(
  count: number,
  forms: Readonly<Record<Language, PluralForms>>,
): Readonly<Record<Language, string>> {
  return { sv: plural("sv", count, forms.sv), en: plural("en", count, forms.en) };
}
