// What the task pane shows for the open item, derived (no I/O) from the item, the cached processes,
// the settings and `now`. One selector so every surface — read, compose, appointment — follows the
// same rules, and so the recruiter's stories can be tested without a browser.

import {
  answerClock,
  contactLog,
  plan,
  reachedInterview,
  stageOf,
  type AnswerClock,
  type Candidate,
  type FollowUp,
  type LogEntry,
  type Process,
  type Settings,
  withoutErasing,
} from "../domain";
import type { HostItem, Person } from "../host/host";
import { memoLast } from "./memo";
import { candidatesByEmail, type CandidateMatch } from "./processesStore";

export interface CandidateView {
  readonly process: Process;
  readonly candidate: Candidate;
  readonly stageName: string;
  readonly clock: AnswerClock;
  /** Newest first. */
  readonly log: readonly LogEntry[];
  /** What the planner wants next, soonest first. */
  readonly followUps: readonly FollowUp[];
  readonly afterInterview: boolean;
  /** The soonest follow-up's time has passed: it is overdue, not "next". */
  readonly followUpOverdue: boolean;
}

export interface MeetingAttendee extends CandidateView {
  /** This interview is already in their log (by the event's id, or its subject for one logged by hand). */
  readonly interviewLogged: boolean;
}

export type PaneView =
  | { readonly kind: "no-item" }
  | { readonly kind: "unknown-sender"; readonly sender: Person }
  | { readonly kind: "own-mail" }
  | {
      readonly kind: "candidate";
      readonly view: CandidateView;
      /** Their mail open in the reading pane (subject and the start of its text): whether it asks
       * where things stand decides the template to start from (templateChoice.ts). */
      readonly openMailText?: string;
    }
  | {
      readonly kind: "compose";
      readonly recipients: readonly CandidateView[];
      readonly strangers: readonly Person[];
    }
  | {
      readonly kind: "meeting";
      readonly attendees: readonly MeetingAttendee[];
      /** The meeting is over: time to log the outcome and plan the answer. */
      readonly ended: boolean;
    };

export interface PaneInputs {
  readonly item: HostItem | null;
  readonly processes: readonly Process[];
  readonly settings: Settings;
  readonly now: string;
  /** The signed-in recruiter: their own mails are not "unknown senders". */
  readonly me: string | null;
}

function candidateView(
  process: Process,
  candidate: Candidate,
  settings: Settings,
  now: string,
): CandidateView {
  const followUps = [...plan(candidate, process, settings, now)].sort(
    (a, b) => Date.parse(a.dueAt) - Date.parse(b.dueAt),
  );
  return {
    process,
    candidate,
    stageName: stageOf(candidate, process)?.name ?? candidate.stageId,
    clock: answerClock(candidate, process, settings, now),
    log: [...contactLog(candidate, process)].sort((a, b) => Date.parse(b.at) - Date.parse(a.at)),
    followUps,
    afterInterview: reachedInterview(candidate, process),
    followUpOverdue: followUps[0] !== undefined && Date.parse(followUps[0].dueAt) < Date.parse(now),
  };
}

/** A person in several processes: the one still open, most recently touched, is what a mail is about. */
function pick(matches: readonly CandidateMatch[]) {
  return [...matches].sort((a, b) => {
    const openA = a.process.stages.find((s) => s.id === a.candidate.stageId)?.kind;
    const openB = b.process.stages.find((s) => s.id === b.candidate.stageId)?.kind;
    const closed = (k: string | undefined) =>
      k === "rejected" || k === "withdrawn" || k === "hired" ? 1 : 0;
    return (
      closed(openA) - closed(openB) || Date.parse(b.candidate.updatedAt) - Date.parse(a.candidate.updatedAt)
    );
  })[0];
}

const views = (people: readonly Person[], inputs: PaneInputs) => {
  const found: CandidateView[] = [];
  const strangers: Person[] = [];
  for (const person of people) {
    const match = pick(candidatesByEmail(inputs, person.email));
    if (match) found.push(candidateView(match.process, match.candidate, inputs.settings, inputs.now));
    else if (person.email !== inputs.me) strangers.push(person);
  }
  return { found, strangers };
};

/**
 * The pane's view, memoised: asked again with the same item, processes, settings, `now` and
 * recruiter it hands back the same object, so the card and the forms below it see no change.
 * (The inputs come from three stores and the clock, hence a selector over them, not one store's.)
 */
export const paneView = (inputs: PaneInputs): PaneView =>
  viewOf(inputs.item, inputs.processes, inputs.settings, inputs.now, inputs.me);

const viewOf = memoLast(
  (
    item: HostItem | null,
    processes: readonly Process[],
    settings: Settings,
    now: string,
    me: string | null,
  ) => derive({ item, processes, settings, now, me }),
);

/**
 * A candidate picked in the overview, shown as the pane shows the candidate of a mail (the same
 * card and actions); null once they are gone (removed, being erased, or their process closed on
 * another device).
 * Memoised like the pane's view, by the ids, so the forms below the card keep what is typed.
 */
export const focusedCandidateView: (
  processes: readonly Process[],
  settings: Settings,
  now: string,
  processId: string,
  candidateId: string,
) => CandidateView | null = memoLast((processes, settings, now, processId, candidateId) => {
  const process = processes.find((p) => p.id === processId);
  const candidate = process && withoutErasing(process).candidates.find((c) => c.id === candidateId);
  return process && candidate ? candidateView(process, candidate, settings, now) : null;
});

function derive(inputs: PaneInputs): PaneView {
  const { item } = inputs;
  if (!item) return { kind: "no-item" };
  if (item.kind === "message-read") {
    if (!item.from) return { kind: "no-item" };
    if (inputs.me && item.from.email === inputs.me) {
      // A mail the recruiter sent: it is about its recipients.
      const { found } = views([...item.to, ...item.cc], inputs);
      return found[0] ? { kind: "candidate", view: found[0] } : { kind: "own-mail" };
    }
    const match = pick(candidatesByEmail(inputs, item.from.email));
    return match
      ? {
          kind: "candidate",
          view: candidateView(match.process, match.candidate, inputs.settings, inputs.now),
          openMailText: `${item.subject}\n${item.bodyPreview ?? ""}`,
        }
      : { kind: "unknown-sender", sender: item.from };
  }
  if (item.kind === "message-compose") {
    const { found, strangers } = views([...item.to, ...item.cc], inputs);
    return { kind: "compose", recipients: found, strangers };
  }
  const people = [...(item.attendees ?? []), ...(item.from ? [item.from] : [])];
  const { found } = views(people, inputs);
  return {
    kind: "meeting",
    attendees: found.map((view) => ({
      ...view,
      interviewLogged: view.candidate.contacts.some(
        (c) => c.kind === "interview" && (c.eventId === item.restId || c.summary === item.subject),
      ),
    })),
    ended: item.end ? Date.parse(item.end) <= Date.parse(inputs.now) : false,
  };
}
