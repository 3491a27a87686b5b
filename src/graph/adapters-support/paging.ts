// Graph pages collections with @odata.nextLink; sync wants whole lists. Each page is one round trip,
// and each is checked for its shape (answerShape.ts): a page that is not a listing is an error, never
// the end of the list. A nextLink seen before, or more pages than any real listing of Svara's has,
// stops the listing with an error instead of following it for ever.
import { err, ok, type Result } from "../../domain/result";
import type { GraphAppError } from "../graphError";
import type { GraphHttp, RequestOptions } from "../graphHttp";
import { HAS_ID, pagingLoop, readCollectionPage, type CollectionPage, type ItemShape } from "./answerShape";

/** 1,000 pages: 100,000 tasks at To Do's $top=100, 50,000 mails twice over at delta's 100 a page. */
const MAX_PAGES = 1_000;

export interface AllPages<T> {
  readonly items: T[];
  readonly deltaLink: string | null;
  readonly requests: number;
}

export interface PagingOptions extends RequestOptions {
  /** Stop once this many items have come back. */
  readonly limit?: number;
  /** The listing's name for support ("todo tasks"). */
  readonly what?: string;
  /** The fields the adapter reads from each item; every Graph entity has an id. */
  readonly shape?: ItemShape;
  readonly maxPages?: number;
}

/** Follows nextLinks until there are none (or `limit` items have come back). */
export async function allPages<T>(
  http: GraphHttp,
  first: string,
  options: PagingOptions = {},
): Promise<Result<AllPages<T>, GraphAppError>> {
  const { limit, what = "listing", shape = HAS_ID, maxPages = MAX_PAGES, ...request } = options;
  const items: T[] = [];
  const seen = new Set<string>([first]);
  let next: string | undefined = first;
  let deltaLink: string | null = null;
  let requests = 0;
  let pages = 0;
  while (next !== undefined) {
    if (pages >= maxPages) return err(pagingLoop(what, "page cap", pages));
    const got: Awaited<ReturnType<typeof http.get>> = await http.get(next, request);
    if (!got.ok) return got;
    pages++;
    requests += got.value.attempts;
    const page: Result<CollectionPage<T>, GraphAppError> = readCollectionPage<T>(got.value.body, what, shape);
    if (!page.ok) return page;
    items.push(...page.value.value);
    deltaLink = page.value.deltaLink ?? deltaLink;
    next = page.value.nextLink;
    if (limit !== undefined && items.length >= limit) break;
    if (next !== undefined && seen.has(next)) return err(pagingLoop(what, "repeated nextLink", pages));
    if (next !== undefined) seen.add(next);
  }
  return ok({ items: limit === undefined ? items : items.slice(0, limit), deltaLink, requests });
}
