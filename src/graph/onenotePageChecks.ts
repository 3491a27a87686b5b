// Before Svara appends to a OneNote page it reads the page and looks for the entry's data-id. That
// check is only as good as the read: a proxy's HTML page, an empty or cut-off answer, or a read that
// lags behind a write (OneNote's reads catch up after a while) all look like "the entry is not
// there", and the append would write it twice. So a read counts only when it is a whole OneNote page
// and not shorter than what this runtime already knows the page holds.
import { err, ok, type Result } from "../domain/result";
import type { GraphAppError } from "./graphError";
import { malformedAnswer } from "./adapters-support/answerShape";

// OneNote's output HTML always has data-absolute-enabled="true" on its body
// (learn.microsoft.com/graph/onenote-input-output-html, "body element", output attributes).
const ONENOTE_BODY = /<body\b[^>]*\bdata-absolute-enabled\s*=\s*["']true["'][^>]*>/i;
const BODY_END = /<\/body>/i;

/** The page's HTML when it is a whole OneNote page; anything else is a retryable error. */
export function readablePage(body: unknown): Result<string, GraphAppError> {
  if (typeof body !== "string" || body === "") return err(malformedAnswer("onenote page", "empty"));
  if (!ONENOTE_BODY.test(body)) return err(malformedAnswer("onenote page", "not a OneNote page"));
  if (!BODY_END.test(body)) return err(malformedAnswer("onenote page", "cut off"));
  return ok(body);
}

const dataIds = (html: string): number => html.match(/\bdata-id\s*=/gi)?.length ?? 0;

/** How long what this runtime wrote or read is held against a shorter read: OneNote's reads catch
 * up within it. After it a shorter read is believed (she deleted entries; a lost append did not
 * happen after all), so a page is never blocked for good. */
export const SETTLE_MS = 120_000;

function stalePage(known: number, seen: number): GraphAppError {
  return {
    ...malformedAnswer("onenote page", "shorter than known"),
    cause: { what: "onenote page", problem: "shorter than known", known, seen },
  };
}

export interface PageFloors {
  /** The read, when it holds at least the entries this runtime knows are on the page. */
  check(pageId: string, html: string): Result<string, GraphAppError>;
  created(pageId: string, html: string): void;
  /** An append answered, or one that got no answer: either may not show in a read yet. */
  appended(pageId: string): void;
  forget(pageId: string): void;
}

/** Per page, the fewest data-ids a read may hold until `until`: what was read, created or appended. */
export function pageFloors(now: () => number): PageFloors {
  const floors = new Map<string, { readonly count: number; readonly until: number }>();
  const raise = (pageId: string, count: number): void => {
    const known = floors.get(pageId);
    if (!known || count > known.count) floors.set(pageId, { count, until: now() + SETTLE_MS });
  };
  return {
    check(pageId, html) {
      const floor = floors.get(pageId);
      const seen = dataIds(html);
      if (floor && seen < floor.count) {
        if (now() < floor.until) return err(stalePage(floor.count, seen));
        floors.set(pageId, { count: seen, until: floor.until });
      } else raise(pageId, seen);
      return ok(html);
    },
    created: (pageId, html) => raise(pageId, dataIds(html)),
    appended: (pageId) => raise(pageId, (floors.get(pageId)?.count ?? 0) + 1),
    forget: (pageId) => void floors.delete(pageId),
  };
}
