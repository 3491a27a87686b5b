// Personalised drafts in bulk. Each draft carries its own id, so re-sending the whole command after
// a partial failure finds the drafts already made instead of making twins.

import { appError, err, ok } from "../../domain";
import type { CreateDrafts } from "../commands";
import type { Executor } from "./context";

export const executeCreateDrafts: Executor<CreateDrafts> = async (command, ctx) => {
  const result = await ctx.ports.drafts.createDrafts(command.payload.drafts);
  if (!result.ok) return result;
  const { created, failed } = result.value;
  if (failed.length === 0) return ok({ created: created.map((c) => ({ ...c })) });
  const retryable = failed.every((f) => f.error.retryable === true);
  const first = failed[0]!.error;
  return err(
    appError(
      retryable ? "drafts-partly-throttled" : "drafts-partly-failed",
      `${created.length} av ${command.payload.drafts.length} utkast skapades. ${first.message.sv}`,
      `${created.length} of ${command.payload.drafts.length} drafts were created. ${first.message.en}`,
      {
        retryable,
        cause: { created: created.length, failed: failed.map((f) => ({ id: f.id, code: f.error.code })) },
        ...("retryAfterMs" in first
          ? { retryAfterMs: (first as { retryAfterMs?: number }).retryAfterMs }
          : {}),
        ...("status" in first ? { status: (first as { status?: number }).status } : {}),
      },
    ),
  );
};
