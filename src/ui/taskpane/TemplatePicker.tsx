import { Button, Field, Select, Text, makeStyles, tokens } from "@fluentui/react-components";
import DOMPurify from "dompurify";
import { useMemo, useState } from "react";
import {
  isDecisionMail,
  reachedInterview,
  renderForCandidate,
  type Candidate,
  type Process,
  type Template,
} from "../../domain";
import { ErrorBar } from "../common/ErrorBar";
import { useLanguage } from "../common/LanguageContext";

const useStyles = makeStyles({
  picker: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
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
  /** The answer clock's due time, so a template can promise the real date. */
  readonly dueAt?: string;
  /** read: open a reply; compose: insert at the cursor. */
  readonly mode: "read" | "compose";
  readonly onUse: (rendered: { subject: string; html: string }, template: Template) => void;
}

/**
 * Pick a template, see it personalised, use it. Templates the rules forbid for this candidate
 * (a decision mail after interview) are not offered at all.
 */
export function TemplatePicker(props: TemplatePickerProps) {
  const styles = useStyles();
  const { t } = useLanguage();
  const afterInterview = reachedInterview(props.candidate, props.process);
  const offered = useMemo(
    () =>
      props.templates.filter(
        (tpl) => tpl.language === props.process.language && !(afterInterview && isDecisionMail(tpl.kind)),
      ),
    [props.templates, props.process.language, afterInterview],
  );
  const [templateId, setTemplateId] = useState(offered[0]?.id ?? "");
  const template = offered.find((tpl) => tpl.id === templateId) ?? offered[0];
  const rendered = template
    ? renderForCandidate(template, props.candidate, props.process, undefined, props.dueAt)
    : null;

  return (
    <section className={styles.picker} aria-label={t("templates.title")} data-testid="template-picker">
      <Text as="h3" weight="semibold" size={300} style={{ margin: 0 }}>
        {t("templates.title")}
      </Text>
      {afterInterview && <Text data-testid="phone-only">{t("templates.phoneOnly")}</Text>}
      <Field label={t("templates.pick")}>
        <Select
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
            lang={props.process.language}
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
