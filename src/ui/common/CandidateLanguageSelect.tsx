import { Select } from "@fluentui/react-components";
import type { Language } from "../../domain";
import { useLanguage } from "./LanguageContext";

export interface CandidateLanguageSelectProps {
  readonly value: Language;
  readonly onChange: (language: Language) => void;
  readonly testId: string;
}

/** The language a candidate is written to in (Svenska / Engelska), inside the caller's Field: the
 * add form, the details and the template picker offer the same two. */
export function CandidateLanguageSelect(props: CandidateLanguageSelectProps) {
  const { t } = useLanguage();
  return (
    <Select
      value={props.value}
      onChange={(_, d) => props.onChange(d.value as Language)}
      data-testid={props.testId}
    >
      {(["sv", "en"] as const).map((l) => (
        <option key={l} value={l}>
          {t(`nextstep.language.${l}`)}
        </option>
      ))}
    </Select>
  );
}
