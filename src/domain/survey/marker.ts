// How a reply to Svara's survey is told from any other mail: its subject keeps the tag the survey
// mail's subject ends with (every mail client keeps the subject on a reply, behind "SV:"/"Re:"), and
// it belongs to the conversation of a survey mail the recruiter sent (sync checks that in Sent Items).

import type { Language } from "../result";

export const SURVEY_MARKERS: Readonly<Record<Language, string>> = { sv: "[Enkät]", en: "[Survey]" };

export function carriesSurveyMarker(subject: string | null | undefined): boolean {
  const s = subject?.toLowerCase() ?? "";
  return Object.values(SURVEY_MARKERS).some((m) => s.includes(m.toLowerCase()));
}
