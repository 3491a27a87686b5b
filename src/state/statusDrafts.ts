import { DEFAULT_TEMPLATES, renderForCandidate, type Candidate, type Process } from "../domain";
import { makeCommand, type CreateDrafts, type Stamp } from "../sync/commands";

export interface StatusDrafts {
  /** One CreateDrafts for them all; null when no recipient could get a draft. */
  readonly command: CreateDrafts | null;
  /** Who got no draft (the template needs a value they lack, or they have no address). */
  readonly skipped: readonly string[];
}

/**
 * A status update to many candidates: one personalised draft each, in the first recipient's
 * process language; null when that language has no status-update template. One stamp for the
 * whole update: each draft's id (its idempotency key) derives from it.
 */
export function statusUpdateDrafts(
  recipients: readonly { readonly process: Process; readonly candidate: Candidate }[],
  stamp: Stamp,
): StatusDrafts | null {
  const template = DEFAULT_TEMPLATES.find(
    (tpl) => tpl.kind === "status-update" && tpl.language === recipients[0]?.process.language,
  );
  if (!template) return null;
  const skipped: string[] = [];
  const drafts = recipients.flatMap(({ process, candidate }) => {
    const rendered = renderForCandidate(template, candidate, process);
    const address = candidate.emails[0];
    if (!rendered.ok || !address) {
      skipped.push(candidate.name);
      return [];
    }
    return [
      {
        id: `${stamp.id}:${process.id}/${candidate.id}`,
        to: [{ name: candidate.name, email: address }],
        subject: rendered.value.subject,
        html: rendered.value.html,
        replyToMessageId: null,
      },
    ];
  });
  return { command: drafts.length > 0 ? makeCommand("CreateDrafts", { drafts }, stamp) : null, skipped };
}
