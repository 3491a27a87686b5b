// One GET that also learns the mail folder ids when they are not known yet: on a cold start the
// GET and the three folder lookups travel as one $batch, so the answer still costs one round trip.
import { ok, type Result } from "../../domain/result";
import { sendBatch, type BatchOptions } from "../batch";
import type { GraphAppError } from "../graphError";
import type { GraphHttp } from "../graphHttp";
import type { MailFolderIds } from "./mailFolders";

export interface Fetched<T> {
  readonly body: T;
  readonly requests: number;
}

export async function getWithFolders<T>(
  http: GraphHttp,
  folders: MailFolderIds,
  path: string,
  batchOptions: BatchOptions = {},
): Promise<Result<Fetched<T>, GraphAppError>> {
  if (folders.known) {
    const got = await http.get<T>(path);
    return got.ok ? ok({ body: got.value.body, requests: got.value.attempts }) : got;
  }
  const items = [{ id: "main", method: "GET" as const, url: path }, ...folders.lookups()];
  const sent = await sendBatch(http, items, batchOptions);
  if (!sent.ok) return sent as Result<never, GraphAppError>;
  const answers = new Map(items.map((item, i) => [item.id, sent.value.results[i]!]));
  folders.learn(answers);
  const main = sent.value.results[0]!;
  return main.ok ? ok({ body: main.value.body as T, requests: sent.value.roundTrips }) : main;
}
