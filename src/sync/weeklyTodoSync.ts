// Keeps the recruiter's weekly to-do page in OneNote in step with the plan: run when the pane
// starts (the recruiter opens Outlook every working day); idempotent, so running it often is safe.
// It also reads the page back: a to-do she ticked in OneNote becomes a CompleteFollowUp command,
// so To Do and the calendar are completed too.
import {
  todoItemHtml,
  weeklyTodo,
  weeklyTodoPageHtml,
  type IsoInstant,
  type Language,
  type Process,
  type Result,
  type Settings,
} from "../domain";
import type { NotesPort } from "../graph/ports";
import { makeCommand, type CompleteFollowUp, type Stamp } from "./commands";

export interface WeeklyTodoSync {
  readonly created: boolean;
  readonly appended: number;
  /** One command per follow-up ticked in OneNote and still open in the plan. */
  readonly completions: readonly CompleteFollowUp[];
}

export async function syncWeeklyTodo(
  notes: NotesPort,
  processes: readonly Process[],
  settings: Settings,
  language: Language,
  now: IsoInstant,
): Promise<Result<WeeklyTodoSync>> {
  const week = weeklyTodo(processes, settings, now);
  const synced = await notes.syncTodoPage({
    title: week.title[language],
    weekKey: week.weekKey,
    html: weeklyTodoPageHtml(week, language),
    items: week.items.map((item) => ({ id: item.id, html: todoItemHtml(item, language) })),
  });
  if (!synced.ok) return synced;
  const ticked = new Set(synced.value.ticked);
  // The id is the follow-up's, as when she ticks it in the pane: ticked twice, queued once.
  const stamp = (followUpId: string): Stamp => ({ id: `done:${followUpId}`, createdAt: now });
  const completions = week.items
    .filter((item) => ticked.has(item.id))
    .map((item) =>
      makeCommand(
        "CompleteFollowUp",
        { processId: item.processId, candidateId: item.candidateId, followUpId: item.followUpId },
        stamp(item.followUpId),
      ),
    );
  return { ok: true, value: { created: synced.value.created, appended: synced.value.appended, completions } };
}
