// One executor per command type: the only place that knows which ports a command touches.

import type { Command } from "../commands";
import { documentExecutor } from "./documentCommand";
import { executeAddCandidate } from "./addCandidate";
import { executeAddNote } from "./addNote";
import { executeChangeFirmSettings } from "./changeFirmSettings";
import { executeChangeTemplate } from "./changeTemplate";
import { executeCompleteFollowUp } from "./completeFollowUp";
import { executeCreateDrafts } from "./createDrafts";
import { executeEraseCandidate } from "./eraseCandidate";
import { executeLinkEvent } from "./linkEvent";
import { executeLinkMail } from "./linkMail";
import { executeLogContact } from "./logContact";
import { refreshOneNoteHeader } from "./oneNoteHeader";
import type { Executor } from "./context";
import { executeCloseProcess, executeSaveProcess } from "./saveProcess";
import { executeMoveCandidate } from "./moveCandidate";
import { executeRemoveCandidate } from "./removeCandidate";
import { executeRecordSurveyAnswer } from "./recordSurveyAnswer";

type Registry = { readonly [T in Command["type"]]: Executor<Extract<Command, { type: T }>> };

const EXECUTORS: Registry = {
  AddCandidate: executeAddCandidate,
  MoveStage: documentExecutor(refreshOneNoteHeader, { oneNotePage: true }),
  UpdateCandidate: documentExecutor(refreshOneNoteHeader, { oneNotePage: true }),
  LogContact: executeLogContact,
  AddNote: executeAddNote,
  LinkMail: executeLinkMail,
  LinkEvent: executeLinkEvent,
  CompleteFollowUp: executeCompleteFollowUp,
  CreateDrafts: executeCreateDrafts,
  ChangeTemplate: executeChangeTemplate,
  SaveProcess: executeSaveProcess,
  CloseProcess: executeCloseProcess,
  MoveCandidate: executeMoveCandidate,
  RemoveCandidate: executeRemoveCandidate,
  RecordSurveyAnswer: executeRecordSurveyAnswer,
  EraseCandidate: executeEraseCandidate,
  // The document is all a yes changes; the follow-up reconcile after it has nothing to do.
  RecordConsent: documentExecutor(),
  ChangeFirmSettings: executeChangeFirmSettings,
};

/** The executor for a stored command's type; undefined for a type this version does not know. */
export function executorFor(type: string): Executor | undefined {
  return Object.prototype.hasOwnProperty.call(EXECUTORS, type)
    ? (EXECUTORS[type as Command["type"]] as Executor)
    : undefined;
}

export type { ExecutionContext, SyncPorts, DocumentCache, SentResult } from "./context";
