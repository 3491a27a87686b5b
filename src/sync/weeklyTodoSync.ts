// Keeps the recruiter's weekly to-do page in OneNote in step with the plan: run when the pane
// starts (the recruiter opens Outlook every working day); idempotent, so running it often is safe.
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

export async function syncWeeklyTodo(
  notes: NotesPort,
  processes: readonly Process[],
  settings: Settings,
  language: Language,
  now: IsoInstant,
): Promise<Result<{ readonly created: boolean; readonly appended: number }>> {
  const week = weeklyTodo(processes, settings, now);
  return notes.syncTodoPage({
    title: week.title[language],
    weekKey: week.weekKey,
    html: weeklyTodoPageHtml(week, language),
    items: week.items.map((item) => ({ id: item.id, html: todoItemHtml(item, language) })),
  });
}
