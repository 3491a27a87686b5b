// Why a runtime may not send a command right now: another runtime of Svara on this device owns it.
// Never shown to the recruiter — the drain waits and looks again — but kept as values like every error.

import { appError, type AppError } from "../domain/result";

type LeaseErrorCode = "outbox-sending-elsewhere" | "outbox-sweep-elsewhere";

declare module "../domain/errorCodes" {
  interface ErrorCodes {
    lease: LeaseErrorCode;
  }
}

/** Another live runtime (a second pane, the send handler) is sending it, or took it over. */
export function sendingElsewhere(id: string, owner: string): AppError {
  return appError(
    "outbox-sending-elsewhere",
    "Ändringen skickas från ett annat Svara-fönster på den här datorn.",
    "The change is being sent from another Svara window on this device.",
    { cause: { id, owner }, retryable: true },
  );
}

/** Another runtime is bringing every follow-up in line: nothing new starts until it is done. */
export function sweepElsewhere(owner: string): AppError {
  return appError(
    "outbox-sweep-elsewhere",
    "Ett annat Svara-fönster på den här datorn stämmer av påminnelserna. Ändringen skickas strax.",
    "Another Svara window on this device is checking the reminders. The change goes shortly.",
    { cause: { owner }, retryable: true },
  );
}
