// The mails linked to a candidate, linked to where they are now (a move) or to no one (a removal).
// Found by their link, so mails already done are not found again.

import { ok, type Result, type CandidateRef } from "../../domain";
import { isNotFound } from "../../graph/graphError";
import type { ExecutionContext } from "./context";

const MAX_ROUNDS = 50;

/** How many mails changed. `to` null: unlinked. */
export async function relinkMails(
  from: CandidateRef,
  to: { readonly ref: CandidateRef; readonly category: string } | null,
  oldCategory: string,
  ctx: ExecutionContext,
): Promise<Result<number>> {
  let changed = 0;
  // In pages: each relinked mail leaves the filter, so the next listing starts with the rest.
  for (let round = 0; round < MAX_ROUNDS; round += 1) {
    const mails = await ctx.ports.mailLinks.messagesOfCandidate(from, 100);
    if (!mails.ok) return mails;
    if (mails.value.length === 0) return ok(changed);
    for (const mail of mails.value) {
      const done = await ctx.ports.mailLinks.relink(
        mail.id,
        to?.ref ?? null,
        to?.category ?? null,
        oldCategory,
      );
      // A mail deleted meanwhile has nothing left to unlink.
      if (!done.ok && !isNotFound(done.error)) return done;
      changed += 1;
    }
    if (mails.value.length < 100) return ok(changed);
  }
  return ok(changed);
}
