import { Button, Field, Textarea } from "@fluentui/react-components";
import { useState } from "react";
import { useFormStyles } from "../common/formStyles";
import { formatDecimal } from "../../i18n/translate";
import { useLanguage } from "../common/LanguageContext";

/** OneNote page content is HTML; after escaping, 50 KB of text is what we promise to carry. */
const NOTE_LIMIT_BYTES = 50 * 1024;
const encoder = new TextEncoder();
const noteBytes = (text: string) => encoder.encode(text).length;

/**
 * A note for the candidate's OneNote page. The text is a draft kept by the caller (so nothing
 * typed is lost when the pane closes); saving hands it to the outbox.
 */
export function NoteEditor(props: {
  draft: string;
  onDraft: (text: string) => void;
  onSave: (text: string) => Promise<unknown>;
}) {
  // While a save is on its way, a second click would make the same note twice in OneNote.
  const [saving, setSaving] = useState(false);
  const styles = useFormStyles();
  const { t, language } = useLanguage();
  const bytes = noteBytes(props.draft);
  const tooLong = bytes > NOTE_LIMIT_BYTES;
  const kb = formatDecimal(bytes / 1024, language);
  return (
    <form
      className={styles.form}
      aria-label={t("note.title")}
      data-testid="note-editor"
      onSubmit={async (e) => {
        e.preventDefault();
        if (saving || tooLong || props.draft.trim() === "") return;
        setSaving(true);
        try {
          await props.onSave(props.draft);
        } finally {
          setSaving(false);
        }
      }}
    >
      <Field
        label={t("note.label")}
        validationState={tooLong ? "error" : "none"}
        validationMessage={tooLong ? t("note.tooLong", { size: kb }) : undefined}
        hint={t("note.size", { size: kb })}
      >
        <Textarea
          value={props.draft}
          onChange={(_, d) => props.onDraft(d.value)}
          resize="vertical"
          rows={4}
          data-testid="note-text"
        />
      </Field>
      {/* disabledFocusable: after a save empties the note, keyboard focus stays on the button. */}
      <Button type="submit" disabledFocusable={saving || tooLong || props.draft.trim() === ""}>
        {t("note.save")}
      </Button>
    </form>
  );
}
