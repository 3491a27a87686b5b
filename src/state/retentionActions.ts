// What the recruiter does from the Gallring tab before a candidate is erased: ask a talent-pool
// candidate to let us keep their data (one personalised draft, through the outbox like a status
// update), and record their yes (a consent that moves their retention date).

import { CONSENT_RENEWAL_MONTHS, err, type Candidate, type Process, type Result } from "../domain";
import { makeCommand, type Command, type Stamp } from "../sync/commands";
import { statusUpdateDrafts, type TemplateForMany } from "./statusDrafts";

export interface RetentionActions {
  /** A draft of the consent-renewal mail (consentRenewal.ts) in the candidate's language; an error
   * names why they cannot get one (no address, no version in their language). */
  sendConsentRequest(
    recipient: { readonly process: Process; readonly candidate: Candidate },
    pick: TemplateForMany,
  ): Promise<Result<unknown>>;
  /** They said yes: kept CONSENT_RENEWAL_MONTHS from now (the built-in mails ask for twelve). */
  recordConsent(ref: { readonly processId: string; readonly candidateId: string }): Promise<Result<unknown>>;
}

export function retentionActions(
  dispatch: (command: Command) => Promise<Result<unknown>>,
  stamp: () => Stamp,
): RetentionActions {
  return {
    sendConsentRequest: async (recipient, pick) => {
      const drafts = statusUpdateDrafts([recipient], stamp(), pick);
      if (!drafts.command) return err(drafts.skipped[0]!.reason);
      return dispatch(drafts.command);
    },
    recordConsent: (ref) => {
      const s = stamp();
      return dispatch(
        makeCommand("RecordConsent", { ...ref, givenAt: s.createdAt, months: CONSENT_RENEWAL_MONTHS }, s),
      );
    },
  };
}
