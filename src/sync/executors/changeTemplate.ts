// Read-modify-write of her templates document with If-Match. On a 412 the change is applied again to
// the fresh document (another device's templates stay; hers is added, edited or removed), and a
// change already in it writes nothing — a re-send after a lost answer makes no twin. Only what
// cannot merge (editing a template deleted elsewhere) or is invalid fails, with the reason.

import { changeTemplates, err, ok, type Result } from "../../domain";
import { isConflict } from "../../graph/graphError";
import type { ChangeTemplate } from "../commands";
import { conflictRetriesExhausted } from "../failurePolicy";
import type { ExecutionContext, SentResult } from "./context";

const MAX_CONFLICT_ROUNDS = 5;

export async function executeChangeTemplate(
  command: ChangeTemplate,
  ctx: ExecutionContext,
): Promise<Result<SentResult>> {
  let stored = ctx.templates.get();
  let fresh = false;
  for (let round = 0; round < MAX_CONFLICT_ROUNDS; round += 1) {
    if (stored === undefined) {
      const read = await ctx.ports.templates.read();
      if (!read.ok) return read;
      stored = read.value;
      fresh = true;
      ctx.templates.put(stored);
    }
    const base = stored?.templates ?? [];
    const applied = changeTemplates(base, command.payload.change);
    if (!applied.ok) {
      if (!fresh) {
        stored = undefined; // our copy may be old: look at the latest before failing
        continue;
      }
      return err({ ...applied.error, retryable: false });
    }
    if (applied.value === base) return ok({ etag: stored?.etag ?? null, wrote: false });
    const written = await ctx.ports.templates.write(applied.value, stored?.etag ?? null);
    if (written.ok) {
      ctx.templates.put(written.value);
      return ok({ etag: written.value.etag, wrote: true });
    }
    if (!isConflict(written.error)) return written;
    stored = undefined;
  }
  return err(conflictRetriesExhausted("templates"));
}
