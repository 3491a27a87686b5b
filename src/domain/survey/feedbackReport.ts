// What candidates say, summed up for the report: per question the average and how many answered,
// over all processes and per process, the same by month for the trend, and the sentences they
// wrote. Pure: the stored answers in, figures out. Replies waiting to be scored by hand are listed
// beside the figures, never counted in them until scored.

import { SURVEY_QUESTIONS, type SurveyQuestionId } from "./questions";
import type { FeedbackDocument, PendingReply, SurveyAnswer } from "./feedback";

/** An average of 1–5 scores and how many answers it is over; null average when none. */
interface ScoreAverage {
  readonly average: number | null;
  readonly count: number;
}

type QuestionAverages = { readonly [Q in SurveyQuestionId]: ScoreAverage };

export interface FeedbackFigures {
  readonly count: number;
  readonly questions: QuestionAverages;
  /** All questions together: the mean of every score given. */
  readonly overall: ScoreAverage;
}

interface ProcessFeedback extends FeedbackFigures {
  readonly processId: string;
}

interface MonthFeedback extends FeedbackFigures {
  /** YYYY-MM, as stored. */
  readonly month: string;
}

interface FeedbackComment {
  readonly answerId: string;
  readonly processId: string;
  readonly month: string;
  readonly text: string;
}

export interface FeedbackReport extends FeedbackFigures {
  /** Processes with at least one answer, in the order of the documents given. */
  readonly processes: readonly ProcessFeedback[];
  /** Months with answers, oldest first. */
  readonly months: readonly MonthFeedback[];
  /** The free sentences, newest month first; empty ones left out. */
  readonly comments: readonly FeedbackComment[];
  /** Replies waiting for her scores, oldest month first. */
  readonly pending: readonly PendingReply[];
}

function average(values: readonly number[]): ScoreAverage {
  if (values.length === 0) return { average: null, count: 0 };
  return { average: values.reduce((a, b) => a + b, 0) / values.length, count: values.length };
}

function figures(answers: readonly SurveyAnswer[]): FeedbackFigures {
  const questions = Object.fromEntries(
    SURVEY_QUESTIONS.map((q) => [q.id, average(answers.map((a) => a.scores[q.id]))]),
  ) as unknown as QuestionAverages;
  const overall = average(answers.flatMap((a) => SURVEY_QUESTIONS.map((q) => a.scores[q.id])));
  return { count: answers.length, questions, overall: { ...overall, count: answers.length } };
}

function groupBy<T>(items: readonly T[], key: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const k = key(item);
    const group = groups.get(k);
    if (group) group.push(item);
    else groups.set(k, [item]);
  }
  return groups;
}

export function feedbackReport(documents: readonly FeedbackDocument[]): FeedbackReport {
  const answers = documents.flatMap((d) => d.answers);
  const processes = documents
    .filter((d) => d.answers.length > 0)
    .map((d) => ({ processId: d.processId, ...figures(d.answers) }));
  const months = [...groupBy(answers, (a) => a.month)]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([month, inMonth]) => ({ month, ...figures(inMonth) }));
  const comments = answers
    .filter((a) => a.comment.trim() !== "")
    .map((a) => ({ answerId: a.answerId, processId: a.processId, month: a.month, text: a.comment.trim() }))
    .sort((a, b) => b.month.localeCompare(a.month));
  const pending = documents.flatMap((d) => d.pending).sort((a, b) => a.month.localeCompare(b.month));
  return { ...figures(answers), processes, months, comments, pending };
}
