import { Button, Field, Select, makeStyles, tokens } from "@fluentui/react-components";
import { useState } from "react";
import { PLACEHOLDERS, type Placeholder } from "../../domain";
import { useLanguage } from "../common/LanguageContext";

const useStyles = makeStyles({
  row: { display: "flex", gap: tokens.spacingHorizontalS, alignItems: "flex-end", flexWrap: "wrap" },
  select: { flexGrow: 1, minWidth: "160px" },
});

/** Every placeholder a template may use, by what it means; "Insert" puts `{{name}}` at the cursor. */
export function PlaceholderPicker({ onInsert }: { onInsert: (token: string) => void }) {
  const styles = useStyles();
  const { t } = useLanguage();
  const [chosen, setChosen] = useState<Placeholder>(PLACEHOLDERS[0]);
  return (
    <div className={styles.row}>
      <Field
        className={styles.select}
        label={t("templates.editor.placeholder")}
        hint={t("templates.editor.insertHint")}
      >
        <Select
          value={chosen}
          onChange={(_, d) => setChosen(d.value as Placeholder)}
          data-testid="placeholder-select"
        >
          {PLACEHOLDERS.map((name) => (
            <option key={name} value={name}>
              {`${t(`templates.placeholder.${name}`)} – {{${name}}}`}
            </option>
          ))}
        </Select>
      </Field>
      <Button onClick={() => onInsert(`{{${chosen}}}`)} data-testid="placeholder-insert">
        {t("templates.editor.insert")}
      </Button>
    </div>
  );
}
