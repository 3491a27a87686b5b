import {
  agenda,
  agendaDays,
  type Agenda,
  type AgendaItem,
  type FollowUpKind,
  type IsoDate,
  type IsoInstant,
  type Process,
  type Settings,
} from "../domain";
import { memoLast } from "./memo";

/** This week's follow-ups by day, overdue ones on today. `done` are those the recruiter just ticked
 * off, hidden at once while the tick is saved (the processes then no longer plan them). The UI reads
 * `now` when the processes change and once a minute (useNow). */
export const selectAgenda: (
  processes: readonly Process[],
  settings: Settings,
  now: IsoInstant,
  done: ReadonlySet<string>,
) => Agenda = memoLast(agenda);

export type AgendaDay = { readonly day: IsoDate; readonly items: readonly AgendaItem[] };

/** The agenda's days with something to do, in order (today first). */
export const selectAgendaDays: (a: Agenda) => readonly AgendaDay[] = memoLast(agendaDays);

/** What one click on a follow-up does: write the answer (with its template), call the candidate,
 * get their phone number, or send the survey after they left. */
export type AgendaAction = "answer" | "call" | "get-phone" | "survey";

const ACTIONS: Readonly<Record<FollowUpKind, AgendaAction>> = {
  "answer-due": "answer",
  warning: "answer",
  "status-update": "answer",
  call: "call",
  "get-phone": "get-phone",
  survey: "survey",
};

export const agendaAction = (kind: FollowUpKind): AgendaAction => ACTIONS[kind];
