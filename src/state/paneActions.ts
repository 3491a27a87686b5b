// What the recruiter does in the pane, as commands for the outbox. Each builder is pure apart from
// the stamp (id + time) it is given, so the stories are testable without a browser; ids that must
// be the same every time the same thing is seen (linking a mail) are derived, never random.

import type { CandidateView } from "./paneView";
import type { HostItem } from "../host/host";
import type { Rejection } from "../domain";
import { callContact, makeCommand, meetingHeldContact, type Command, type Stamp } from "../sync/commands";

export interface NewCandidateInput {
  readonly processId: string;
  readonly name: string;
  readonly email: string;
  readonly phone: string | null;
  readonly linkedInUrl: string | null;
}

/** "Åsa Öberg-Ñúñez" → "asa-oberg-nunez": readable in OneNote and in the app folder's JSON. */
export function slugOf(name: string): string {
  const ascii = name
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/ø/gi, "o")
    .replace(/æ/gi, "ae")
    .replace(/ß/g, "ss")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "");
  return ascii.slice(0, 40).replace(/-+$/, "") || "kandidat";
}

/** A candidate id unique within the process: the name's slug plus a piece of the command id. */
export const newCandidateId = (name: string, stamp: Stamp) =>
  `c-${slugOf(name)}-${stamp.id
    .replace(/[^a-z0-9]/gi, "")
    .slice(0, 6)
    .toLowerCase()}`;

export function addCandidateFromMail(input: NewCandidateInput, item: HostItem | null, stamp: Stamp): Command {
  return makeCommand(
    "AddCandidate",
    {
      processId: input.processId,
      candidateId: newCandidateId(input.name, stamp),
      name: input.name,
      email: input.email,
      phone: input.phone,
      linkedInUrl: input.linkedInUrl,
      stageId: null,
      sourceMail:
        item?.kind === "message-read" && item.restId
          ? { messageId: item.restId, at: item.receivedAt ?? stamp.createdAt, subject: item.subject }
          : null,
    },
    stamp,
  );
}

/** Opening a candidate's mail links it; the same mail always gives the same command id. */
export function linkOpenedMail(view: CandidateView, item: HostItem, stamp: Stamp): Command | null {
  if (item.kind !== "message-read" || !item.restId) return null;
  const id = `link:${item.restId}>${view.process.id}/${view.candidate.id}`;
  return makeCommand(
    "LinkMail",
    { processId: view.process.id, candidateId: view.candidate.id, messageId: item.restId },
    { ...stamp, id },
  );
}

export const moveStage = (view: CandidateView, stageId: string, rejection: Rejection | null, stamp: Stamp) =>
  makeCommand(
    "MoveStage",
    { processId: view.process.id, candidateId: view.candidate.id, stageId, rejection },
    stamp,
  );

/** Reject before interview: the stage of kind "rejected", with the reason the mail must carry. */
export function reject(view: CandidateView, rejection: Rejection, stamp: Stamp): Command | null {
  const stage = view.process.stages.find((s) => s.kind === "rejected");
  return stage ? moveStage(view, stage.id, rejection, stamp) : null;
}

export const savePhone = (view: CandidateView, phone: string, stamp: Stamp) =>
  makeCommand(
    "UpdateCandidate",
    { processId: view.process.id, candidateId: view.candidate.id, changes: { phone } },
    stamp,
  );

export type CallResult = "offer" | "next-step" | "rejected" | "no-answer";

/**
 * A call that reached the candidate with a decision stops the clock; one that did not is logged as
 * an attempt and the clock keeps running. A "no" on the phone also closes the candidate's process.
 */
export function logCall(view: CandidateView, result: CallResult, notes: string, stamp: Stamp): Command[] {
  const ref = { processId: view.process.id, candidateId: view.candidate.id };
  const outcome = result === "no-answer" ? "no-answer" : "reached";
  const contact = callContact(`call:${stamp.id}`, stamp.createdAt, outcome, notes, outcome === "reached");
  const commands: Command[] = [makeCommand("LogContact", { ...ref, contact }, stamp)];
  if (result === "rejected") {
    const stage = view.process.stages.find((s) => s.kind === "rejected");
    if (stage)
      commands.push(
        makeCommand(
          "MoveStage",
          {
            ...ref,
            stageId: stage.id,
            rejection: { reason: "other", detail: notes || "Besked per telefon efter intervju" },
          },
          { id: `${stamp.id}:stage`, createdAt: stamp.createdAt },
        ),
      );
  }
  return commands;
}

export const addNote = (view: CandidateView, text: string, stamp: Stamp) =>
  makeCommand(
    "AddNote",
    {
      processId: view.process.id,
      candidateId: view.candidate.id,
      noteId: `note:${stamp.id}`,
      at: stamp.createdAt,
      text,
    },
    stamp,
  );

/** An interview that has ended: logged once per event and candidate, which plans the answer. */
export function logMeetingHeld(view: CandidateView, item: HostItem, stamp: Stamp): Command {
  const eventKey = item.restId ?? `${item.subject}@${item.start ?? stamp.createdAt}`;
  const id = `meeting:${eventKey}>${view.process.id}/${view.candidate.id}`;
  return makeCommand(
    "LogContact",
    {
      processId: view.process.id,
      candidateId: view.candidate.id,
      contact: meetingHeldContact(
        `meeting:${eventKey}`,
        item.end ?? stamp.createdAt,
        item.subject,
        item.restId,
      ),
    },
    { ...stamp, id },
  );
}

export interface CandidateDetails {
  readonly phone: string | null;
  readonly linkedInUrl: string | null;
  readonly emails: readonly string[];
}

/** Only what changed goes in the command, so a concurrent edit elsewhere merges field by field. */
export function updateDetails(view: CandidateView, details: CandidateDetails, stamp: Stamp): Command | null {
  const c = view.candidate;
  const changes: { phone?: string | null; linkedInUrl?: string | null; emails?: readonly string[] } = {};
  if (details.phone !== c.phone) changes.phone = details.phone;
  if (details.linkedInUrl !== c.linkedInUrl) changes.linkedInUrl = details.linkedInUrl;
  if (details.emails.join("\n") !== c.emails.join("\n")) changes.emails = details.emails;
  if (Object.keys(changes).length === 0) return null;
  return makeCommand(
    "UpdateCandidate",
    { processId: view.process.id, candidateId: view.candidate.id, changes },
    stamp,
  );
}
