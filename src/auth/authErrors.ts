import { appError, type AppError } from "../domain/result";

type AuthErrorCode =
  | "auth-popup-blocked"
  | "auth-cancelled"
  | "auth-sign-in-needed"
  | "auth-offline"
  | "auth-busy"
  | "auth-failed"
  | "auth-config-invalid";

declare module "../domain/errorCodes" {
  interface ErrorCodes {
    auth: AuthErrorCode;
  }
}

// MSAL's error codes (BrowserAuthErrorCodes); compared as strings so this file needs no MSAL import.
const POPUP_BLOCKED = new Set(["popup_window_error", "empty_window_error"]);
const CANCELLED = new Set(["user_cancelled"]);
const BUSY = new Set(["interaction_in_progress"]);
const OFFLINE = new Set(["no_network_connectivity", "endpoints_resolution_error", "post_request_failed"]);

const errorCode = (e: unknown): string =>
  typeof e === "object" && e !== null && typeof (e as { errorCode?: unknown }).errorCode === "string"
    ? (e as { errorCode: string }).errorCode
    : "";

/** Only the code and the error's name go into `cause`: MSAL messages can carry claims or ids. */
const safeCause = (e: unknown) => ({
  errorCode: errorCode(e),
  name: e instanceof Error ? e.name : typeof e,
});

/** The interactive step failed: say what the recruiter can do about it. */
export function interactiveAuthError(e: unknown): AppError {
  const code = errorCode(e);
  if (POPUP_BLOCKED.has(code)) {
    return appError(
      "auth-popup-blocked",
      "Inloggningsfönstret blockerades. Tillåt popup-fönster för Svara och försök igen.",
      "The sign-in window was blocked. Allow pop-ups for Svara and try again.",
      { cause: safeCause(e), retryable: true },
    );
  }
  if (CANCELLED.has(code)) {
    return appError(
      "auth-cancelled",
      "Inloggningen avbröts. Du måste logga in för att Svara ska kunna spara i Microsoft 365.",
      "Sign-in was cancelled. You need to sign in for Svara to save to Microsoft 365.",
      { cause: safeCause(e), retryable: true },
    );
  }
  return silentAuthError(e);
}

/** Silent sign-in was not enough and the caller may not open a window now. */
export function signInNeeded(): AppError {
  return appError(
    "auth-sign-in-needed",
    "Logga in för att Svara ska kunna spara dina ändringar i Microsoft 365. De väntar tills dess.",
    "Sign in so Svara can save your changes to Microsoft 365. They wait until then.",
    { retryable: true },
  );
}

/** A failure that no sign-in window would fix (network, MSAL busy, anything unknown). */
export function silentAuthError(e: unknown): AppError {
  const code = errorCode(e);
  if (OFFLINE.has(code)) {
    return appError(
      "auth-offline",
      "Det gick inte att nå Microsofts inloggning. Kontrollera nätverket; dina ändringar ligger kvar och skickas sedan.",
      "Could not reach Microsoft sign-in. Check the network; your changes are kept and will be sent later.",
      { cause: safeCause(e), retryable: true },
    );
  }
  if (BUSY.has(code)) {
    return appError(
      "auth-busy",
      "En inloggning pågår redan. Slutför den och försök igen.",
      "A sign-in is already in progress. Finish it and try again.",
      { cause: safeCause(e), retryable: true },
    );
  }
  return appError(
    "auth-failed",
    "Inloggningen misslyckades. Försök igen; kvarstår felet, kontakta support.",
    "Sign-in failed. Try again; if it persists, contact support.",
    { cause: safeCause(e), retryable: true },
  );
}
