import { Button, Text, makeStyles, tokens, useId } from "@fluentui/react-components";
import { useEffect } from "react";
import { useStore } from "zustand";
import { SURVEY_QUESTIONS, type FeedbackFigures, type Process } from "../../../domain";
import { formatDecimal } from "../../../i18n/translate";
import { selectFeedbackReport, type FeedbackStoreApi } from "../../../state/feedbackStore";
import { useLanguage } from "../../common/LanguageContext";
import { FiguresTable, NoFigure, type FiguresRow } from "./FiguresTable";
import { HandScoring } from "./HandScoring";
import { formatMonth } from "./reportFormat";
import { registerLaterWords } from "../../../i18n/laterFeatures";
import { Loading } from "../../common/Loading";

registerLaterWords();

const useStyles = makeStyles({
  section: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM, minWidth: 0 },
  heading: { margin: 0 },
  intro: { color: tokens.colorNeutralForeground3 },
  comments: {
    margin: 0,
    paddingInlineStart: tokens.spacingHorizontalL,
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalS,
  },
  comment: { overflowWrap: "anywhere" },
  source: { color: tokens.colorNeutralForeground3 },
});

/** What candidates say: the survey's averages per question and process, by month, what they wrote,
 * and the replies she scores herself. Read from Microsoft 365 each time the report is shown. */
export function FeedbackSection({
  feedback,
  processes,
}: {
  feedback: FeedbackStoreApi;
  processes: readonly Process[];
}) {
  const styles = useStyles();
  const { t, language } = useLanguage();
  const status = useStore(feedback, (s) => s.status);
  const error = useStore(feedback, (s) => s.error);
  const report = useStore(feedback, selectFeedbackReport);
  const titleId = useId("feedback-title");
  useEffect(() => void feedback.getState().load(), [feedback]);

  const processName = (id: string) =>
    processes.find((p) => p.id === id)?.title ?? t("feedback.unknownProcess");
  const average = (value: number | null) =>
    value === null ? <NoFigure label={t("feedback.noFigure")} /> : formatDecimal(value, language);
  const figures = (f: FeedbackFigures) => [
    f.count,
    ...SURVEY_QUESTIONS.map((q) => average(f.questions[q.id].average)),
  ];
  const questionColumns = SURVEY_QUESTIONS.map((q) => t(`feedback.question.${q.id}`));
  const processRows: FiguresRow[] = report.processes.map((p) => ({
    key: p.processId,
    name: processName(p.processId),
    cells: figures(p),
  }));
  const monthRows: FiguresRow[] = report.months.map((m) => ({
    key: m.month,
    name: formatMonth(m.month, language),
    cells: [m.count, average(m.overall.average)],
  }));
  const nothing = report.count === 0 && report.pending.length === 0;

  return (
    <section className={styles.section} aria-labelledby={titleId} data-testid="feedback">
      <Text as="h3" id={titleId} size={400} weight="semibold" className={styles.heading}>
        {t("feedback.title")}
      </Text>
      <Text size={200} className={styles.intro}>
        {t("feedback.intro")}
      </Text>
      {status === "loading" && nothing && <Loading />}
      {status === "error" && (
        <div>
          <Text block>{error ? error.message[language] : t("feedback.error")}</Text>
          <Button size="small" onClick={() => void feedback.getState().load()}>
            {t("feedback.retry")}
          </Button>
        </div>
      )}
      {status === "ready" && nothing && <Text data-testid="feedback-none">{t("feedback.none")}</Text>}
      {report.count > 0 && (
        <>
          <Text weight="semibold" data-testid="feedback-summary">
            {t("feedback.summary", {
              average: formatDecimal(report.overall.average ?? 0, language),
              answers: t("feedback.count", { count: report.count }),
            })}
          </Text>
          <FiguresTable
            caption={t("feedback.caption.processes")}
            columns={[t("feedback.column.process"), t("feedback.column.count"), ...questionColumns]}
            rows={processRows}
            total={{ key: "all", name: t("feedback.all"), cells: figures(report) }}
            testId="feedback-processes"
          />
          <Text size={200} className={styles.intro}>
            {t("feedback.questions.legend", {
              questions: SURVEY_QUESTIONS.map(
                (q) => `${t(`feedback.question.${q.id}`)}: ${q[language]}`,
              ).join(" "),
            })}
          </Text>
          <FiguresTable
            caption={t("feedback.caption.months")}
            columns={[t("feedback.column.month"), t("feedback.column.count"), t("feedback.column.average")]}
            rows={monthRows}
            testId="feedback-months"
          />
          <Text as="h4" size={300} weight="semibold" className={styles.heading}>
            {t("feedback.comments")}
          </Text>
          {report.comments.length === 0 ? (
            <Text>{t("feedback.comments.none")}</Text>
          ) : (
            <ul className={styles.comments} data-testid="feedback-comments">
              {report.comments.map((c) => (
                <li key={`${c.processId}/${c.answerId}`} className={styles.comment}>
                  <Text block>{c.text}</Text>
                  <Text size={200} className={styles.source}>
                    {t("feedback.source", {
                      process: processName(c.processId),
                      month: formatMonth(c.month, language),
                    })}
                  </Text>
                </li>
              ))}
            </ul>
          )}
        </>
      )}
      {report.pending.length > 0 && (
        <HandScoring pending={report.pending} feedback={feedback} processName={processName} />
      )}
    </section>
  );
}
