import { Button, Field, Select, makeStyles, tokens } from "@fluentui/react-components";
import { useState } from "react";
import { PLACEHOLDERS, type Placeholder } from "../../domain";
import { useLanguage } from "../common/LanguageContext";
import { registerLaterWords } from "../../i18n/laterFeatures";

registerLaterWords();

const useStyles = makeStyles({
  // One column: at 320 px a placeholder's description and name need the whole width.
  picker: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXS, minWidth: 0 },
  field: { minWidth: 0 },
  select: { minWidth: 0, maxWidth: "100%" },
  // A native select is as wide as its longest option unless told otherwise.
  native: { minWidth: 0, width: "100%", textOverflow: "ellipsis" },
  insert: { alignSelf: "flex-start" },
});

/** Every placeholder a template may use, by what it means; "Insert" puts `{{name}}` at the cursor. */
export function PlaceholderPicker({ onInsert }: { onInsert: (token: string) => void }) {
  const styles = useStyles();
  const { t } = useLanguage();
  const [chosen, setChosen] = useState<Placeholder>(PLACEHOLDERS[0]);
  return (
    <div className={styles.picker}>
      <Field
        className={styles.field}
        label={t("templates.editor.placeholder")}
        hint={t("templates.editor.insertHint")}
      >
        <Select
          className={styles.select}
          select={{ className: styles.native }}
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
      <Button
        className={styles.insert}
        onClick={() => onInsert(`{{${chosen}}}`)}
        data-testid="placeholder-insert"
      >
        {t("templates.editor.insert")}
      </Button>
    </div>
  );
}
