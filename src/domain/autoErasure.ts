// Automatic erasure (issue 14): when the firm turned it on, a candidate whose retention date came
// `graceDays` days ago is erased by Svara itself. The grace period is the week a recruiter has to
// renew consent or export before that happens — the candidate stands in the "due now" list all
// that time, with the day Svara will erase them.

import { addDays } from "./calendarDays";
import { isBeingErased } from "./erasure";
import type { FirmSettings } from "./firmSettings";
import type { CandidateRef, IsoDate, IsoInstant, Process, Settings } from "./model";
import { retentionDate } from "./retention";
import { localDate } from "./timeZone";

/** The day Svara erases a candidate due on `dueOn` by itself; null while the firm has it off. */
export function automaticErasureOn(dueOn: IsoDate, firm: FirmSettings): IsoDate | null {
  return firm.autoErase ? addDays(dueOn, firm.graceDays) : null;
}

/** Whom Svara erases now: the retention date plus the grace period is today or past, and no one
 * is erasing them already. `settings` carries the firm's months (withFirmRetention). Hired
 * candidates and those still in a process have no retention date and are never here. */
export function dueForAutomaticErasure(
  processes: readonly Process[],
  settings: Settings,
  firm: FirmSettings,
  now: IsoInstant,
): readonly CandidateRef[] {
  if (!firm.autoErase) return [];
  const today = localDate(Date.parse(now), settings.timeZone);
  const due: CandidateRef[] = [];
  for (const process of processes)
    for (const candidate of process.candidates) {
      const dueOn = retentionDate(candidate, process, settings);
      if (dueOn === null || isBeingErased(process, candidate.id)) continue;
      const erasesOn = automaticErasureOn(dueOn, firm);
      if (erasesOn !== null && erasesOn <= today)
        due.push({ processId: process.id, candidateId: candidate.id });
    }
  return due;
}
