// The Svara list's open tasks by follow-up id (linkedResource externalId), with every copy of one
// follow-up kept in view: To Do has no idempotency key, so two devices sweeping at once can both
// make the task. The copy every device keeps is the domain's rule (domain/twins.ts); the others,
// while open, are twins a sweep completes. An index that kept only the first task per externalId
// would never see the second, and it would stay open for good.
import type { LinkedResource, TodoTask } from "@microsoft/microsoft-graph-types";
import { twinsByKey, type FollowUp } from "../../domain";
import type { FollowUpTwin, HeldTodoTask } from "../ports";
import { followUpFromExtension, followUpFromLegacyNotes, svaraExtension } from "./taskBody";
import { APPLICATION } from "./taskFields";

/** What is known of the task kept for one follow-up. */
export interface Known {
  readonly remoteId: string;
  readonly completed: boolean;
  readonly linked: LinkedResource;
  readonly followUp: FollowUp | null;
  /** Svara's open extension is on the task (false: the older format, or damaged). */
  readonly extension: boolean;
}

export interface TaskIndex {
  readonly byExternalId: Map<string, Known>;
  /** Open copies beside the one kept, by externalId. */
  readonly twins: Map<string, FollowUpTwin[]>;
}

/** Svara's task without Svara's extension: written by an older version, its follow-up in the notes. */
export function olderFormat(t: TodoTask): boolean {
  const ours = (t.linkedResources ?? []).some((r) => r.applicationName === APPLICATION && r.externalId);
  return ours && svaraExtension((t as { extensions?: unknown[] }).extensions) === null;
}

/** A task of Svara's as the index holds it (and the device keeps it), or null: not Svara's, or completed. */
export function heldTaskOf(t: TodoTask): HeldTodoTask | null {
  const linked = (t.linkedResources ?? []).find((r) => r.applicationName === APPLICATION && r.externalId);
  if (!linked || !t.id || t.status === "completed") return null;
  const ext = svaraExtension((t as { extensions?: unknown[] }).extensions);
  return {
    remoteId: t.id,
    createdAt: t.createdDateTime ?? null,
    externalId: linked.externalId!,
    linked: { ...(linked.id ? { id: linked.id } : {}), webUrl: linked.webUrl ?? null },
    // The older format's JSON in the notes still serves, until the task is rewritten.
    followUp: followUpFromExtension(ext) ?? followUpFromLegacyNotes(t.body?.content),
    extension: ext !== null,
  };
}

const knownOf = (h: HeldTodoTask): Known => ({
  remoteId: h.remoteId,
  completed: false,
  linked: h.linked,
  followUp: h.followUp,
  extension: h.extension,
});

/** The index of the open tasks held: the copy kept per externalId, and the twins beside it. */
export function indexHeld(held: Iterable<HeldTodoTask>): TaskIndex {
  const byExternalId = new Map<string, Known>();
  const twins = new Map<string, FollowUpTwin[]>();
  for (const [externalId, split] of twinsByKey([...held], (c) => c.externalId)) {
    byExternalId.set(externalId, knownOf(split.keeper));
    if (split.twins.length > 0)
      twins.set(
        externalId,
        split.twins.map((c) => ({ followUpId: externalId, remoteId: c.remoteId })),
      );
  }
  return { byExternalId, twins };
}

export function indexTasks(tasks: readonly TodoTask[]): TaskIndex {
  return indexHeld(tasks.flatMap((t) => heldTaskOf(t) ?? []));
}

/** Completed tasks leave the index's twins (the kept copies are marked by the caller). */
export function withoutTwins(index: TaskIndex, remoteIds: ReadonlySet<string>): void {
  for (const [externalId, open] of index.twins) {
    const left = open.filter((t) => !remoteIds.has(t.remoteId));
    if (left.length > 0) index.twins.set(externalId, left);
    else index.twins.delete(externalId);
  }
}
