import { Button, Field, Input, Radio, RadioGroup, Text, Textarea } from "@fluentui/react-components";
import { useState } from "react";
import { validatePhone, type Candidate, type FollowUp } from "../../domain";
import { formatDateTime } from "../../i18n/translate";
import { CALL_OUTCOMES, type CallVerdict } from "../../state/callOutcome";
import { useFormStyles } from "../common/formStyles";
import { useLanguage } from "../common/LanguageContext";

/**
 * After interview the decision is a phone call: the planner has booked it (or asks for the number);
 * here the recruiter sees the talking points and logs how it went, which stops the answer clock.
 */
export function CallPanel(props: {
  candidate: Candidate;
  call: FollowUp | null;
  timeZone: string;
  onSavePhone: (phone: string) => void;
  /** Resolves true once saved; the notes stay in the form until then. */
  onLogCall: (outcome: CallVerdict, notes: string) => Promise<boolean>;
}) {
  const styles = useFormStyles();
  const { t, language } = useLanguage();
  const [phone, setPhone] = useState("");
  const [phoneError, setPhoneError] = useState<string | undefined>();
  const [outcome, setOutcome] = useState<CallVerdict>("offer");
  const [notes, setNotes] = useState("");
  const [logging, setLogging] = useState(false);
  const first = props.candidate.name;

  return (
    <section className={styles.form} aria-label={t("call.title")} data-testid="call-panel">
      <Text as="h3" weight="semibold" size={300} style={{ margin: 0 }}>
        {t("call.title")}
      </Text>
      <Text>{t("call.afterInterview", { name: first })}</Text>
      {!props.candidate.phone && (
        <form
          className={styles.form}
          data-testid="phone-form"
          onSubmit={(e) => {
            e.preventDefault();
            const result = validatePhone(phone);
            if (!result.ok) setPhoneError(result.error.message[language]);
            else {
              setPhoneError(undefined);
              props.onSavePhone(result.value);
            }
          }}
        >
          <Field label={t("call.needPhone")} required validationMessage={phoneError}>
            <Input type="tel" value={phone} onChange={(_, d) => setPhone(d.value)} />
          </Field>
          <Button type="submit" appearance="primary">
            {t("call.savePhone")}
          </Button>
        </form>
      )}
      {props.call && props.call.kind === "call" && (
        <div data-testid="booked-call">
          <Text weight="semibold" block>
            {props.call.title[language]} · {formatDateTime(props.call.dueAt, language, props.timeZone)}
          </Text>
          {props.call.call && (
            <ul className={styles.list}>
              {props.call.call.talkingPoints[language].map((point) => (
                <li key={point}>
                  <Text>{point}</Text>
                </li>
              ))}
            </ul>
          )}
        </div>
      )}
      {props.candidate.phone && (
        <form
          className={styles.form}
          data-testid="log-call"
          onSubmit={async (e) => {
            e.preventDefault();
            if (logging) return; // a double click must not log the call twice
            setLogging(true);
            const saved = await props.onLogCall(outcome, notes.trim());
            setLogging(false);
            if (saved) setNotes("");
          }}
        >
          <Field label={t("call.outcome")}>
            <RadioGroup value={outcome} onChange={(_, d) => setOutcome(d.value as CallVerdict)}>
              {CALL_OUTCOMES.map((o) => (
                <Radio key={o} value={o} label={t(`call.outcome.${o}`)} />
              ))}
            </RadioGroup>
          </Field>
          <Field label={t("call.notes")}>
            <Textarea value={notes} onChange={(_, d) => setNotes(d.value)} resize="vertical" />
          </Field>
          <Button type="submit" appearance="primary" disabledFocusable={logging}>
            {t("call.log")}
          </Button>
        </form>
      )}
    </section>
  );
}
