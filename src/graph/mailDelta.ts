// New and changed mail per folder (MailDeltaPort): Graph's message delta, pages followed to the
// deltaLink, which sync keeps for next time. Deleted mail ("@removed") is not contact, so it is left out.
import type { Message } from "@microsoft/microsoft-graph-types";
import { appError, err, ok, type Result } from "../domain/result";
import type { GraphAppError } from "./graphError";
import type { GraphHttp } from "./graphHttp";
import type { MailDeltaPort, MailSummary } from "./ports";
import {
  DELTA_SELECT,
  MESSAGE_EXPAND,
  SENT_MESSAGE_EXPAND,
  toMailSummary,
} from "./adapters-support/mailSummary";
import { SHAPES } from "./adapters-support/listingShapes";
import { allPages } from "./adapters-support/paging";
import { withQuery } from "./adapters-support/query";

/** Fewer, fuller pages: Outlook allows up to this many messages per delta page. */
const PAGE_SIZE = 100;

type DeltaMessage = Message & { "@removed"?: unknown };

const isExpiredSyncState = (e: GraphAppError): boolean =>
  e.status === 410 || (e.cause as { graphCode?: unknown } | undefined)?.graphCode === "SyncStateNotFound";

export function createMailDelta(http: GraphHttp): MailDeltaPort {
  async function changes(
    folder: "inbox" | "sentitems",
    deltaLink: string | null,
    since: string | null = null,
  ): Promise<Result<{ readonly messages: readonly MailSummary[]; readonly deltaLink: string }>> {
    // The query options of the first call are carried inside the nextLinks and the deltaLink.
    const first =
      deltaLink ??
      withQuery(`/me/mailFolders/${folder}/messages/delta`, {
        $select: DELTA_SELECT[folder],
        // The send handler's stamp tells a sent mail it already logged (domain/sentMail.ts): its
        // custom property, which reaches Sent Items.
        $expand: folder === "sentitems" ? SENT_MESSAGE_EXPAND : MESSAGE_EXPAND,
        // Message delta takes this one filter; Graph carries it inside the nextLinks and the
        // deltaLink, so later rounds stay inside the window too.
        $filter: since === null ? undefined : `receivedDateTime ge ${since}`,
      });
    const pages = await allPages<DeltaMessage>(http, first, {
      headers: { Prefer: `odata.maxpagesize=${PAGE_SIZE}` },
      what: `${folder} delta`,
      shape: SHAPES.messages,
    });
    if (!pages.ok) {
      // An expired deltaLink (410 Gone / SyncStateNotFound): start over with a full round.
      if (deltaLink !== null && isExpiredSyncState(pages.error)) return changes(folder, null, since);
      return pages;
    }
    if (pages.value.deltaLink === null) {
      return err(
        appError(
          "graph-delta-incomplete",
          "Microsoft 365 avslutade inte ändringslistan. Svara försöker igen.",
          "Microsoft 365 did not finish the list of changes. Svara will try again.",
          { retryable: true },
        ),
      );
    }
    const messages = pages.value.items
      .filter((m) => m["@removed"] === undefined)
      .map((m) => toMailSummary(m, () => folder));
    return ok({ messages, deltaLink: pages.value.deltaLink });
  }
  return { changes };
}
