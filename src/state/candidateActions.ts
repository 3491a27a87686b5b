import type {
  CandidateRef,
  AppError,
  Candidate,
  ContactEvent,
  IsoInstant,
  Language,
  Process,
  Result,
} from "../domain";
import { candidateNameFromMail, guessLanguage, newCandidateId, ok } from "../domain";
import type { HostItem } from "../host/host";
import {
  callContact,
  makeCommand,
  meetingHeldContact,
  type CandidateChanges,
  type Command,
  type CreateDrafts,
  type SourceMail,
  type Stamp,
} from "../sync/commands";
import {
  logCallOutcome,
  type AnyCallOutcome,
  type CallActions,
  type CallLogged,
  type CallWhen,
} from "./callOutcome";
import { changedDetails, type CandidateDetails } from "./candidateDetails";
import { statusUpdateDrafts, type SkippedRecipient, type TemplateForMany } from "./statusDrafts";

/** The mail the recruiter has open, as the pane knows it (host item + its Graph id). */
interface OpenMail extends SourceMail {
  readonly from: { readonly name: string; readonly email: string };
}

/** The "add as candidate" form, checked: the sender as the recruiter corrected them. */
export interface NewCandidateInput {
  readonly processId: string;
  readonly name: string;
  readonly email: string;
  readonly phone: string | null;
  readonly linkedInUrl: string | null;
  /** The language the recruiter saw (and may have corrected) in the form; null = the process's.
   * Absent: guessed here from the item. */
  readonly language?: Language | null;
}

type Recipient = { readonly process: Process; readonly candidate: Candidate };

/** What the recruiter can do to a candidate, each made into a command with a fresh id at the
 * moment of the click and dispatched. The result says "saved" or "not saved". */
export interface CandidateActions extends CallActions {
  addCandidateFromMail(
    processId: string,
    candidateId: string,
    mail: OpenMail,
    extra?: {
      readonly phone?: string | null;
      readonly linkedInUrl?: string | null;
      readonly name?: string;
      /** The language their mail is written in, when it says so clearly. */
      readonly language?: Language | null;
    },
  ): Promise<Result<unknown>>;
  /** The unknown sender of the open mail becomes a candidate: a fresh id, the mail linked, the clock started. */
  addCandidateFromItem(item: HostItem, input: NewCandidateInput): Promise<Result<unknown>>;
  linkMail(ref: CandidateRef, messageId: string): Promise<Result<unknown>>;
  updateCandidate(ref: CandidateRef, changes: CandidateChanges): Promise<Result<unknown>>;
  /** The details form: only what changed since it opened is sent; null when nothing did. */
  updateDetails(
    ref: CandidateRef,
    started: CandidateDetails,
    details: CandidateDetails,
  ): Promise<Result<unknown>> | null;
  /** A call as the recruiter picked its outcome (callOutcome.ts): logged, and a "no" closes. Any
   * stage: before the interview it is an answer or an attempt, after it the decision. */
  logCallOutcome(
    ref: CandidateRef,
    outcome: AnyCallOutcome,
    notes: string,
    language: Language,
    when?: CallWhen,
  ): Promise<CallLogged>;
  /** `at` null: the interview has no end time, so it is logged as held now. */
  logMeetingHeld(
    ref: CandidateRef,
    at: IsoInstant | null,
    summary: string,
    eventId: string | null,
  ): Promise<Result<unknown>>;
  logContact(
    ref: CandidateRef,
    contact: (id: string, at: IsoInstant) => ContactEvent,
  ): Promise<Result<unknown>>;
  addNote(ref: CandidateRef, text: string): Promise<Result<unknown>>;
  /** A follow-up ticked off (Today / This week): done in Svara, and so in To Do or the calendar. */
  completeFollowUp(ref: CandidateRef, followUpId: string): Promise<Result<unknown>>;
  /** A draft each of the chosen template (by default the status update) to several candidates, each
   * in their own language (statusDrafts.ts); who gets none is named with the reason. */
  createStatusDrafts(
    recipients: readonly Recipient[],
    pick?: TemplateForMany,
  ): Promise<{ readonly saved: Result<unknown>; readonly skipped: readonly SkippedRecipient[] }>;
  /** The rounds of a status update to many (bulkUpdate.ts), saved one after another so the outbox
   * sends them in that order; stops at the first that cannot be saved and says how many were. */
  sendDraftRounds(
    rounds: readonly CreateDrafts[],
  ): Promise<{ readonly saved: number; readonly error: AppError | null }>;
}

/** `processOf` looks a process up in what the store holds (the call needs its stages and language). */
export function candidateActions(
  dispatch: (command: Command) => Promise<Result<unknown>>,
  stamp: () => Stamp,
  processOf: (processId: string) => Process | null,
): CandidateActions {
  const logContact: CandidateActions["logContact"] = (ref, contact) => {
    const s = stamp();
    // The contact's id is the command's: one id from the click to OneNote's data-id.
    return dispatch(makeCommand("LogContact", { ...ref, contact: contact(s.id, s.createdAt) }, s));
  };
  const addCandidateFromMail: CandidateActions["addCandidateFromMail"] = (
    processId,
    candidateId,
    mail,
    extra = {},
  ) =>
    dispatch(
      makeCommand(
        "AddCandidate",
        {
          processId,
          candidateId,
          name: extra.name ?? candidateNameFromMail(mail.from),
          email: mail.from.email,
          phone: extra.phone ?? null,
          linkedInUrl: extra.linkedInUrl ?? null,
          stageId: null,
          ...(extra.language ? { language: extra.language } : {}),
          sourceMail: {
            messageId: mail.messageId,
            internetMessageId: mail.internetMessageId ?? null,
            at: mail.at,
            subject: mail.subject,
          },
        },
        stamp(),
      ),
    );
  const moveStage: CandidateActions["moveStage"] = (ref, stageId, rejection = null) =>
    dispatch(makeCommand("MoveStage", { ...ref, stageId, rejection }, stamp()));
  const updateCandidate: CandidateActions["updateCandidate"] = (ref, changes) =>
    dispatch(makeCommand("UpdateCandidate", { ...ref, changes }, stamp()));
  const logCall: CandidateActions["logCall"] = (ref, outcome, summary, decision = false, when = {}) =>
    logContact(ref, (id, now) =>
      callContact(id, when.at ?? now, outcome, summary, decision, when.channel ?? "phone"),
    );
  return {
    addCandidateFromMail,
    addCandidateFromItem: (item, input) => {
      const s = stamp();
      return addCandidateFromMail(
        input.processId,
        newCandidateId(input.name, globalThis.crypto.randomUUID()),
        {
          messageId: item.restId ?? "",
          at: item.receivedAt ?? s.createdAt,
          subject: item.subject,
          from: { name: input.name, email: input.email },
        },
        {
          name: input.name,
          phone: input.phone,
          linkedInUrl: input.linkedInUrl,
          // What they wrote decides the language of what we write back; unsure = the process's.
          language:
            input.language !== undefined
              ? input.language
              : guessLanguage(`${item.subject}\n${item.bodyPreview ?? ""}`),
        },
      );
    },
    // Opening the same mail again must not queue the link again: the id is the mail's and the candidate's.
    linkMail: (ref, messageId) =>
      dispatch(
        makeCommand(
          "LinkMail",
          { ...ref, messageId },
          { ...stamp(), id: `link:${messageId}>${ref.processId}/${ref.candidateId}` },
        ),
      ),
    moveStage,
    updateCandidate,
    updateDetails: (ref, started, details) => {
      const changes = changedDetails(started, details);
      return changes ? updateCandidate(ref, changes) : null;
    },
    logCall,
    logCallOutcome: (ref, outcome, notes, language, when) =>
      logCallOutcome({ logCall, moveStage }, processOf(ref.processId), ref, outcome, notes, language, when),
    // One interview is logged once, however often the recruiter opens the event: the id is the event's.
    logMeetingHeld: (ref, at, summary, eventId) => {
      if (eventId === null)
        return logContact(ref, (id, now) => meetingHeldContact(id, at ?? now, summary, eventId));
      const s = stamp();
      const contactId = `meeting:${eventId}`;
      return dispatch(
        makeCommand(
          "LogContact",
          { ...ref, contact: meetingHeldContact(contactId, at ?? s.createdAt, summary, eventId) },
          { ...s, id: `${contactId}>${ref.processId}/${ref.candidateId}` },
        ),
      );
    },
    logContact,
    addNote: (ref, text) => {
      const s = stamp();
      return dispatch(makeCommand("AddNote", { ...ref, noteId: s.id, at: s.createdAt, text }, s));
    },
    // Ticking the same follow-up twice (a double click, two tabs) must not queue it twice: the id is
    // the follow-up's, which already names its process and candidate.
    completeFollowUp: (ref, followUpId) =>
      dispatch(
        makeCommand("CompleteFollowUp", { ...ref, followUpId }, { ...stamp(), id: `done:${followUpId}` }),
      ),
    createStatusDrafts: async (recipients, pick) => {
      const at = stamp();
      // Without her choice, the built-in status update: its texts are not in the pane's first paint.
      const chosen =
        pick ??
        (await import(/* webpackChunkName: "template-texts" */ "./templateForMany")).BUILT_IN_STATUS_UPDATE;
      const update = statusUpdateDrafts(recipients, at, chosen);
      const saved = update.command ? await dispatch(update.command) : ok(null);
      return { saved, skipped: update.skipped };
    },
    sendDraftRounds: async (rounds) => {
      let saved = 0;
      for (const round of rounds) {
        const result = await dispatch(round);
        if (!result.ok) return { saved, error: result.error };
        saved += 1;
      }
      return { saved, error: null };
    },
  };
}
