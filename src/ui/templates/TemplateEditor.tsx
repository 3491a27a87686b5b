import {
  Button,
  Field,
  Input,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  Select,
  Text,
  Textarea,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { useRef, useState } from "react";
import { validateTemplate, type Language, type Result, type TemplateDraft } from "../../domain";
import { useLanguage } from "../common/LanguageContext";
import { PlaceholderPicker } from "./PlaceholderPicker";
import { TemplatePreview, type PreviewRecipient } from "./TemplatePreview";
import { registerLaterWords } from "../../i18n/laterFeatures";

registerLaterWords();

const useStyles = makeStyles({
  editor: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM, minWidth: 0 },
  buttons: { display: "flex", gap: tokens.spacingHorizontalS, flexWrap: "wrap" },
  problems: { margin: 0, paddingLeft: tokens.spacingHorizontalL, overflowWrap: "anywhere" },
});

type TextField = "subject" | "body";

export interface TemplateEditorProps {
  readonly initial: TemplateDraft;
  readonly isNew: boolean;
  /** Who the preview is for: the candidate at hand, or a sample in the template's language. */
  readonly recipientFor: (language: Language) => PreviewRecipient;
  /** Resolves once saved (in the outbox); an error keeps the editor open with what she typed. */
  readonly onSave: (draft: TemplateDraft) => Promise<Result<unknown>>;
  readonly onCancel: () => void;
}

/** Writing a template: name, language, subject and text, placeholders inserted at the cursor, the
 * domain's checks shown before anything is saved, and a live preview. */
export function TemplateEditor(props: TemplateEditorProps) {
  const styles = useStyles();
  const { t, language } = useLanguage();
  const [draft, setDraft] = useState<TemplateDraft>(props.initial);
  const [tried, setTried] = useState(false);
  const [saving, setSaving] = useState(false);
  const subjectRef = useRef<HTMLInputElement>(null);
  const bodyRef = useRef<HTMLTextAreaElement>(null);
  // Where a placeholder goes: the field she was last in (the text until she picks the subject).
  const lastField = useRef<TextField>("body");
  const problems = tried ? validateTemplate(draft) : [];
  const change = (patch: Partial<TemplateDraft>) => setDraft((d) => ({ ...d, ...patch }));

  const insert = (token: string) => {
    const field = lastField.current;
    const element = field === "subject" ? subjectRef.current : bodyRef.current;
    const value = draft[field];
    const start = element?.selectionStart ?? value.length;
    const end = element?.selectionEnd ?? start;
    change({ [field]: value.slice(0, start) + token + value.slice(end) });
    // Back to where she was typing, just after the placeholder.
    requestAnimationFrame(() => {
      element?.focus();
      element?.setSelectionRange(start + token.length, start + token.length);
    });
  };

  const save = async () => {
    setTried(true);
    if (validateTemplate(draft).length > 0) return;
    setSaving(true);
    await props.onSave(draft);
    setSaving(false);
  };

  return (
    <section
      className={styles.editor}
      aria-label={t(props.isNew ? "templates.editor.titleNew" : "templates.editor.titleEdit")}
      data-testid="template-editor"
    >
      <Text as="h2" weight="semibold" size={400} style={{ margin: 0 }}>
        {t(props.isNew ? "templates.editor.titleNew" : "templates.editor.titleEdit")}
      </Text>
      <Field label={t("templates.editor.name")} required>
        <Input
          value={draft.name}
          onChange={(_, d) => change({ name: d.value })}
          data-testid="template-name"
        />
      </Field>
      <Field label={t("templates.editor.language")}>
        <Select
          value={draft.language}
          onChange={(_, d) => change({ language: d.value as Language })}
          data-testid="template-language"
        >
          <option value="sv">{t("templates.library.language.sv")}</option>
          <option value="en">{t("templates.library.language.en")}</option>
        </Select>
      </Field>
      <Field label={t("templates.editor.subject")} required>
        <Input
          ref={subjectRef}
          value={draft.subject}
          onChange={(_, d) => change({ subject: d.value })}
          onFocus={() => (lastField.current = "subject")}
          lang={draft.language}
          data-testid="template-subject"
        />
      </Field>
      <Field label={t("templates.editor.body")} hint={t("templates.editor.bodyHint")} required>
        <Textarea
          ref={bodyRef}
          value={draft.body}
          onChange={(_, d) => change({ body: d.value })}
          onFocus={() => (lastField.current = "body")}
          resize="vertical"
          rows={10}
          lang={draft.language}
          data-testid="template-body"
        />
      </Field>
      <PlaceholderPicker onInsert={insert} />
      {problems.length > 0 && (
        <MessageBar intent="error" layout="multiline" data-testid="template-problems">
          <MessageBarBody>
            <MessageBarTitle>{t("templates.editor.problems")}</MessageBarTitle>
            <ul className={styles.problems}>
              {problems.map((p, i) => (
                <li key={i}>{p.message[language]}</li>
              ))}
            </ul>
          </MessageBarBody>
        </MessageBar>
      )}
      <div className={styles.buttons}>
        <Button
          appearance="primary"
          disabled={saving}
          onClick={() => void save()}
          data-testid="template-save"
        >
          {t("templates.editor.save")}
        </Button>
        <Button onClick={props.onCancel}>{t("templates.editor.cancel")}</Button>
      </div>
      <TemplatePreview
        template={{ ...draft, id: "preview", builtIn: false }}
        recipient={props.recipientFor(draft.language)}
      />
    </section>
  );
}
