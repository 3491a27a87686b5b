import {
  Button,
  Field,
  Radio,
  RadioGroup,
  Text,
  Textarea,
  makeStyles,
  tokens,
  useId,
} from "@fluentui/react-components";
import { useState, type FormEvent } from "react";
import {
  SURVEY_QUESTIONS,
  type PendingReply,
  type SurveyQuestionId,
  type SurveyScore,
  type SurveyScores,
} from "../../../domain";
import type { FeedbackStoreApi } from "../../../state/feedbackStore";
import { useLanguage } from "../../common/LanguageContext";
import { useOverview } from "../overviewServices";
import { formatMonth } from "./reportFormat";
import { registerLaterWords } from "../../../i18n/laterFeatures";

registerLaterWords();

const SCORES: readonly SurveyScore[] = [1, 2, 3, 4, 5];

const useStyles = makeStyles({
  list: { listStyleType: "none", margin: 0, padding: 0, display: "flex", flexDirection: "column" },
  item: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalS,
    paddingBlock: tokens.spacingVerticalM,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  reply: {
    margin: 0,
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalM}`,
    borderLeft: `${tokens.strokeWidthThicker} solid ${tokens.colorNeutralStroke1}`,
    backgroundColor: tokens.colorNeutralBackground2,
    whiteSpace: "pre-wrap",
    overflowWrap: "anywhere",
  },
  form: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  scale: { color: tokens.colorNeutralForeground3 },
  radios: { flexWrap: "wrap" },
  save: { alignSelf: "flex-start" },
});

function ScoreForm({
  reply,
  feedback,
  label,
}: {
  reply: PendingReply;
  feedback: FeedbackStoreApi;
  label: string;
}) {
  const styles = useStyles();
  const { t, language } = useLanguage();
  const services = useOverview();
  const [scores, setScores] = useState<Partial<SurveyScores>>(reply.suggested);
  // Starts empty: the reply (shown above) may end in their name or signature, and answers are kept
  // without names — she writes or pastes only their sentence.
  const [comment, setComment] = useState("");
  const [missing, setMissing] = useState(false);
  const [saving, setSaving] = useState(false);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (SURVEY_QUESTIONS.some((q) => scores[q.id] === undefined)) return setMissing(true);
    setSaving(true);
    const saved = await feedback.getState().score(reply, scores as SurveyScores, comment);
    setSaving(false);
    services.notify(saved.ok ? { kind: "saved" } : { kind: "error", error: saved.error });
  };
  const choose = (id: SurveyQuestionId, value: string) => {
    setScores((s) => ({ ...s, [id]: Number(value) as SurveyScore }));
    setMissing(false);
  };

  return (
    <form className={styles.form} aria-label={label} onSubmit={(e) => void submit(e)} noValidate>
      <Text size={200} className={styles.scale}>
        {t("feedback.score.low")}, {t("feedback.score.high")}
      </Text>
      {SURVEY_QUESTIONS.map((q) => (
        <Field
          key={q.id}
          label={q[language]}
          required
          validationMessage={missing && scores[q.id] === undefined ? t("feedback.score.missing") : undefined}
        >
          <RadioGroup
            layout="horizontal"
            className={styles.radios}
            value={scores[q.id] === undefined ? "" : String(scores[q.id])}
            onChange={(_, d) => choose(q.id, d.value)}
            data-testid={`feedback-score-${q.id}`}
          >
            {SCORES.map((n) => (
              <Radio key={n} value={String(n)} label={String(n)} />
            ))}
          </RadioGroup>
        </Field>
      ))}
      <Field label={t("feedback.score.comment")} hint={t("feedback.score.commentHint")}>
        <Textarea value={comment} resize="vertical" onChange={(_, d) => setComment(d.value)} />
      </Field>
      <Button
        type="submit"
        appearance="primary"
        className={styles.save}
        disabled={saving}
        data-testid="feedback-save"
      >
        {t("feedback.score.save")}
      </Button>
    </form>
  );
}

/** The replies Svara could not read, each with her form to score it; one stays listed until scored. */
export function HandScoring(props: {
  pending: readonly PendingReply[];
  feedback: FeedbackStoreApi;
  processName: (id: string) => string;
}) {
  const styles = useStyles();
  const { t, language } = useLanguage();
  const titleId = useId("feedback-pending");
  return (
    <section aria-labelledby={titleId} data-testid="feedback-pending">
      <Text as="h4" id={titleId} size={300} weight="semibold" block>
        {t("feedback.pending.title")}
      </Text>
      <Text block>{t("feedback.pending.intro", { count: props.pending.length })}</Text>
      <ul className={styles.list}>
        {props.pending.map((reply) => {
          const label = t("feedback.pending.reply", {
            process: props.processName(reply.processId),
            month: formatMonth(reply.month, language),
          });
          return (
            <li
              key={`${reply.processId}/${reply.answerId}`}
              className={styles.item}
              data-testid="feedback-reply"
            >
              <Text weight="semibold">{label}</Text>
              <blockquote className={styles.reply} lang={reply.language}>
                {reply.text}
              </blockquote>
              <ScoreForm reply={reply} feedback={props.feedback} label={label} />
            </li>
          );
        })}
      </ul>
    </section>
  );
}
