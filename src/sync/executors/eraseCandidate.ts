// Erasing a candidate everywhere Svara wrote (docs/decisions/0010-erase-a-candidate.md). First the
// process notes that they are being erased — the planner and the weekly list plan nothing for them
// from then on — while their pointers (page id, log, addresses) stay readable; then each place is
// emptied, each step finding its own work again, so a try cut off anywhere resumes and a try after
// the end repeats nothing; last, the candidate leaves the process and a receipt without personal
// data takes their place.

import {
  beginErasure,
  erasureById,
  finishErasure,
  ok,
  type Candidate,
  type ErasedPlace,
  type Process,
  type Result,
  type CandidateRef,
} from "../../domain";
import type { EraseCandidate } from "../commands";
import { processCategory, type ExecutionContext, type Executor, type SentResult } from "./context";
import { changeDocument } from "./documentWrite";

const MAIL_ROUNDS = 50;
const MAIL_PAGE = 100;

/** Their mails: to Deleted Items first when she chose so, then Svara's link and category off. Found
 * by the link, so a mail done leaves the listing (a mail moved but not yet unlinked is found again in
 * Deleted Items, and moving it there again changes nothing). */
async function eraseMailMarks(
  ref: CandidateRef,
  deleteMails: boolean,
  category: string,
  ctx: ExecutionContext,
): Promise<Result<{ readonly moved: number; readonly unlinked: number }>> {
  let moved = 0;
  let unlinked = 0;
  for (let round = 0; round < MAIL_ROUNDS; round += 1) {
    const mails = await ctx.ports.mailLinks.messagesOfCandidate(ref, MAIL_PAGE);
    if (!mails.ok) return mails;
    for (const mail of mails.value) {
      let id: string | null = mail.id;
      if (deleteMails) {
        const there = await ctx.ports.mailLinks.moveToDeletedItems(mail.id);
        if (!there.ok) return there;
        id = there.value;
        if (id !== null) moved += 1;
      }
      if (id === null) continue; // gone meanwhile: nothing left to unmark
      const done = await ctx.ports.mailLinks.relink(id, null, null, category);
      if (!done.ok && done.error.code !== "graph-not-found") return done;
      unlinked += 1;
    }
    if (mails.value.length < MAIL_PAGE) break;
  }
  return ok({ moved, unlinked });
}

/** Steps 1–6: every place outside the process document, in order; the first failure stops here and
 * the outbox sends the command again. */
async function erasePlaces(
  process: Process,
  candidate: Candidate | undefined,
  command: EraseCandidate,
  ctx: ExecutionContext,
): Promise<Result<readonly ErasedPlace[]>> {
  const { processId, candidateId, deleteMails } = command.payload;
  const ref = { processId, candidateId };
  const places: ErasedPlace[] = [];
  if (candidate) {
    const pages = await ctx.ports.notes.deleteCandidatePages(process, candidate);
    if (!pages.ok) return pages;
    places.push({ place: "onenote-page", count: pages.value });
  }
  const tasks = await ctx.ports.todo.deleteCandidateTasks(ref);
  if (!tasks.ok) return tasks;
  places.push({ place: "todo-tasks", count: tasks.value });
  const events = await ctx.ports.calendar.eraseCandidateEvents(ref, processCategory(process));
  if (!events.ok) return events;
  places.push({ place: "calendar-events", count: events.value.deleted });
  places.push({ place: "interview-links", count: events.value.unlinked });
  // What this burst listed of To Do and the calendar still has what just went.
  ctx.followUps.forget();
  if (candidate && candidate.emails.length > 0) {
    const drafts = await ctx.ports.drafts.deleteDraftsTo(candidate.emails);
    if (!drafts.ok) return drafts;
    places.push({ place: "drafts", count: drafts.value });
  }
  const mails = await eraseMailMarks(ref, deleteMails, processCategory(process), ctx);
  if (!mails.ok) return mails;
  if (deleteMails) places.push({ place: "mails-deleted", count: mails.value.moved });
  places.push({ place: "mail-links", count: mails.value.unlinked });
  // The subject-access exports she saved of them: named by their name, so found by it.
  if (candidate) {
    const exports = await ctx.ports.exportFiles.deleteExportsOf(candidate.name);
    if (!exports.ok) return exports;
    places.push({ place: "exports", count: exports.value });
  }
  const log = candidate ? candidate.contacts.length : 0;
  places.push({ place: "process-document", count: log });
  return ok(places);
}

export const executeEraseCandidate: Executor<EraseCandidate> = async (command, ctx) => {
  const { processId, candidateId, deleteMails, by } = command.payload;
  // Step 0: the process remembers the erasure (nothing to write when an earlier try did).
  const begun = await changeDocument(
    processId,
    command,
    (p) => ok(beginErasure(p, { id: command.id, candidateId, by, deleteMails, at: ctx.now() })),
    ctx,
  );
  if (!begun.ok) return begun;
  const process = begun.value.stored.process;
  const erasure = erasureById(process, command.id);
  // Not theirs to erase any more: already removed by someone else, with nothing left to point at.
  if (!erasure) return ok({ erased: false });
  if (erasure.erasedAt) return ok({ erased: true, places: erasure.places ?? [] });
  const candidate = process.candidates.find((c) => c.id === candidateId);
  const places = await erasePlaces(process, candidate, command, ctx);
  if (!places.ok) return places;
  // Step 7: the candidate and their log out, the receipt in.
  const finished = await changeDocument(
    processId,
    command,
    (p) => ok(finishErasure(p, command.id, places.value, ctx.now())),
    ctx,
  );
  if (!finished.ok) return finished;
  const sent: SentResult = {
    etag: finished.value.stored.etag,
    erased: true,
    places: places.value.map((p) => ({ place: p.place, count: p.count })),
  };
  return ok(sent);
};
