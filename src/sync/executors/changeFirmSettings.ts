// Read-modify-write of the firm's settings document with If-Match. Only the fields the recruiter
// changed are in the command, so on a 412 they are applied again to the fresh document (another
// recruiter's change to another field stays), and a change already in it writes nothing — a re-send
// after a lost answer makes no second write.

import {
  DEFAULT_FIRM_SETTINGS,
  err,
  ok,
  validateFirmSettings,
  type FirmSettings,
  type Result,
} from "../../domain";
import { isConflict } from "../../graph/graphError";
import type { ChangeFirmSettings } from "../commands";
import { conflictRetriesExhausted } from "../failurePolicy";
import type { ExecutionContext, SentResult } from "./context";

const MAX_CONFLICT_ROUNDS = 5;

const same = (a: FirmSettings, b: FirmSettings): boolean =>
  a.retentionMonths === b.retentionMonths && a.autoErase === b.autoErase && a.graceDays === b.graceDays;

export async function executeChangeFirmSettings(
  command: ChangeFirmSettings,
  ctx: ExecutionContext,
): Promise<Result<SentResult>> {
  for (let round = 0; round < MAX_CONFLICT_ROUNDS; round += 1) {
    const read = await ctx.ports.firmSettings.read();
    if (!read.ok) return read;
    const base = read.value?.firm ?? DEFAULT_FIRM_SETTINGS;
    const next = { ...base, ...command.payload.changes };
    const invalid = validateFirmSettings(next)[0];
    if (invalid) return err({ ...invalid, retryable: false });
    if (read.value && same(base, next)) return ok({ etag: read.value.etag, wrote: false });
    const written = await ctx.ports.firmSettings.write(next, read.value?.etag ?? null);
    if (written.ok) return ok({ etag: written.value.etag, wrote: true });
    if (!isConflict(written.error)) return written;
  }
  return err(conflictRetriesExhausted("firm-settings"));
}
