import { Field, Select, makeStyles } from "@fluentui/react-components";
import { useMemo } from "react";
import { chosenTemplateForMany, sameTemplate, templatesForMany, type Template } from "../../domain";
import { useLanguage } from "../common/LanguageContext";
import { registerLaterWords } from "../../i18n/laterFeatures";

registerLaterWords();

export interface TemplateForManyFieldProps {
  /** Every template (built-ins and hers): the mails among them are offered. */
  readonly templates: readonly Template[];
  /** Her choice; null: her own status update, else the built-in. */
  readonly value: string | null;
  readonly onChange: (id: string) => void;
  readonly testId: string;
}

// A long template name must not widen the pane (320 px): the select keeps to its column.
const useStyles = makeStyles({
  field: { minWidth: 0, maxWidth: "100%" },
  select: { minWidth: 0, maxWidth: "100%", width: "100%", textOverflow: "ellipsis" },
});

/** Which template a draft to many is made of: the built-ins and hers, one entry per template
 * whatever its languages (each candidate gets theirs); never a call script. */
export function TemplateForManyField(props: TemplateForManyFieldProps) {
  const styles = useStyles();
  const { t, language } = useLanguage();
  const offered = useMemo(() => templatesForMany(props.templates, language), [props.templates, language]);
  const chosen = chosenTemplateForMany(props.templates, props.value);
  // Her choice may be the other language's version of an entry: the entry is what is selected.
  const selected = (chosen && offered.find((o) => sameTemplate(o, chosen))) ?? chosen;
  const group = (builtIn: boolean) =>
    offered
      .filter((o) => o.builtIn === builtIn)
      .map((o) => (
        <option key={o.id} value={o.id}>
          {o.name}
        </option>
      ));
  const own = group(false);
  return (
    <Field className={styles.field} label={t("bulk.template")} hint={t("bulk.template.hint")}>
      <Select
        className={styles.select}
        select={{ className: styles.select }}
        value={selected?.id ?? ""}
        onChange={(_, d) => props.onChange(d.value)}
        data-testid={props.testId}
      >
        <optgroup label={t("bulk.template.builtIn")}>{group(true)}</optgroup>
        {own.length > 0 && <optgroup label={t("bulk.template.own")}>{own}</optgroup>}
      </Select>
    </Field>
  );
}
