// Keeps the recruiter's weekly to-do page in OneNote in step with the plan: run when the pane
// starts (the recruiter opens Outlook every working day); idempotent, so running it often is safe.
// The page is brought up to date (done ticked, changed rewritten, dropped struck through, today's
// section on top) and read back: a to-do she ticked in OneNote becomes a CompleteFollowUp command,
// so To Do and the calendar are completed too.
import {
  weeklyTodo,
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
  /** How many lines and headings the one PATCH changed or added. */
  readonly changed: number;
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
  const synced = await notes.syncTodoPage({ todo: week, language });
  if (!synced.ok) return synced;
  const ticked = new Set(synced.value.ticked);
  // The id is the follow-up's, as when she ticks it in the pane: ticked twice, queued once.
  const stamp = (followUpId: string): Stamp => ({ id: `done:${followUpId}`, createdAt: now });
  const completions = week.items
    .filter((item) => ticked.has(item.followUpId))
    .map((item) =>
      makeCommand(
        "CompleteFollowUp",
        { processId: item.processId, candidateId: item.candidateId, followUpId: item.followUpId },
        stamp(item.followUpId),
      ),
    );
  return { ok: true, value: { created: synced.value.created, changed: synced.value.changed, completions } };
}
