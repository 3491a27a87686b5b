// A process in the recruiter's hands: made from the pane's form, edited, closed and opened again.
// Closing hides a process from the lists; its candidates and their log stay as they were.

import { answerClock } from "../answerClock";
import { defaultStages } from "../defaults";
import type { Candidate, IsoInstant, Process, Settings } from "../model";
import {
  normaliseProcessFields,
  processFieldsOf,
  validateProcessFields,
  warningDayFor,
  type ProcessFields,
} from "../processFields";
import { err, ok, type AppError, type Result } from "../result";
import { validateId } from "../validation";
import type { Processes } from "./inProcesses";

function invalid(problems: readonly AppError[]): Result<never> {
  const first = problems[0] as AppError;
  return err(problems.length === 1 ? first : { ...first, cause: problems });
}

/** A new process with the default stages in its candidates' language; the list unchanged when a
 * process with this id is already there (the command came back after a lost answer). */
export function createProcess(
  processes: Processes,
  processId: string,
  fields: ProcessFields,
  createdAt: IsoInstant,
): Result<Processes> {
  if (processes.some((p) => p.id === processId)) return ok(processes);
  const id = validateId(processId, "id");
  if (!id.ok) return id;
  const problems = validateProcessFields(fields);
  if (problems.length > 0) return invalid(problems);
  const f = normaliseProcessFields(fields);
  const process: Process = {
    id: processId,
    ...f,
    warningDay: warningDayFor(f.answerWindowDays),
    stages: defaultStages(f.language),
    candidates: [],
    updatedAt: createdAt,
  };
  return ok([...processes, process]);
}

/** The process with the recruiter's fields; the same process when nothing changed. */
export function editProcess(process: Process, fields: ProcessFields): Result<Process> {
  const problems = validateProcessFields(fields);
  if (problems.length > 0) return invalid(problems);
  const f = normaliseProcessFields(fields);
  const warningDay = warningDayFor(f.answerWindowDays, process.warningDay);
  const same =
    JSON.stringify(normaliseProcessFields(processFieldsOf(process))) === JSON.stringify(f) &&
    warningDay === process.warningDay;
  return same ? ok(process) : ok({ ...process, ...f, warningDay });
}

/** Closed (from `at`, or since it was first closed) or open again; the same process when it
 * already is. */
export function closeProcess(process: Process, closed: boolean, at: IsoInstant): Process {
  if (closed) return process.closedAt ? process : { ...process, closedAt: at };
  if (!process.closedAt) return process;
  const { closedAt: _closed, ...open } = process;
  return open;
}

/** The processes still running, in the order given: what lists and the guess offer by default. */
export function openProcesses(processes: Processes): Processes {
  return processes.every((p) => !p.closedAt) ? processes : processes.filter((p) => !p.closedAt);
}

/** The candidates still owed an answer at `now` (their answer clock runs), in the process's order:
 * the firm promises everyone it has been in contact with an answer, so closing the process — which
 * stops every reminder for it — first names them to the recruiter. */
export function waitingForAnswer(
  process: Process,
  settings: Settings,
  now: IsoInstant,
): readonly Candidate[] {
  return process.candidates.filter((c) => answerClock(c, process, settings, now).phase !== "stopped");
}
