// What Exchange remembers of an event POST's transactionId: the same id with the same content is
// the same request (201, the event it made, no second one); with other content it is refused with
// 400 ErrorDuplicateTransactionId. Sources: Microsoft Graph's event resource ("transactionId: a
// custom identifier specified by a client app for the server to avoid redundant POST operations");
// the error as public client code handles it (e.g. blog.rykoma.net, 2020-10-05), collected in
// ../shared/reviews/graph-fidelity.md. What happens after the event is deleted is not documented:
// the emulator keeps the id, and refuses any re-post of it, the stricter reading ("re-posting the
// same id can fail for ever", issue 12).
import { GraphError } from "../errors";
import type { Json, Store } from "../store";

interface Remembered {
  readonly content: string;
  readonly eventId: string;
}

const memory = new WeakMap<Store, Map<string, Remembered>>();

const of = (store: Store): Map<string, Remembered> => {
  let m = memory.get(store);
  if (!m) memory.set(store, (m = new Map()));
  return m;
};

/** The request's content, without the transactionId, keys in a stable order. */
function contentOf(body: Json): string {
  const canonical = (v: unknown): unknown =>
    Array.isArray(v)
      ? v.map(canonical)
      : v !== null && typeof v === "object"
        ? Object.fromEntries(
            Object.keys(v as Json)
              .filter((k) => k !== "transactionId")
              .sort()
              .map((k) => [k, canonical((v as Json)[k])]),
          )
        : v;
  return JSON.stringify(canonical(body));
}

/** The event an earlier POST with this transactionId made (same content), null for a new id; a
 * different content, or an id whose event is gone, throws 400 ErrorDuplicateTransactionId. */
export function earlierEvent(store: Store, tx: string, body: Json): Json | null {
  const seen = of(store).get(tx);
  if (!seen) return null;
  const event = store.events.get(seen.eventId);
  if (event && seen.content === contentOf(body)) return event;
  throw new GraphError(
    400,
    "ErrorDuplicateTransactionId",
    "Your request can't be completed. A request with the same transaction ID was already processed with different parameters.",
  );
}

export function rememberTransaction(store: Store, tx: string, body: Json, eventId: string): void {
  of(store).set(tx, { content: contentOf(body), eventId });
}
