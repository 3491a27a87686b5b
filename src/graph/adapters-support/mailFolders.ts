// Which well-known folder a message sits in. Graph gives an opaque parentFolderId; the ids of
// inbox, sent items and drafts are learnt once, riding along in the first $batch that needs them.
import type { Message } from "@microsoft/microsoft-graph-types";
import type { BatchItem } from "../batch";
import type { BatchItemResponse } from "../batch";
import type { MailFolder } from "../ports";
import type { Result } from "../../domain/result";

const WELL_KNOWN = ["inbox", "sentitems", "drafts"] as const;
const PREFIX = "folder-";

export class MailFolderIds {
  private readonly byId = new Map<string, MailFolder>();

  get known(): boolean {
    return this.byId.size === WELL_KNOWN.length;
  }

  /** $batch sub-requests that teach the ids; empty once they are known. */
  lookups(): BatchItem[] {
    if (this.known) return [];
    return WELL_KNOWN.map((name) => ({
      id: `${PREFIX}${name}`,
      method: "GET",
      url: `/me/mailFolders/${name}?$select=id`,
    }));
  }

  /** Takes the answers to lookups() from a batch's results (by sub-request id). */
  learn(answers: ReadonlyMap<string, Result<BatchItemResponse, unknown>>): void {
    for (const name of WELL_KNOWN) {
      const answer = answers.get(`${PREFIX}${name}`);
      const id = answer?.ok ? (answer.value.body as { id?: unknown } | undefined)?.id : undefined;
      if (typeof id === "string") this.byId.set(id, name);
    }
  }

  folderOf = (parentFolderId: string | null | undefined, message: Message): MailFolder => {
    const known = parentFolderId ? this.byId.get(parentFolderId) : undefined;
    if (known) return known;
    // Without the ids (a failed lookup) a draft still says what it is; anything else is "other".
    return message.isDraft ? "drafts" : "other";
  };
}
