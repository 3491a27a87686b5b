import { Button, Field, Select, Text, makeStyles, tokens } from "@fluentui/react-components";
import DOMPurify from "dompurify";
import { useMemo, useState } from "react";
import {
  reachedInterview,
  renderForCandidate,
  type AnswerClock,
  type Candidate,
  type Language,
  type Process,
  type Template,
} from "../../domain";
import { templateChoice } from "../../state/templateChoice";
import { ErrorBar } from "../common/ErrorBar";
import { CandidateLanguageSelect } from "../common/CandidateLanguageSelect";
import { useLanguage } from "../common/LanguageContext";
import { registerLaterWords } from "../../i18n/laterFeatures";

registerLaterWords();

const useStyles = makeStyles({
  picker: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS, minWidth: 0 },
  // A long template name must not widen the 320 px pane: the select keeps to it and cuts the name.
  field: { minWidth: 0, maxWidth: "100%" },
  // The native select sizes itself to its longest option; held to the column it cuts the name.
  select: { minWidth: 0, maxWidth: "100%", width: "100%" },
  preview: {
    border: `1px solid ${tokens.colorNeutralStroke1}`,
    borderRadius: tokens.borderRadiusMedium,
    padding: tokens.spacingHorizontalS,
    backgroundColor: tokens.colorNeutralBackground1,
    maxHeight: "240px",
    overflowY: "auto",
    overflowWrap: "anywhere",
  },
});

export interface TemplatePickerProps {
  readonly templates: readonly Template[];
  readonly candidate: Candidate;
  readonly process: Process;
  readonly clock: AnswerClock;
  /** Their mail open in the reading pane: a question about where things stand is answered first. */
  readonly openMailText?: string;
  /** From the interview on the next step is the call: a way there instead of a mail. */
  readonly onGoToCall?: () => void;
  /** read: open a reply; compose: insert at the cursor. */
  readonly mode: "read" | "compose";
  readonly onUse: (rendered: { subject: string; html: string }, template: Template) => void;
}

/**
 * Pick a template, see it personalised, use it. It starts on the next step's template in the
 * candidate's language (templateChoice.ts); call scripts and the mails the rules forbid for this
 * candidate (a decision mail after interview) are not offered at all.
 */
export function TemplatePicker(props: TemplatePickerProps) {
  const styles = useStyles();
  const { t } = useLanguage();
  const afterInterview = reachedInterview(props.candidate, props.process);
  const [language, setLanguage] = useState<Language | undefined>();
  const choice = useMemo(
    () =>
      templateChoice(
        props.templates,
        {
          candidate: props.candidate,
          process: props.process,
          clock: props.clock,
          openMailText: props.openMailText,
        },
        language,
      ),
    [props.templates, props.candidate, props.process, props.clock, props.openMailText, language],
  );
  const offered = choice.offered;
  // The clock's due time, so a template can promise the real date ("svar senast fredag 11 december").
  const dueAt = props.clock.phase === "stopped" ? undefined : props.clock.dueAt;
  const [templateId, setTemplateId] = useState<string | null>(null);
  const template = offered.find((tpl) => tpl.id === templateId) ?? choice.preselected ?? undefined;
  const rendered = template
    ? renderForCandidate(template, props.candidate, props.process, undefined, dueAt)
    : null;

  return (
    <section className={styles.picker} aria-label={t("templates.title")} data-testid="template-picker">
      <Text as="h3" weight="semibold" size={300} style={{ margin: 0 }}>
        {t("templates.title")}
      </Text>
      {afterInterview && <Text data-testid="phone-only">{t("templates.phoneOnly")}</Text>}
      {choice.step.kind === "call" && props.onGoToCall && (
        <Button appearance="secondary" onClick={props.onGoToCall} data-testid="go-to-call">
          {t("nextstep.goToCall")}
        </Button>
      )}
      <Field
        className={styles.field}
        label={t("nextstep.templateLanguage")}
        hint={t("nextstep.languageHint")}
      >
        <CandidateLanguageSelect
          value={choice.language}
          onChange={(language) => {
            setLanguage(language);
            setTemplateId(null); // the new language starts on its own next-step template
          }}
          testId="template-language"
        />
      </Field>
      <Field className={styles.field} label={t("templates.pick")}>
        <Select
          className={styles.select}
          select={{ className: styles.select }}
          value={template?.id ?? ""}
          onChange={(_, d) => setTemplateId(d.value)}
          data-testid="template-select"
        >
          {offered.map((tpl) => (
            <option key={tpl.id} value={tpl.id}>
              {tpl.name}
            </option>
          ))}
        </Select>
      </Field>
      {rendered && !rendered.ok && <ErrorBar error={rendered.error} />}
      {rendered?.ok && (
        <>
          <Text weight="semibold">{rendered.value.subject}</Text>
          <div
            className={styles.preview}
            aria-label={t("templates.preview")}
            role="region"
            // A scrollable region must be reachable by keyboard to be read (axe scrollable-region-focusable).
            tabIndex={0}
            data-testid="template-preview"
            lang={choice.language}
            // The domain escapes every value; sanitising again is belt and braces for user templates.
            dangerouslySetInnerHTML={{ __html: DOMPurify.sanitize(rendered.value.html) }}
          />
          <Button appearance="primary" onClick={() => template && props.onUse(rendered.value, template)}>
            {props.mode === "read" ? t("templates.reply") : t("templates.insert")}
          </Button>
        </>
      )}
    </section>
  );
}
