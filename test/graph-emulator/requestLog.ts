// The log of requests the emulator answered, so tests can count round trips.
interface SubRequestEntry {
  id: string;
  method: string;
  url: string;
  status: number;
}

export interface RequestEntry {
  seq: number;
  at: string;
  method: string;
  /** Path below /v1.0, e.g. "/me/messages". */
  path: string;
  /** The raw query string without "?", "" when none. */
  query: string;
  status: number;
  durationMs: number;
  /** The client-request-id header the client sent, or null. */
  clientRequestId: string | null;
  /** Set when the emulator cut the connection after applying the change. */
  dropped: boolean;
  /** The sub-requests of a $batch. */
  batch?: SubRequestEntry[];
}

export class RequestLog {
  private entries: RequestEntry[] = [];
  private seq = 0;

  add(e: Omit<RequestEntry, "seq">): RequestEntry {
    const entry = { seq: ++this.seq, ...e };
    this.entries.push(entry);
    if (this.entries.length > 10_000) this.entries.splice(0, this.entries.length - 10_000);
    return entry;
  }

  all(): RequestEntry[] {
    return [...this.entries];
  }

  clear(): void {
    this.entries = [];
  }
}
