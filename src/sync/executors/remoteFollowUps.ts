// The follow-ups that exist in To Do and the calendar, as last listed, kept for a short while and
// kept current with our own writes. A burst of changes (a status update to 200 candidates) then
// lists To Do and the calendar once, not twice per candidate. Another device's change inside the
// window is at worst seen late: a create it already made is found by its externalId/transactionId
// (no twin), a completion it missed comes with the next listing.

import { ok, type FollowUp, type Result } from "../../domain";
import type { CalendarPort, ExistingFollowUp, FollowUpTwin, TodoPort } from "../../graph/ports";

export type Remote = ExistingFollowUp & { readonly target: FollowUp["target"] };
export type RemoteTwin = FollowUpTwin & { readonly target: FollowUp["target"] };

const FOLLOW_UP_LIST_TTL_MS = 60_000;

export class RemoteFollowUps {
  private cached: { at: number; byId: Map<string, Remote> } | null = null;

  constructor(
    private readonly ports: { readonly todo: TodoPort; readonly calendar: CalendarPort },
    private readonly now: () => number,
    private readonly ttlMs = FOLLOW_UP_LIST_TTL_MS,
  ) {}

  async list(): Promise<Result<readonly Remote[]>> {
    if (this.cached && this.now() - this.cached.at < this.ttlMs) return ok([...this.cached.byId.values()]);
    const [todo, calendar] = await Promise.all([
      this.ports.todo.listFollowUps(),
      this.ports.calendar.listFollowUps(),
    ]);
    if (!todo.ok) return todo;
    if (!calendar.ok) return calendar;
    const all: Remote[] = [
      ...todo.value.map((e) => ({ ...e, target: "todo" as const })),
      ...calendar.value.map((e) => ({ ...e, target: "calendar" as const })),
    ];
    this.cached = { at: this.now(), byId: new Map(all.map((r) => [r.followUp.id, r])) };
    return ok(all);
  }

  /** Open copies beside the ones listed (two devices made the same task): the adapters keep them
   * from the listing list() just made, so this costs no request within a sync run. */
  async twins(): Promise<Result<readonly RemoteTwin[]>> {
    const [todo, calendar] = await Promise.all([
      this.ports.todo.listTwins(),
      this.ports.calendar.listTwins(),
    ]);
    if (!todo.ok) return todo;
    if (!calendar.ok) return calendar;
    return ok([
      ...todo.value.map((t) => ({ ...t, target: "todo" as const })),
      ...calendar.value.map((t) => ({ ...t, target: "calendar" as const })),
    ]);
  }

  saved(followUp: FollowUp, remoteId: string, mailUrl?: string): void {
    const before = this.cached?.byId.get(followUp.id);
    const link = mailUrl ?? before?.mailUrl;
    this.cached?.byId.set(followUp.id, {
      followUp,
      remoteId,
      target: followUp.target,
      ...(link !== undefined ? { mailUrl: link } : {}),
    });
  }

  completed(followUpId: string): void {
    this.cached?.byId.delete(followUpId);
  }

  /** After a failure the cache may be wrong about what happened: list again next time. */
  forget(): void {
    this.cached = null;
  }
}
