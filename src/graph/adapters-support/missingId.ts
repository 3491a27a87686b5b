// Graph said "created" but gave no id: nothing to hand back, and not the recruiter's doing.
import { appError, type AppError } from "../../domain/result";

export const missingIdError = (what: string): AppError =>
  appError(
    "graph-missing-id",
    "Microsoft 365 sparade men svarade utan id. Svara försöker igen.",
    "Microsoft 365 saved it but answered without an id. Svara will try again.",
    { cause: { what }, retryable: true },
  );
