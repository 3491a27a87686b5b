import { Button, Field, Radio, RadioGroup, Text, Textarea } from "@fluentui/react-components";
import { useState, type FormEvent } from "react";
import {
  REJECTION_REASONS,
  rejectionNeedsDetail,
  validateRejection,
  type Rejection,
  type RejectionReason,
} from "../../domain";
import { useFormStyles } from "../common/formStyles";
import { useLanguage } from "../common/LanguageContext";

/** Before interview a "no" goes by mail and must say what was missing (or why, from the list). */
export function RejectForm({ onReject }: { onReject: (rejection: Rejection) => void }) {
  const styles = useFormStyles();
  const { t, language } = useLanguage();
  const [reason, setReason] = useState<RejectionReason>("missing-requirement");
  const [detail, setDetail] = useState("");
  const [error, setError] = useState<string | undefined>();

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const result = validateRejection({ reason, detail });
    if (!result.ok) {
      setError(result.error.message[language]);
      return;
    }
    setError(undefined);
    onReject(result.value);
  };

  return (
    <form
      className={styles.form}
      onSubmit={submit}
      aria-label={t("reject.title")}
      data-testid="reject-form"
      noValidate
    >
      <Text as="h3" weight="semibold" size={300} style={{ margin: 0 }}>
        {t("reject.title")}
      </Text>
      <Field label={t("reject.reason")} required>
        <RadioGroup value={reason} onChange={(_, d) => setReason(d.value as RejectionReason)}>
          {REJECTION_REASONS.map((r) => (
            <Radio key={r} value={r} label={t(`reject.reason.${r}`)} />
          ))}
        </RadioGroup>
      </Field>
      <Field label={t("reject.detail")} required={rejectionNeedsDetail(reason)} validationMessage={error}>
        <Textarea value={detail} onChange={(_, d) => setDetail(d.value)} resize="vertical" />
      </Field>
      <Button appearance="primary" type="submit">
        {t("reject.submit")}
      </Button>
    </form>
  );
}
