// Keeps the recruiter's weekly to-do page in OneNote in step with the plan: run when the pane
// starts (the recruiter opens Outlook every working day); idempotent, so running it often is safe.
// The page is brought up to date (done ticked, changed rewritten, dropped struck through, today's
// section on top) and read back: a to-do she ticked in OneNote becomes a CompleteFollowUp command,
// so To Do and the calendar are completed too.
import {
  agendaOf,
  agendaWeek,
  candidateAgendaItems,
  weeklyTodo,
  type IsoInstant,
  type Language,
  type Process,
  type Result,
  type Settings,
} from "../domain";
import type { NotesPort } from "../graph/ports";
import { makeCommand, type CompleteFollowUp, type Stamp } from "./commands";
import { inSlices } from "./yieldToMain";

/** Candidates planned between two turns for the browser. The page plans first at start-up, its
 * time-zone answers not cached yet: a slice of 200 ran 100–170 ms on a busy 2-core machine. */
const PLAN_SLICE = 100;

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
  // Every candidate's plan, in slices with a turn for the browser between them: at 5,000 candidates
  // this was one 700 ms task at start-up (issue 13), a click on a mail waiting behind it.
  const thisWeek = agendaWeek(settings, now);
  const pairs = processes.flatMap((p) => (p.closedAt ? [] : p.candidates.map((c) => [c, p] as const)));
  const items = await inSlices(pairs, PLAN_SLICE, ([c, p]) =>
    candidateAgendaItems(c, p, settings, now, thisWeek),
  );
  const week = weeklyTodo(processes, settings, now, agendaOf(thisWeek, items));
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
