// Containers Svara makes once (the To Do list, the OneNote notebook and its sections) have no
// idempotency key: a create whose answer was lost, or that lost a race (409), may still have made
// one. So a failed or id-less create is followed by a look, before anyone makes a second one.
import { err, ok, type Result } from "../../domain/result";
import type { GraphAppError } from "../graphError";
import type { GraphResult } from "../graphHttp";
import { missingIdError } from "./missingId";

type Lookup = () => Promise<Result<string | null, GraphAppError>>;

/** The id a create answered with, or else the one a fresh look finds. */
export async function madeOrFound(
  made: GraphResult<{ readonly id?: string | null } | undefined>,
  lookAgain: Lookup,
  what: string,
): Promise<Result<string>> {
  if (made.ok && made.value.body?.id) return ok(made.value.body.id);
  const again = await lookAgain();
  if (again.ok && again.value) return ok(again.value);
  return made.ok ? err(missingIdError(what)) : made;
}

/** The container's id: found by `find`, else made by `make` (and looked for once more if the make
 * is uncertain); kept once known, so only the first call asks Graph. */
export function foundOrMade(
  find: Lookup,
  make: () => Promise<GraphResult<{ readonly id?: string | null } | undefined>>,
  what: string,
): () => Promise<Result<string>> {
  let known: string | null = null;
  return async () => {
    if (known) return ok(known);
    const found = await find();
    if (!found.ok) return found;
    const id = found.value ? ok(found.value) : await madeOrFound(await make(), find, what);
    if (id.ok) known = id.value;
    return id;
  };
}
