import { Text, makeStyles, tokens } from "@fluentui/react-components";
import DOMPurify from "dompurify";
import { renderForCandidate, type Candidate, type Process, type Template } from "../../domain";
import { ErrorBar } from "../common/ErrorBar";
import { useLanguage } from "../common/LanguageContext";
import { registerLaterWords } from "../../i18n/laterFeatures";

registerLaterWords();

const useStyles = makeStyles({
  preview: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXS, minWidth: 0 },
  mail: {
    border: `1px solid ${tokens.colorNeutralStroke1}`,
    borderRadius: tokens.borderRadiusMedium,
    padding: tokens.spacingHorizontalS,
    backgroundColor: tokens.colorNeutralBackground1,
    maxHeight: "280px",
    overflowY: "auto",
    overflowWrap: "anywhere",
  },
});

export interface PreviewRecipient {
  readonly candidate: Candidate;
  readonly process: Process;
  /** A made-up candidate (no real one at hand): said so above the preview. */
  readonly sample: boolean;
}

/** The template as the candidate would read it, rendered by the domain's own rules as she types. */
export function TemplatePreview({
  template,
  recipient,
}: {
  template: Template;
  recipient: PreviewRecipient;
}) {
  const styles = useStyles();
  const { t } = useLanguage();
  const rendered = renderForCandidate(template, recipient.candidate, recipient.process);
  const name = recipient.candidate.name;
  return (
    <div className={styles.preview} data-testid="template-editor-preview">
      <Text as="h3" weight="semibold" size={300} style={{ margin: 0 }}>
        {t("templates.preview.title")}
      </Text>
      <Text size={200}>
        {t(recipient.sample ? "templates.preview.sample" : "templates.preview.for", { name })}
      </Text>
      {!rendered.ok && <ErrorBar error={rendered.error} />}
      {rendered.ok && (
        <>
          <Text weight="semibold" lang={template.language}>
            {rendered.value.subject}
          </Text>
          <div
            className={styles.mail}
            role="region"
            aria-label={t("templates.preview.title")}
            // A scrollable region must be reachable by keyboard to be read (axe scrollable-region-focusable).
            tabIndex={0}
            lang={template.language}
            // The domain escapes every value and her text; sanitising again is belt and braces.
            dangerouslySetInnerHTML={{ __html: DOMPurify.sanitize(rendered.value.html) }}
          />
        </>
      )}
    </div>
  );
}
