// What recognising a survey reply needs from mail (SurveyRepliesPort), asked only for an inbound
// mail from a candidate who left whose subject carries the survey tag: the reply itself (its
// conversation and body, in one read: the mail delta selects neither, to keep a first start
// small), and whether Sent Items has a survey mail in that conversation.
import type { Message } from "@microsoft/microsoft-graph-types";
import { carriesSurveyMarker } from "../domain/survey/marker";
import type { ReplyBody } from "../domain/survey/replyText";
import { ok, type Result } from "../domain/result";
import type { GraphHttp } from "./graphHttp";
import { seg, withQuery } from "./adapters-support/query";

export interface SurveyRepliesPort {
  /** Whether the recruiter sent a survey mail (tagged subject) in this conversation. */
  surveySentIn(conversationId: string): Promise<Result<boolean>>;
  /** The reply's conversation and its body as Graph stores it (text or HTML). */
  reply(
    messageId: string,
  ): Promise<Result<{ readonly conversationId: string | null; readonly body: ReplyBody }>>;
}

export function createSurveyReplies(http: GraphHttp): SurveyRepliesPort {
  async function surveySentIn(conversationId: string): Promise<Result<boolean>> {
    const listed = await http.get<{ value?: Message[] }>(
      withQuery("/me/mailFolders/sentitems/messages", {
        $filter: `conversationId eq '${conversationId.replace(/'/g, "''")}'`,
        $select: "subject",
        $top: 25,
      }),
    );
    if (!listed.ok) return listed;
    return ok((listed.value.body?.value ?? []).some((m) => carriesSurveyMarker(m.subject)));
  }

  async function reply(
    messageId: string,
  ): Promise<Result<{ readonly conversationId: string | null; readonly body: ReplyBody }>> {
    const got = await http.get<Message>(
      withQuery(`/me/messages/${seg(messageId)}`, { $select: "conversationId,body" }),
    );
    if (!got.ok) return got;
    const b = got.value.body?.body;
    return ok({
      conversationId: got.value.body?.conversationId ?? null,
      body: { contentType: b?.contentType === "text" ? "text" : "html", content: b?.content ?? "" },
    });
  }

  return { surveySentIn, reply };
}
