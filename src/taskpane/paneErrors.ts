import { appError, type AppError } from "../domain";

type PaneErrorCode = "pane-connect-failed";

declare module "../domain/errorCodes" {
  interface ErrorCodes {
    pane: PaneErrorCode;
  }
}

/** A chunk that failed to load or a throw inside MSAL must still end in a message with a retry. */
export const connectFailed = (cause: unknown): AppError =>
  appError(
    "pane-connect-failed",
    "Svara kunde inte ansluta till Microsoft 365.",
    "Svara could not connect to Microsoft 365.",
    { cause, retryable: true },
  );
