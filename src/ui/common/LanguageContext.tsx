import { createContext, useContext, useMemo, type ReactNode } from "react";
import type { Language } from "../../domain/result";
import { translator, type Translate } from "../../i18n/translate";

interface LanguageValue {
  readonly language: Language;
  readonly t: Translate;
}

const LanguageContext = createContext<LanguageValue>({ language: "sv", t: translator("sv") });

export function LanguageProvider({ language, children }: { language: Language; children: ReactNode }) {
  const value = useMemo(() => ({ language, t: translator(language) }), [language]);
  return <LanguageContext.Provider value={value}>{children}</LanguageContext.Provider>;
}

export const useLanguage = () => useContext(LanguageContext);
