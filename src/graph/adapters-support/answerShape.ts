// A 200 is not yet the answer Graph promises: a proxy's or captive portal's HTML page, `{}` or JSON
// cut off mid-way also come back as 200. Read as a listing, any of them looks like "nothing there",
// and sync would create every task, event and page again. So each answer is checked for the shape
// its adapter needs, and anything else is a retryable error — never an empty result.
import { err, ok, type Result } from "../../domain/result";
import type { GraphAppError } from "../graphError";

type ShapeErrorCode = "graph-answer-malformed" | "graph-paging-loop";

declare module "../../domain/errorCodes" {
  interface ErrorCodes {
    graphShape: ShapeErrorCode;
  }
}

/** A field's type: present and of that type, or with "?" absent/null allowed. */
type FieldKind = "string" | "boolean" | "object" | "array" | "string?" | "boolean?" | "object?" | "array?";

/** The fields an adapter reads from each item of a listing. */
export type ItemShape = Readonly<Record<string, FieldKind>>;

/** What every Graph entity in a listing has, and what Svara's adapters find items by. */
export const HAS_ID: ItemShape = { id: "string" };

export interface CollectionPage<T> {
  readonly value: T[];
  readonly nextLink?: string;
  readonly deltaLink?: string;
}

const isObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === "object" && v !== null && !Array.isArray(v);

function fits(value: unknown, kind: FieldKind): boolean {
  const optional = kind.endsWith("?");
  if (value === undefined || value === null) return optional;
  const base = kind.replace("?", "");
  if (base === "array") return Array.isArray(value);
  if (base === "object") return isObject(value);
  return typeof value === base;
}

/** The first field of `shape` that `item` lacks or has with another type, if any. */
function misfit(item: unknown, shape: ItemShape): string | undefined {
  if (!isObject(item)) return "(item)";
  return Object.keys(shape).find((field) => !fits(item[field], shape[field]!));
}

/** One page of a collection: an object whose `value` is an array of items of `shape`, with string
 * links when there are links. `what` names the listing for support ("todo tasks"), never the body:
 * bodies carry candidates' names and mails. */
export function readCollectionPage<T>(
  body: unknown,
  what: string,
  shape: ItemShape = HAS_ID,
): Result<CollectionPage<T>, GraphAppError> {
  if (!isObject(body))
    return err(malformedAnswer(what, typeof body === "string" ? "not JSON" : "not an object"));
  const { value } = body;
  if (!Array.isArray(value)) return err(malformedAnswer(what, "no value array"));
  const next = body["@odata.nextLink"];
  const delta = body["@odata.deltaLink"];
  if (!fits(next, "string?") || !fits(delta, "string?"))
    return err(malformedAnswer(what, "link not a string"));
  for (const item of value) {
    const field = misfit(item, shape);
    if (field !== undefined) return err(malformedAnswer(what, `item without ${field}`));
  }
  return ok({
    value: value as T[],
    ...(typeof next === "string" ? { nextLink: next } : {}),
    ...(typeof delta === "string" ? { deltaLink: delta } : {}),
  });
}

export function malformedAnswer(what: string, problem: string): GraphAppError {
  return {
    code: "graph-answer-malformed",
    message: {
      sv: "Microsoft 365 svarade med något Svara inte kunde läsa (kanske ett nätverksfilter eller en inloggningssida). Inget är förlorat: Svara försöker igen strax.",
      en: "Microsoft 365 answered with something Svara could not read (perhaps a network filter or a sign-in page). Nothing is lost: Svara will try again shortly.",
    },
    cause: { what, problem },
    retryable: true,
  };
}

export function pagingLoop(
  what: string,
  problem: "repeated nextLink" | "page cap",
  pages: number,
): GraphAppError {
  return {
    code: "graph-paging-loop",
    message: {
      sv: "Microsoft 365 slutade inte skicka sidor av en lista. Svara avbröt och försöker igen senare.",
      en: "Microsoft 365 kept sending pages of a list. Svara stopped and will try again later.",
    },
    cause: { what, problem, pages },
    retryable: true,
  };
}
