import { appError, type AppError } from "../domain/result";

const OUTBOX_ERROR_CODES = [
  "outbox-unavailable",
  "outbox-quota-exceeded",
  "outbox-write-failed",
  "outbox-command-missing",
  "outbox-invalid-command",
  "outbox-invalid-transition",
  "outbox-already-sending",
] as const;
type OutboxErrorCode = (typeof OUTBOX_ERROR_CODES)[number];

declare module "../domain/errorCodes" {
  interface ErrorCodes {
    outbox: OutboxErrorCode;
  }
}

// Blocking errors: the UI must not say "saved" and must keep the recruiter's input on screen.

/** The change never reached the outbox: it exists only on screen. */
export const isNotSaved = (error: AppError): boolean =>
  (OUTBOX_ERROR_CODES as readonly string[]).includes(error.code);

export function outboxUnavailable(cause: unknown): AppError {
  return appError(
    "outbox-unavailable",
    "Inte sparat: webbläsaren tillåter inte lokal lagring här (privat läge?). Din ändring finns bara på skärmen.",
    "Not saved: the browser does not allow local storage here (private mode?). Your change is only on screen.",
    { cause: describe(cause), retryable: false },
  );
}

export function outboxFull(cause: unknown): AppError {
  return appError(
    "outbox-quota-exceeded",
    "Inte sparat: webbläsarens lagring är full. Frigör utrymme och försök igen; din ändring finns bara på skärmen.",
    "Not saved: the browser's storage is full. Free some space and try again; your change is only on screen.",
    { cause: describe(cause), retryable: true },
  );
}

function outboxWriteFailed(cause: unknown): AppError {
  return appError(
    "outbox-write-failed",
    "Inte sparat: det gick inte att skriva till den lokala lagringen. Försök igen.",
    "Not saved: writing to local storage failed. Try again.",
    { cause: describe(cause), retryable: true },
  );
}

/** Cancel came too late: the change is on its way (it may already be in Microsoft 365). */
export function commandAlreadySending(id: string): AppError {
  return appError(
    "outbox-already-sending",
    "Ändringen skickas redan och kan inte längre avbrytas.",
    "The change is already being sent and can no longer be cancelled.",
    { cause: { id }, retryable: false },
  );
}

export function commandNotFound(id: string): AppError {
  return appError(
    "outbox-command-missing",
    "Ändringen finns inte längre i kön.",
    "The change is no longer in the outbox.",
    { cause: { id }, retryable: false },
  );
}

export function commandNotJson(id: string, cause: unknown): AppError {
  return appError(
    "outbox-invalid-command",
    "Inte sparat: ändringen kunde inte lagras (programfel).",
    "Not saved: the change could not be stored (a bug).",
    { cause: { id, ...describe(cause) }, retryable: false },
  );
}

/** A storage failure as a value: quota is its own case because the recruiter can fix it. */
export function storageError(cause: unknown): AppError {
  const name = describe(cause).name;
  if (name === "QuotaExceededError") return outboxFull(cause);
  if (name === "InvalidStateError" || name === "SecurityError" || name === "UnknownError")
    return outboxUnavailable(cause);
  return outboxWriteFailed(cause);
}

function describe(cause: unknown): { name: string; message?: string } {
  if (cause && typeof cause === "object" && "name" in cause) {
    const { name, message } = cause as { name: unknown; message?: unknown };
    return { name: String(name), ...(typeof message === "string" ? { message } : {}) };
  }
  return { name: typeof cause, message: String(cause) };
}
