// Errors are values (ARCHITECTURE.md §8): every layer returns Result instead of throwing for
// anything a recruiter can cause or fix, and every error carries words for the recruiter in both
// UI languages plus the technical cause for support.

import type { ErrorCode } from "./errorCodes";

export type Language = "sv" | "en";

/** Text shown to the recruiter, in both UI languages. */
export type UserText = Readonly<Record<Language, string>>;

export interface AppError {
  /** Stable, machine-readable: "invalid-email", "graph-throttled", "outbox-unavailable" … (errorCodes.ts) */
  readonly code: ErrorCode;
  readonly message: UserText;
  /** The field the error is about, for forms. */
  readonly field?: string;
  /** Technical detail for logs and support; never shown as the main message. */
  readonly cause?: unknown;
  /** Whether trying again later can succeed (throttling, network) or needs the user (validation). */
  readonly retryable?: boolean;
}

/** Whether trying again later can succeed; an error that does not say so is final. */
export const isRetryable = (error: AppError | undefined): boolean => error?.retryable === true;

export type Result<T, E = AppError> =
  { readonly ok: true; readonly value: T } | { readonly ok: false; readonly error: E };

export const ok = <T>(value: T): Result<T, never> => ({ ok: true, value });
export const err = <E = AppError>(error: E): Result<never, E> => ({ ok: false, error });

export function appError(code: ErrorCode, sv: string, en: string, extra: Partial<AppError> = {}): AppError {
  return { code, message: { sv, en }, ...extra };
}
