import { Button, Field, Input, Radio, RadioGroup, Select, Text, Textarea } from "@fluentui/react-components";
import { useState } from "react";
import { validatePhone, type Candidate, type FollowUp } from "../../domain";
import { formatDateTime } from "../../i18n/translate";
import {
  CALL_CHANNELS,
  CALL_OUTCOMES,
  PLAIN_CALL_OUTCOMES,
  checkCall,
  localInputValue,
  type AnyCallOutcome,
  type CallChannel,
  type CheckedCall,
} from "../../state/callOutcome";
import { useFormStyles } from "../common/formStyles";
import { useLanguage } from "../common/LanguageContext";

/**
 * A call with the candidate, at any stage. After interview the decision is a phone call: the
 * planner has booked it (or asks for the number), the call script gives the talking points, and the
 * outcome is the decision. Before it, any call (an answer, or an attempt) is logged the same way:
 * when, how, what came of it — nothing chosen for the recruiter — and what was said.
 */
export function CallPanel(props: {
  candidate: Candidate;
  afterInterview: boolean;
  call: FollowUp | null;
  /** The call script, personalised, a point per paragraph; null when there is none. */
  script: { readonly name: string; readonly points: readonly string[] } | null;
  timeZone: string;
  onSavePhone: (phone: string) => void;
  /** Resolves true once saved; the notes stay in the form until then. */
  onLogCall: (call: CheckedCall) => Promise<boolean>;
}) {
  const styles = useFormStyles();
  const { t, language } = useLanguage();
  const [phone, setPhone] = useState("");
  const [phoneError, setPhoneError] = useState<string | undefined>();
  const [outcome, setOutcome] = useState<AnyCallOutcome | null>(null);
  const [when, setWhen] = useState(() => localInputValue(new Date()));
  const [channel, setChannel] = useState<CallChannel>("phone");
  const [notes, setNotes] = useState("");
  const [errors, setErrors] = useState<{ outcome?: string; when?: string }>({});
  const [logging, setLogging] = useState(false);
  const outcomes: readonly AnyCallOutcome[] = props.afterInterview ? CALL_OUTCOMES : PLAIN_CALL_OUTCOMES;
  const outcomeLabel = (o: AnyCallOutcome) =>
    props.afterInterview
      ? t(`call.outcome.${o as (typeof CALL_OUTCOMES)[number]}`)
      : t(`nextstep.outcome.${o as (typeof PLAIN_CALL_OUTCOMES)[number]}`);
  const title = props.afterInterview ? t("call.title") : t("nextstep.callTitle");

  return (
    <section className={styles.form} aria-label={title} data-testid="call-panel">
      <Text as="h3" weight="semibold" size={300} style={{ margin: 0 }}>
        {title}
      </Text>
      {props.afterInterview && <Text>{t("call.afterInterview", { name: props.candidate.name })}</Text>}
      {props.afterInterview && !props.candidate.phone && (
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
          {props.call.call && !props.script && (
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
      {props.afterInterview && props.script && (
        <section aria-label={t("nextstep.script")} data-testid="call-script">
          <Text weight="semibold" block>
            {t("nextstep.script")}
          </Text>
          <ul className={styles.list}>
            {props.script.points.map((point) => (
              <li key={point}>
                <Text>{point}</Text>
              </li>
            ))}
          </ul>
        </section>
      )}
      {(props.candidate.phone || !props.afterInterview) && (
        <form
          className={styles.form}
          data-testid="log-call"
          aria-label={t("nextstep.logCall")}
          noValidate
          onSubmit={async (e) => {
            e.preventDefault();
            if (logging) return; // a double click must not log the call twice
            const checked = checkCall({ outcome, when, channel, notes }, new Date());
            if (!checked.ok) {
              const message = checked.error.message[language];
              setErrors(checked.error.field === "outcome" ? { outcome: message } : { when: message });
              return;
            }
            setErrors({});
            setLogging(true);
            const saved = await props.onLogCall(checked.value);
            setLogging(false);
            if (saved) {
              setNotes("");
              setOutcome(null);
            }
          }}
        >
          <Field label={t("nextstep.when")} validationMessage={errors.when}>
            <Input
              type="datetime-local"
              value={when}
              onChange={(_, d) => setWhen(d.value)}
              data-testid="call-when"
            />
          </Field>
          <Field label={t("nextstep.how")}>
            <Select
              value={channel}
              onChange={(_, d) => setChannel(d.value as CallChannel)}
              data-testid="call-how"
            >
              {CALL_CHANNELS.map((c) => (
                <option key={c} value={c}>
                  {t(`nextstep.how.${c}`)}
                </option>
              ))}
            </Select>
          </Field>
          <Field label={t("call.outcome")} required validationMessage={errors.outcome}>
            <RadioGroup
              value={outcome ?? ""}
              onChange={(_, d) => {
                setOutcome(d.value as AnyCallOutcome);
                setErrors((e) => ({ ...e, outcome: undefined }));
              }}
              data-testid="call-outcome"
            >
              {outcomes.map((o) => (
                <Radio key={o} value={o} label={outcomeLabel(o)} />
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
