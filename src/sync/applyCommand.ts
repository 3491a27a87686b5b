// What a command does to the processes: the pane applies it at once (optimistic), and the engine
// applies it again on the freshest copy of the process document before writing it back — which is
// how two devices' edits merge field by field. The rules are the domain's transitions
// (src/domain/transitions); this file only picks the one a command asks for. Applying a command
// that is already in returns the very same array, so the engine can tell "nothing to write" by
// identity and a replay does no harm.

import {
  DEFAULT_SETTINGS,
  addCandidate,
  addNote,
  appError,
  changeCandidate,
  changeProcess,
  closeProcess,
  completeFollowUp,
  createProcess,
  editProcess,
  err,
  logContact,
  moveCandidate,
  moveStage,
  ok,
  recordConsent,
  requireCandidate,
  updateDetails,
  withoutCandidate,
  type IsoInstant,
  type Processes,
  type Result,
  type Settings,
} from "../domain";
import type { Command } from "./commands";

export type { Processes } from "../domain";

export function applyCommand(
  processes: Processes,
  command: Command,
  now: IsoInstant,
  settings: Settings = DEFAULT_SETTINGS,
): Result<Processes> {
  switch (command.type) {
    case "AddCandidate":
      return changeProcess(processes, command.payload.processId, now, (process) =>
        addCandidate(process, command.payload, command.createdAt, now),
      );
    case "MoveStage":
      return changeCandidate(processes, command.payload, now, (c, process) =>
        moveStage(c, process, command.payload, command.createdAt, settings),
      );
    case "UpdateCandidate":
      return changeCandidate(processes, command.payload, now, (c) =>
        updateDetails(c, command.payload.changes),
      );
    case "LogContact":
      return changeCandidate(processes, command.payload, now, (c) =>
        ok(logContact(c, command.payload.contact)),
      );
    case "AddNote":
      return changeCandidate(processes, command.payload, now, (c) => addNote(c, command.payload));
    case "CompleteFollowUp":
      return changeCandidate(processes, command.payload, now, (c) =>
        ok(completeFollowUp(c, command.payload.followUpId)),
      );
    case "RecordConsent":
      return changeCandidate(processes, command.payload, now, (c, process) =>
        ok(recordConsent(c, process, command.payload, settings)),
      );
    case "LinkMail":
    case "LinkEvent":
      return requireCandidate(processes, command.payload);
    case "CreateDrafts":
    case "ChangeTemplate": // her templates are not in the processes (templatesView.ts)
    case "RecordSurveyAnswer": // survey answers live apart from the processes (feedback documents)
    case "ChangeFirmSettings": // the firm's rule reaches the processes through the settings (firmSettingsStore.ts)
      return ok(processes);
    case "SaveProcess":
      return command.payload.create
        ? createProcess(processes, command.payload.processId, command.payload.fields, command.createdAt)
        : changeProcess(processes, command.payload.processId, now, (p) =>
            editProcess(p, command.payload.fields),
          );
    case "CloseProcess":
      return changeProcess(processes, command.payload.processId, now, (p) =>
        ok(closeProcess(p, command.payload.closed, command.createdAt)),
      );
    case "MoveCandidate":
      return moveCandidate(processes, command.payload, command.payload.toProcessId, settings, now);
    case "RemoveCandidate":
      return changeProcess(processes, command.payload.processId, now, (p) =>
        ok(withoutCandidate(p, command.payload.candidateId)),
      );
    case "EraseCandidate":
      // Shown at once as it ends: the candidate gone. The engine walks the steps in between
      // (executors/eraseCandidate.ts).
      return changeProcess(processes, command.payload.processId, now, (p) =>
        ok(withoutCandidate(p, command.payload.candidateId)),
      );
  }
  // A type from a newer version, read back from the outbox: it changes nothing we could show.
  return err(
    appError("unknown-command", "Okänd ändring.", "Unknown change.", {
      cause: { type: (command as { type: unknown }).type },
      retryable: false,
    }),
  );
}
