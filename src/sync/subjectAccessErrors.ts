// What a subject-access export says when it cannot be made or kept (issue 14). An export that
// misses one of Svara's places would tell the candidate less than Svara holds, so a read that fails
// makes no file at all: the recruiter is told which part could not be read, and tries again.
import { appError, type AppError } from "../domain/result";

type SubjectAccessErrorCode = "export-candidate-missing" | "export-read-failed" | "export-save-failed";

declare module "../domain/errorCodes" {
  interface ErrorCodes {
    subjectAccess: SubjectAccessErrorCode;
  }
}

/** The part of Microsoft 365 a read was for, in the recruiter's words. */
export type ExportPart = "onenote" | "todo" | "calendar" | "mail";

const PARTS: Record<ExportPart, { sv: string; en: string }> = {
  onenote: { sv: "anteckningssidan i OneNote", en: "the notes page in OneNote" },
  todo: { sv: "påminnelserna i To Do", en: "the reminders in To Do" },
  calendar: { sv: "uppföljningarna i kalendern", en: "the follow-ups in the calendar" },
  mail: { sv: "mejlen i Outlook", en: "the mails in Outlook" },
};

/** Graph's request id stays on the error, so the bar can show "Id för support". */
const support = (cause: AppError) =>
  "requestId" in cause && typeof cause.requestId === "string" ? { requestId: cause.requestId } : {};

const tail = (cause: AppError) =>
  cause.code === "graph-auth-needed"
    ? { sv: ` ${cause.message.sv}`, en: ` ${cause.message.en}` }
    : cause.retryable
      ? { sv: " Försök igen om en stund.", en: " Try again in a while." }
      : { sv: "", en: "" };

export function exportReadFailed(part: ExportPart, cause: AppError): AppError {
  const then = tail(cause);
  return {
    ...appError(
      "export-read-failed",
      `Registerutdraget gjordes inte: Svara kunde inte läsa ${PARTS[part].sv}, så utdraget hade blivit ofullständigt. Ingen fil skapades.${then.sv}`,
      `The export was not made: Svara could not read ${PARTS[part].en}, so it would have been incomplete. No file was created.${then.en}`,
      { cause, retryable: cause.retryable === true },
    ),
    ...support(cause),
  };
}

export function exportSaveFailed(cause: AppError): AppError {
  return {
    ...appError(
      "export-save-failed",
      "Utdraget kunde inte sparas i OneDrive. Filerna går att ladda ned här; försök spara igen om en stund.",
      "The export could not be saved to OneDrive. The files can be downloaded here; try saving again in a while.",
      { cause, retryable: cause.retryable === true },
    ),
    ...support(cause),
  };
}

export function exportCandidateMissing(cause: unknown): AppError {
  return appError(
    "export-candidate-missing",
    "Kandidaten finns inte längre i processen, så det finns inget att exportera.",
    "The candidate is no longer in the process, so there is nothing to export.",
    { cause, retryable: false },
  );
}
