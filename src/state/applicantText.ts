// What a new applicant wrote, for the add-candidate form's guesses (language, process): the start
// of the mail's text. Outlook gives it only on request (one round trip), so it is read when the
// form is shown, never for the pane's first paint; the workbench already has Graph's bodyPreview.

import type { Host, HostItem } from "../host/host";

/** Enough to tell the language and the role; a whole CV adds nothing but time. */
export const APPLICANT_TEXT_LIMIT = 2000;

/**
 * The item's text, at most APPLICANT_TEXT_LIMIT characters; undefined when there is none or it
 * cannot be read — the guesses then go by the subject alone, which is no error to show.
 */
export async function applicantText(
  host: Pick<Host, "itemBodyText">,
  item: HostItem,
): Promise<string | undefined> {
  if (item.kind !== "message-read") return undefined;
  if (item.bodyPreview !== undefined || !host.itemBodyText)
    return item.bodyPreview?.slice(0, APPLICANT_TEXT_LIMIT);
  const read = await host.itemBodyText(APPLICANT_TEXT_LIMIT);
  return read.ok ? (read.value ?? undefined) : undefined;
}
