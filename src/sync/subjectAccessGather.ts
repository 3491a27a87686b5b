// Gathers everything Svara holds about one candidate for a subject-access export (issue 14): the
// process and the candidate as this device sees them (stages, stage history, log), and from
// Microsoft 365 the text of their OneNote page, their open reminders in To Do and the calendar,
// and the subjects and dates of the mails linked to them. Only reads; nothing is queued or written.
import type { CandidateRef, Process } from "../domain";
import { err, ok, type Result } from "../domain/result";
import type { ExportMail, ExportNotes, SubjectAccessInput } from "../domain/subjectAccess";
import type { CalendarPort, MailLinksPort, MailSummary, NotesPort, TodoPort } from "../graph/ports";
import { exportCandidateMissing, exportReadFailed } from "./subjectAccessErrors";

export interface SubjectAccessPorts {
  readonly notes: Pick<NotesPort, "readCandidatePage">;
  readonly todo: Pick<TodoPort, "listFollowUps">;
  readonly calendar: Pick<CalendarPort, "listFollowUps">;
  readonly mailLinks: Pick<MailLinksPort, "messagesOfCandidate">;
}

/** Every linked mail a candidate can have in practice; the adapter pages up to it. */
const MAIL_LIMIT = 1000;

const mailOf = (m: MailSummary): ExportMail => ({
  subject: m.subject,
  at: m.at,
  direction: m.folder === "sentitems" || m.folder === "drafts" ? "out" : "in",
});

export async function gatherSubjectAccess(
  ports: SubjectAccessPorts,
  processes: readonly Process[],
  ref: CandidateRef,
  exportedAt: string,
): Promise<Result<SubjectAccessInput>> {
  const process = processes.find((p) => p.id === ref.processId);
  const candidate = process?.candidates.find((c) => c.id === ref.candidateId);
  if (!process || !candidate) return err(exportCandidateMissing(ref));
  // Four services, four reads at once: OneNote's tight limits see one request (or a few to find a
  // page made before ids were kept).
  const [page, tasks, events, mails] = await Promise.all([
    ports.notes.readCandidatePage(process, candidate),
    ports.todo.listFollowUps(),
    ports.calendar.listFollowUps(),
    ports.mailLinks.messagesOfCandidate(ref, MAIL_LIMIT),
  ]);
  if (!page.ok) return err(exportReadFailed("onenote", page.error));
  if (!tasks.ok) return err(exportReadFailed("todo", tasks.error));
  if (!events.ok) return err(exportReadFailed("calendar", events.error));
  if (!mails.ok) return err(exportReadFailed("mail", mails.error));
  const notes: ExportNotes =
    page.value === null ? { kind: "none" } : { kind: "page", text: page.value.join("\n") };
  const reminders = [...tasks.value, ...events.value]
    .map((existing) => existing.followUp)
    .filter((f) => f.processId === ref.processId && f.candidateId === ref.candidateId)
    .sort((a, b) => Date.parse(a.dueAt) - Date.parse(b.dueAt));
  return ok({ process, candidate, reminders, mails: mails.value.map(mailOf), notes, exportedAt });
}
