// Each runtime of Svara (a pane, a pop-out, the dashboard, the send handler) has an id of its own
// for its lifetime: the owner named in the leases it takes (outboxLease.ts).

export function newRuntimeId(): string {
  const c = (globalThis as { crypto?: { randomUUID?: () => string } }).crypto;
  if (c?.randomUUID) return `rt-${c.randomUUID()}`;
  return `rt-${Date.now().toString(36)}-${Math.random().toString(36).slice(2)}`;
}
