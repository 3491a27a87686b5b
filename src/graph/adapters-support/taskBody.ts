// A To Do task's notes: the follow-up's text for the recruiter, then, under a marked line, the
// follow-up itself as JSON — what listFollowUps maps back from (To Do has no extended properties
// and a task holds only one linkedResource). A damaged marker costs only an update, never data.
import type { FollowUp, Language } from "../../domain";
import { decodeFollowUp, encodeFollowUp } from "./followUpCodec";

const MARKER = "svara:v1 ";
const SEPARATOR = "―― Svara ――";

export function taskNotes(followUp: FollowUp, language: Language): string {
  return `${followUp.body[language]}\n\n${SEPARATOR}\n${MARKER}${encodeFollowUp(followUp)}`;
}

export function followUpFromNotes(notes: string | null | undefined): FollowUp | null {
  if (!notes) return null;
  const at = notes.lastIndexOf(MARKER);
  if (at < 0) return null;
  return decodeFollowUp(notes.slice(at + MARKER.length).split(/\r?\n/)[0]);
}
