// The errors of the pages themselves (the pane and the dashboard), in Swedish and English.
import { appError, type AppError } from "../domain";

type AppErrorCode = "connect-failed" | "candidate-no-mail" | "export-unavailable";

declare module "../domain/errorCodes" {
  interface ErrorCodes {
    app: AppErrorCode;
  }
}

/** A chunk that failed to load or a throw inside MSAL must still end in a message with a retry. */
export const connectFailed = (cause: unknown): AppError =>
  appError(
    "connect-failed",
    "Svara kunde inte ansluta till Microsoft 365.",
    "Svara could not connect to Microsoft 365.",
    { cause, retryable: true },
  );

/** "Open the latest mail" for a candidate Svara has linked no mail to yet. */
export const noLinkedMail = (): AppError =>
  appError(
    "candidate-no-mail",
    "Det finns inget meddelande kopplat till kandidaten än.",
    "There is no mail linked to this candidate yet.",
  );

/** The export's code (its own chunk, fetched on the first click) did not load: offline, or a new
 * version replaced the old files. */
export const exportUnavailable = (cause: unknown): AppError =>
  appError(
    "export-unavailable",
    "Exporten kunde inte startas (Svara nådde inte sina filer). Ingen fil skapades. Kontrollera anslutningen och försök igen.",
    "The export could not start (Svara could not reach its files). No file was created. Check the connection and try again.",
    { cause, retryable: true },
  );
