// What an executor gets to do its work: the ports (the only way to Microsoft 365), time, settings
// and the engine's copy of each process document with its ETag.

import type { IsoInstant, Language, Process, Result, Settings } from "../../domain";
import type { GraphAdapters } from "../../graph/adapters";
import type { StoredProcess, StoredTemplates } from "../../graph/ports";
import type { Command } from "../commands";
import type { RemoteFollowUps } from "./remoteFollowUps";

/** What sync reaches Microsoft 365 through: every Graph adapter (graph/adapters.ts), or fakes in tests. */
export type SyncPorts = GraphAdapters;

/** The last copy of each document the engine read or wrote, with its ETag. */
export interface DocumentCache {
  get(processId: string): StoredProcess | undefined;
  put(stored: StoredProcess): void;
  /** Runs one read-modify-write of a document at a time on this device: our own parallel
   * candidates would otherwise keep beating each other's ETags. */
  exclusive<T>(processId: string, work: () => Promise<T>): Promise<T>;
}

/** The last copy of her templates document the engine read or wrote (undefined: not read yet,
 * null: there is none). */
interface TemplatesCache {
  get(): StoredTemplates | null | undefined;
  put(stored: StoredTemplates | null): void;
}

export interface ExecutionContext {
  readonly ports: SyncPorts;
  readonly now: () => IsoInstant;
  readonly settings: () => Settings;
  /** The recruiter's UI language: follow-ups are written for them. */
  readonly language: () => Language;
  readonly documents: DocumentCache;
  /** To Do's and the calendar's follow-ups, listed once per burst (remoteFollowUps.ts). */
  readonly followUps: RemoteFollowUps;
  /** The process as this device shows it, for a conflict's "your version". */
  readonly localProcess: (processId: string) => Process | undefined;
  /** An earlier change of this device's to the process is not confirmed yet (OptimisticView). */
  readonly earlierChangeUnsent: (processId: string, commandId: string) => boolean;
  readonly templates: TemplatesCache;
}

/** What Graph answered, kept with the sent command (ids, ETags); JSON only. */
export type SentResult = Record<string, unknown>;

export type Executor<C extends Command = Command> = (
  command: C,
  ctx: ExecutionContext,
) => Promise<Result<SentResult>>;

/** A mail or event gone from where we knew it (moved, archived: a mail's id changes with its
 * folder) cannot be linked, and no retry will change that. The link is skipped, said so in the
 * sentResult, and the command is done — it must not hold back the candidate's later changes. */
export function linkSkipped(id: string): SentResult {
  return { linked: null, linkSkipped: { id, reason: "graph-not-found" } };
}

/** The category a process's mails carry in Outlook (decision 0002). */
export function processCategory(process: Process): string {
  return process.organisation.trim() === ""
    ? `Svara: ${process.title}`
    : `Svara: ${process.title} – ${process.organisation}`;
}
