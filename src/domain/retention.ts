// Retention (GDPR): we keep a rejected or withdrawn candidate's data for a set time after they
// leave (24 months by default, the common Swedish practice for defending against discrimination
// claims), then erase it — unless they consented to our talent pool, which carries its own expiry.

import { addMonths } from "./calendarDays";
import type { Candidate, Consent, IsoDate, IsoInstant, Process, Settings } from "./model";
import { stageOf } from "./stageRules";
import { localDate } from "./timeZone";

export function consentActive(consent: Consent | null, now: IsoInstant): boolean {
  return consent !== null && consent.talentPool && Date.parse(consent.expiresAt) > Date.parse(now);
}

/**
 * The date the candidate's data is due for erasure, or null while it is not yet decided (still in
 * the process) or not ours to erase (hired: they become an employee and another register applies).
 * A talent-pool consent that lasts longer moves the date to the day the consent expires.
 */
export function retentionDate(candidate: Candidate, process: Process, settings: Settings): IsoDate | null {
  const kind = stageOf(candidate, process)?.kind;
  if ((kind !== "rejected" && kind !== "withdrawn") || candidate.leftAt === null) return null;
  const left = localDate(Date.parse(candidate.leftAt), settings.timeZone);
  const byLeaving = addMonths(left, settings.retentionMonths);
  const consent = candidate.consent;
  if (consent && consent.talentPool) {
    const byConsent = localDate(Date.parse(consent.expiresAt), settings.timeZone);
    if (byConsent > byLeaving) return byConsent;
  }
  return byLeaving;
}

/** The candidate with retentionUntil filled in (what the document stores, decision 0002). */
export function withRetentionDate(candidate: Candidate, process: Process, settings: Settings): Candidate {
  return { ...candidate, retentionUntil: retentionDate(candidate, process, settings) };
}
