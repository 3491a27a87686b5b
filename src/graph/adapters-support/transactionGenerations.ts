// Generations of a follow-up's transactionId. Exchange remembers a transactionId: posted again with
// the same content it answers the event it made; with other content, 400 ErrorDuplicateTransactionId
// (graph-fidelity.md: public client code handling the error; blog.rykoma.net 2020-10-05). What it
// does once that event is deleted is not documented, so Svara never counts on the first id again
// after its event is gone:
//  - the event Svara knew was deleted (a PATCH answered 404): the next id names the gone event, so
//    every retry of the re-booking, on any device that knew the same event, uses the same id;
//  - the id was refused and no listed event answers for the follow-up (deleted, or no longer open):
//    the next id names the content, so a retry of the same booking is still the same request.
// Generations live for one adapter (one runtime); a later sweep that meets the refusal again finds
// its way in one more pass.
export type Generation =
  { readonly kind: "after-deleted"; readonly eventId: string } | { readonly kind: "by-content" };

export function transactionGenerations() {
  const byFollowUp = new Map<string, Generation>();
  return {
    /** The event this follow-up had is gone. */
    deleted(followUpId: string, eventId: string): void {
      byFollowUp.set(followUpId, { kind: "after-deleted", eventId });
    },
    /** Exchange refused the id this follow-up's create carried. */
    refused(followUpId: string): void {
      if (!byFollowUp.has(followUpId)) byFollowUp.set(followUpId, { kind: "by-content" });
    },
    /** The generation for transactionIdFor: undefined for the first id. `content`: the create's body. */
    of(followUpId: string, content: unknown): string | undefined {
      const g = byFollowUp.get(followUpId);
      if (!g) return undefined;
      return g.kind === "after-deleted" ? `after:${g.eventId}` : `content:${JSON.stringify(content)}`;
    },
  };
}
