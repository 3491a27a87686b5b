// What a To Do task holds for a follow-up, split by reader: its notes are the recruiter's text only;
// the follow-up itself (what listFollowUps maps back from, so reconcile compares like with like)
// rides in an open extension on the task, out of her sight (todoTask supports open extensions, and
// one can be made in the same POST that makes the task). Tasks written before that carried the
// follow-up as JSON under a marker at the end of their notes: still read, and rewritten once.
import type { FollowUp, Language } from "../../domain";
import { decodeFollowUp, encodeFollowUp } from "./followUpCodec";

/** The open extension's name: reverse DNS, and never built from user input (each new name costs a
 * MAPI named property in the mailbox). */
export const FOLLOW_UP_EXTENSION = "se.svara.followUp";

const LEGACY_MARKER = "svara:v1 ";

export function taskNotes(followUp: FollowUp, language: Language): string {
  return followUp.body[language];
}

/** The open extension as sent inline with a create, or alone to the task's extensions. */
export function followUpExtension(followUp: FollowUp): Record<string, unknown> {
  return {
    "@odata.type": "microsoft.graph.openTypeExtension",
    extensionName: FOLLOW_UP_EXTENSION,
    followUp: encodeFollowUp(followUp),
  };
}

/** Svara's extension among a task's expanded extensions (Graph may answer the fully qualified
 * name, "Microsoft.OutlookServices.OpenTypeExtension.se.svara.followUp", as the id). */
export function svaraExtension(
  extensions: readonly unknown[] | null | undefined,
): Record<string, unknown> | null {
  for (const e of extensions ?? []) {
    if (typeof e !== "object" || e === null) continue;
    const ext = e as Record<string, unknown>;
    const name = typeof ext["extensionName"] === "string" ? ext["extensionName"] : String(ext["id"] ?? "");
    if (name === FOLLOW_UP_EXTENSION || name.endsWith(`.${FOLLOW_UP_EXTENSION}`)) return ext;
  }
  return null;
}

export function followUpFromExtension(ext: Record<string, unknown> | null): FollowUp | null {
  const v = ext?.["followUp"];
  return typeof v === "string" ? decodeFollowUp(v) : null;
}

/** The follow-up of a task written by the older format, from the JSON at the end of its notes. The
 * marker counts only where it starts a line: the JSON never holds a raw line break, so a name
 * containing "svara:v1 " (inside the JSON or in the text above it) is never taken for it. */
export function followUpFromLegacyNotes(notes: string | null | undefined): FollowUp | null {
  if (!notes) return null;
  const line = notes
    .split(/\r?\n/)
    .reverse()
    .find((l) => l.startsWith(LEGACY_MARKER));
  return line === undefined ? null : decodeFollowUp(line.slice(LEGACY_MARKER.length));
}
