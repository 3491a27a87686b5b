// A talent-pool candidate said yes to the consent-renewal mail: the recruiter records it, and their
// retention date moves to the day the new consent expires (retention.ts) when that is later than
// the firm's months after leaving.

import { addMonths } from "../calendarDays";
import type { Candidate, IsoInstant, Process, Settings } from "../model";
import { withRetentionDate } from "../retention";
import { fromLocal, localParts } from "../timeZone";

/** How long a renewed consent lasts: the built-in consent mails ask for twelve months. */
export const CONSENT_RENEWAL_MONTHS = 12;

export interface ConsentGiven {
  /** When they said yes (the recruiter's click; a re-send keeps it). */
  readonly givenAt: IsoInstant;
  readonly months: number;
}

/** The same local time `months` calendar months later (the 31st becomes the month's last day). */
export function consentExpiry(givenAt: IsoInstant, months: number, timeZone: string): IsoInstant {
  const p = localParts(Date.parse(givenAt), timeZone);
  const date = addMonths(`${p.year}-${pad(p.month)}-${pad(p.day)}`, months);
  const [year, month, day] = date.split("-").map(Number) as [number, number, number];
  return new Date(fromLocal({ ...p, year, month, day }, timeZone)).toISOString();
}

const pad = (n: number) => String(n).padStart(2, "0");

/**
 * The candidate with the consent recorded and the retention date moved. The same candidate when
 * this consent is already there, or a later one is (two devices' records keep the newest yes).
 */
export function recordConsent(
  candidate: Candidate,
  process: Process,
  given: ConsentGiven,
  settings: Settings,
): Candidate {
  const current = candidate.consent;
  if (current && Date.parse(current.givenAt) >= Date.parse(given.givenAt)) return candidate;
  const consent = {
    talentPool: true,
    givenAt: given.givenAt,
    expiresAt: consentExpiry(given.givenAt, given.months, settings.timeZone),
  };
  return withRetentionDate({ ...candidate, consent }, process, settings);
}
