// Scripted failures for the fake ports: "the next call to write answers 412", "the next three
// appends are throttled". Each fake method asks `take(name)` before doing its work.

import { appError, type AppError } from "../../../../src/domain";

export type FakeError = AppError & { status?: number; retryAfterMs?: number; missingPermission?: string };

export class Faults {
  private readonly queued = new Map<string, FakeError[]>();

  fail(method: string, error: FakeError, times = 1): void {
    const list = this.queued.get(method) ?? [];
    for (let i = 0; i < times; i += 1) list.push(error);
    this.queued.set(method, list);
  }

  take(method: string): FakeError | undefined {
    return this.queued.get(method)?.shift();
  }
}

export const throttled = (retryAfterMs?: number): FakeError => ({
  ...appError("graph-throttled", "Upptaget", "Busy", { retryable: true }),
  status: 429,
  ...(retryAfterMs !== undefined ? { retryAfterMs } : {}),
});

export const offline = (): FakeError => appError("graph-offline", "Offline", "Offline", { retryable: true });

export const unavailable = (): FakeError => ({
  ...appError("graph-throttled", "Upptaget", "Service unavailable", { retryable: true }),
  status: 503,
});

export const signInNeeded = (): FakeError => ({
  ...appError("graph-auth-needed", "Logga in", "Sign in again", { retryable: true }),
  status: 401,
});

export const forbidden = (permission: string): FakeError => ({
  ...appError(
    "graph-forbidden",
    `Svara saknar behörigheten ${permission}.`,
    `Svara lacks the ${permission} permission.`,
    {
      retryable: false,
    },
  ),
  status: 403,
  missingPermission: permission,
});

export const conflict = (): FakeError => ({
  ...appError("conflict", "Konflikt", "Conflict", { retryable: true }),
  status: 412,
});
