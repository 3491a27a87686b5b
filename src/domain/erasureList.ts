// Who is due for erasure across every process, and who will be soon: the overview's "Att radera"
// list (issue 14). The dates are retention.ts's; this only gathers them, with what a recruiter
// needs to decide — whose data, from which process, since when, and why that date.

import { addDays } from "./calendarDays";
import type { IsoDate, IsoInstant, Process, Settings } from "./model";
import { retentionDate } from "./retention";
import { localDate } from "./timeZone";

export interface ErasureRow {
  readonly processId: string;
  readonly candidateId: string;
  readonly name: string;
  /** "Title – organisation", as the process is named everywhere else. */
  readonly processTitle: string;
  readonly leftAt: IsoInstant;
  readonly dueOn: IsoDate;
  /** Why this date: the firm's months after leaving, or a talent-pool consent that lasts longer. */
  readonly basis: "left" | "consent";
}

export interface ErasureList {
  /** Due today or earlier, the longest overdue first. */
  readonly due: readonly ErasureRow[];
  /** Due within the next `soonDays` days, the nearest first. */
  readonly soon: readonly ErasureRow[];
}

export const ERASURE_SOON_DAYS = 30;

export function erasureList(
  processes: readonly Process[],
  settings: Settings,
  now: IsoInstant,
  soonDays = ERASURE_SOON_DAYS,
): ErasureList {
  const today = localDate(Date.parse(now), settings.timeZone);
  const horizon = addDays(today, soonDays);
  const due: ErasureRow[] = [];
  const soon: ErasureRow[] = [];
  for (const process of processes) {
    for (const candidate of process.candidates) {
      const dueOn = retentionDate(candidate, process, settings);
      if (dueOn === null || candidate.leftAt === null || dueOn > horizon) continue;
      const consent = candidate.consent;
      const row: ErasureRow = {
        processId: process.id,
        candidateId: candidate.id,
        name: candidate.name,
        processTitle: `${process.title} – ${process.organisation}`,
        leftAt: candidate.leftAt,
        dueOn,
        basis:
          consent?.talentPool && localDate(Date.parse(consent.expiresAt), settings.timeZone) === dueOn
            ? "consent"
            : "left",
      };
      (dueOn <= today ? due : soon).push(row);
    }
  }
  const byDate = (a: ErasureRow, b: ErasureRow) =>
    a.dueOn < b.dueOn ? -1 : a.dueOn > b.dueOn ? 1 : a.name.localeCompare(b.name, "sv");
  return { due: due.sort(byDate), soon: soon.sort(byDate) };
}
