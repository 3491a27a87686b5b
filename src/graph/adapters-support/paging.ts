// Graph pages collections with @odata.nextLink; sync wants whole lists. Each page is one round trip.
import { ok, type Result } from "../../domain/result";
import type { GraphAppError } from "../graphError";
import type { GraphHttp, RequestOptions } from "../graphHttp";

interface Page<T> {
  readonly value?: T[];
  readonly "@odata.nextLink"?: string;
  readonly "@odata.deltaLink"?: string;
}

export interface AllPages<T> {
  readonly items: T[];
  readonly deltaLink: string | null;
  readonly requests: number;
}

/** Follows nextLinks until there are none (or `limit` items have come back). */
export async function allPages<T>(
  http: GraphHttp,
  first: string,
  options: RequestOptions & { readonly limit?: number } = {},
): Promise<Result<AllPages<T>, GraphAppError>> {
  const items: T[] = [];
  let next: string | undefined = first;
  let deltaLink: string | null = null;
  let requests = 0;
  while (next !== undefined) {
    const page: Awaited<ReturnType<typeof http.get<Page<T>>>> = await http.get<Page<T>>(next, options);
    if (!page.ok) return page;
    requests += page.value.attempts;
    items.push(...(page.value.body?.value ?? []));
    deltaLink = page.value.body?.["@odata.deltaLink"] ?? deltaLink;
    next = page.value.body?.["@odata.nextLink"];
    if (options.limit !== undefined && items.length >= options.limit) break;
  }
  return ok({
    items: options.limit === undefined ? items : items.slice(0, options.limit),
    deltaLink,
    requests,
  });
}
