// The process document as written back to OneDrive: every field in the order of decision 0002, so
// a document read and written again differs only where the recruiter changed something.

import { serialiseErasures } from "../erasureDocument";
import type { Candidate, Process } from "../model";

export const PROCESS_SCHEMA = "svara.process/1";

/** The document as a JSON value, keys in the order of decision 0002. */
export function serialiseProcess(process: Process): Record<string, unknown> {
  return {
    schema: PROCESS_SCHEMA,
    id: process.id,
    title: process.title,
    organisation: process.organisation,
    owner: { name: process.owner.name, email: process.owner.email },
    language: process.language,
    answerWindowDays: process.answerWindowDays,
    warningDay: process.warningDay,
    surveyUrl: process.surveyUrl,
    nextStep: process.nextStep,
    stages: process.stages.map((s) => ({ id: s.id, name: s.name, kind: s.kind })),
    milestones: process.milestones.map((m) => ({ id: m.id, title: m.title, date: m.date })),
    candidates: process.candidates.map(serialiseCandidate),
    updatedAt: process.updatedAt,
    // Only when closed: an open process's document stays byte for byte what it was.
    ...(process.closedAt ? { closedAt: process.closedAt } : {}),
    // Only when someone was erased (decision 0010), for the same reason.
    ...serialiseErasures(process.erasures),
  };
}

export function processToJson(process: Process): string {
  return `${JSON.stringify(serialiseProcess(process), null, 2)}\n`;
}

/** One candidate as the document holds them, keys in the order of decision 0002. */
export function serialiseCandidate(c: Candidate): Record<string, unknown> {
  return {
    id: c.id,
    name: c.name,
    emails: [...c.emails],
    phone: c.phone,
    linkedInUrl: c.linkedInUrl,
    stageId: c.stageId,
    rejection: c.rejection && { reason: c.rejection.reason, detail: c.rejection.detail },
    consent: c.consent && {
      talentPool: c.consent.talentPool,
      givenAt: c.consent.givenAt,
      expiresAt: c.consent.expiresAt,
    },
    leftAt: c.leftAt,
    retentionUntil: c.retentionUntil,
    createdAt: c.createdAt,
    updatedAt: c.updatedAt,
    contacts: c.contacts.map((k) => ({
      id: k.id,
      at: k.at,
      direction: k.direction,
      channel: k.channel,
      kind: k.kind,
      summary: k.summary,
      messageId: k.messageId,
      eventId: k.eventId,
      ...(k.webLink ? { webLink: k.webLink } : {}),
    })),
    ...(c.completedFollowUps?.length ? { completedFollowUps: [...c.completedFollowUps] } : {}),
    ...(c.language ? { language: c.language } : {}),
    ...(c.oneNotePageId ? { oneNotePageId: c.oneNotePageId } : {}),
    ...(c.stageHistory?.length
      ? { stageHistory: c.stageHistory.map((e) => ({ stageId: e.stageId, at: e.at })) }
      : {}),
  };
}
