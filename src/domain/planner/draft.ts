// A follow-up as the planner drafts it, before it gets its id and its overdue flag: the drafts say
// what to do and when; finishing them is the same for every kind.

import { followUpId, type CallDetails, type FollowUp, type FollowUpKind } from "../followUp";
import type { Candidate, IsoInstant, Process, UserText } from "../model";
import type { TemplateKind } from "../templates/template";
import { cleanName, cleanText, fitLength, TEXT_LIMITS } from "../cleanText";

export interface Draft {
  readonly kind: FollowUpKind;
  readonly anchor: string;
  readonly channel: FollowUp["channel"];
  readonly target: FollowUp["target"];
  readonly dueAt: IsoInstant;
  readonly remindAt: IsoInstant;
  readonly title: UserText;
  readonly body: UserText;
  readonly template: TemplateKind | null;
  readonly call: CallDetails | null;
}

/** The id is derived from what the follow-up is about, so the same input always gives the same id. */
export function finish(draft: Draft, candidate: Candidate, process: Process, now: IsoInstant): FollowUp {
  const nowMs = Date.parse(now);
  const overdue = Date.parse(draft.dueAt) <= nowMs;
  // A reminder time already gone while the thing itself is still ahead would never pop: move it
  // to the due time. Stable in `now`, so sync does not rewrite the reminder on every run.
  const remindAt = !overdue && Date.parse(draft.remindAt) < nowMs ? draft.dueAt : draft.remindAt;
  return {
    id: followUpId(process.id, candidate.id, draft.kind, draft.anchor),
    processId: process.id,
    candidateId: candidate.id,
    kind: draft.kind,
    channel: draft.channel,
    target: draft.target,
    dueAt: draft.dueAt,
    remindAt,
    overdue,
    // A name written before names were checked could carry what To Do or Exchange would drop or
    // cut; ours is cleaned and cut the same way every time, so what is stored equals what is planned.
    title: { sv: titleOf(draft.title.sv), en: titleOf(draft.title.en) },
    body: { sv: cleanText(draft.body.sv), en: cleanText(draft.body.en) },
    template: draft.template,
    call: draft.call,
  };
}

const titleOf = (text: string): string => fitLength(cleanName(text), TEXT_LIMITS.subject);
