// What the outbox keeps of a change once Microsoft 365 has it. The sent record stays for a week so a
// second runtime enqueuing the same change (the send handler, a pop-out pane) is told "already
// sent" instead of sending it twice — that needs the id, not the words. The note text, names and
// addresses of the payload are dropped at once (issue 14: a device keeps no more personal data
// than it needs); only the opaque ids the engine still reads (which process to read again) stay.

const KEPT_IDS = ["processId", "candidateId", "toProcessId"] as const;

export function sentReceipt(payload: unknown): Record<string, string> {
  const out: Record<string, string> = {};
  if (typeof payload !== "object" || payload === null) return out;
  const fields = payload as Record<string, unknown>;
  for (const key of KEPT_IDS) {
    const value = fields[key];
    if (typeof value === "string") out[key] = value;
  }
  return out;
}
