import { createContext, useContext } from "react";
import type { AppError, Language, Result } from "../../domain";
import type { ExportFile } from "../../domain/subjectAccessFiles";
import type { Host } from "../../host/host";
import type { MessageKey } from "../../i18n/catalogue";
import type { PaneErase } from "../../state/eraseCandidate";
import type { NoteDraftsStoreApi } from "../../state/noteDraftsStore";
import type { TemplatesStoreApi } from "../../state/templatesStore";
import type { ProcessesStore, ProcessesStoreApi } from "../../state/processesStore";

/** What the pane's actions need: the host (reply, insert) and a way to save changes. */
export interface PaneServices {
  readonly host: Host;
  /** The recruiter's actions on candidates (state/candidateActions.ts): each resolves once saved. */
  actions(): ProcessesStore;
  /** The same store, to subscribe to (a removal's undo bar). */
  readonly processes: ProcessesStoreApi;
  readonly drafts: NoteDraftsStoreApi;
  /** Her own templates, offered beside the built-ins in the template picker. */
  readonly templates?: TemplatesStoreApi;
  readonly timeZone: string;
  /** The mails linked to a candidate (Svara's property), newest first; a read, not a change. */
  linkedMails(ref: {
    processId: string;
    candidateId: string;
  }): Promise<Result<readonly { id: string; subject: string; at: string; webLink: string | null }[]>>;
  /** Erases the candidate everywhere Svara wrote (decision 0010): their queued changes cancelled,
   * the erasure queued, their note draft forgotten; resolves once it is in the outbox. */
  readonly erase: PaneErase;
  /** A subject-access export of one candidate (read from Microsoft 365, not a change): its two
   * files, and where they were saved in OneDrive or why not. */
  exportCandidate(
    ref: { processId: string; candidateId: string },
    language: Language,
  ): Promise<Result<PaneExport>>;
  /** Shows a saved / error message in the pane; `message` says more than "saved" (an erasure). */
  notify(message: { kind: "saved"; message?: MessageKey } | { kind: "error"; error: AppError }): void;
}

/** The export as the card offers it. */
export interface PaneExport {
  readonly files: readonly ExportFile[];
  readonly saved: Result<readonly { readonly path: string; readonly webUrl: string | null }[]>;
}

export const PaneContext = createContext<PaneServices | null>(null);

export function usePane(): PaneServices {
  const pane = useContext(PaneContext);
  if (!pane) throw new Error("usePane outside the connected pane");
  return pane;
}
