import type { ContactEvent, IsoInstant, Rejection, Result } from "../domain";
import { candidateNameFromMail } from "../domain";
import {
  callContact,
  makeCommand,
  meetingHeldContact,
  type CallOutcome,
  type CandidateChanges,
  type Command,
  type SourceMail,
  type Stamp,
} from "../sync/commands";

/** The mail the recruiter has open, as the pane knows it (host item + its Graph id). */
export interface OpenMail extends SourceMail {
  readonly from: { readonly name: string; readonly email: string };
}

export interface CandidateRef {
  readonly processId: string;
  readonly candidateId: string;
}

/** What the recruiter can do to a candidate, each made into a command with a fresh id at the
 * moment of the click and dispatched. The result says "saved" or "not saved". */
export interface CandidateActions {
  addCandidateFromMail(
    processId: string,
    candidateId: string,
    mail: OpenMail,
    extra?: { readonly phone?: string | null; readonly linkedInUrl?: string | null; readonly name?: string },
  ): Promise<Result<unknown>>;
  linkMail(ref: CandidateRef, messageId: string): Promise<Result<unknown>>;
  moveStage(ref: CandidateRef, stageId: string, rejection?: Rejection | null): Promise<Result<unknown>>;
  updateCandidate(ref: CandidateRef, changes: CandidateChanges): Promise<Result<unknown>>;
  logCall(
    ref: CandidateRef,
    outcome: CallOutcome,
    summary: string,
    decision?: boolean,
  ): Promise<Result<unknown>>;
  logMeetingHeld(
    ref: CandidateRef,
    at: IsoInstant,
    summary: string,
    eventId: string | null,
  ): Promise<Result<unknown>>;
  logContact(
    ref: CandidateRef,
    contact: (id: string, at: IsoInstant) => ContactEvent,
  ): Promise<Result<unknown>>;
  addNote(ref: CandidateRef, text: string): Promise<Result<unknown>>;
}

export function candidateActions(
  dispatch: (command: Command) => Promise<Result<unknown>>,
  stamp: () => Stamp,
): CandidateActions {
  const logContact: CandidateActions["logContact"] = (ref, contact) => {
    const s = stamp();
    // The contact's id is the command's: one id from the click to OneNote's data-id.
    return dispatch(makeCommand("LogContact", { ...ref, contact: contact(s.id, s.createdAt) }, s));
  };
  return {
    addCandidateFromMail: (processId, candidateId, mail, extra = {}) =>
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
            sourceMail: {
              messageId: mail.messageId,
              internetMessageId: mail.internetMessageId ?? null,
              at: mail.at,
              subject: mail.subject,
            },
          },
          stamp(),
        ),
      ),
    // Opening the same mail again must not queue the link again: the id is the mail's and the candidate's.
    linkMail: (ref, messageId) =>
      dispatch(
        makeCommand(
          "LinkMail",
          { ...ref, messageId },
          { ...stamp(), id: `link:${messageId}>${ref.processId}/${ref.candidateId}` },
        ),
      ),
    moveStage: (ref, stageId, rejection = null) =>
      dispatch(makeCommand("MoveStage", { ...ref, stageId, rejection }, stamp())),
    updateCandidate: (ref, changes) => dispatch(makeCommand("UpdateCandidate", { ...ref, changes }, stamp())),
    logCall: (ref, outcome, summary, decision = false) =>
      logContact(ref, (id, at) => callContact(id, at, outcome, summary, decision)),
    // One interview is logged once, however often the recruiter opens the event: the id is the event's.
    logMeetingHeld: (ref, at, summary, eventId) => {
      if (eventId === null) return logContact(ref, (id) => meetingHeldContact(id, at, summary, eventId));
      const s = stamp();
      const contactId = `meeting:${eventId}`;
      return dispatch(
        makeCommand(
          "LogContact",
          { ...ref, contact: meetingHeldContact(contactId, at, summary, eventId) },
          { ...s, id: `${contactId}>${ref.processId}/${ref.candidateId}` },
        ),
      );
    },
    logContact,
    addNote: (ref, text) => {
      const s = stamp();
      return dispatch(makeCommand("AddNote", { ...ref, noteId: s.id, at: s.createdAt, text }, s));
    },
  };
}
