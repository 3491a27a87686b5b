import type { Language } from "../../domain";
import type { MessageKey, Translate } from "../../i18n/translate";

const formats: Record<Language, Intl.NumberFormat> = {
  sv: new Intl.NumberFormat("sv-SE"),
  en: new Intl.NumberFormat("en-GB"),
};

/** "1 kandidat", "10 000 kandidater": the singular for one, digits grouped as the language writes them. */
export function countWords(
  t: Translate,
  language: Language,
  count: number,
  one: MessageKey,
  many: MessageKey,
): string {
  return count === 1 ? t(one) : t(many, { count: formats[language].format(count) });
}
