// A reply to Svara's survey becomes a survey answer (or a reply for the recruiter to score), not a
// contact in the candidate's log. Instead of, not besides: logged as an inbound message it would
// start the answer clock of someone who has left and ask the recruiter to answer their feedback,
// and a dated log line beside the name would tie the "anonymous" scores back to the person.
//
// Recognised by the tag in the subject (cheap, no request for any other mail), from a candidate
// who has left a process; then the reply is read (its conversation and body: one request) and it
// counts only in the conversation of a survey mail the recruiter sent (one Sent Items lookup).

import {
  carriesSurveyMarker,
  feedbackEntry,
  ok,
  parseSurveyReply,
  type IsoInstant,
  type Result,
} from "../domain";
import type { SurveyRepliesPort } from "../graph/surveyReplies";
import type { Processes } from "./applyCommand";
import { makeCommand, type RecordSurveyAnswer } from "./commands";

/** What recognition reads of a mail. */
export interface SurveyReplyMail {
  readonly id: string;
  readonly subject: string;
  readonly from: { readonly email: string } | null;
  readonly at: string;
  readonly conversationId?: string | null;
  readonly internetMessageId?: string | null;
}

/** The commands a survey reply calls for, or null when the mail is not one (log it as usual). */
export async function surveyReplyCommands(
  mail: SurveyReplyMail,
  processes: Processes,
  replies: SurveyRepliesPort,
  now: IsoInstant,
): Promise<Result<RecordSurveyAnswer[] | null>> {
  const from = mail.from?.email.trim().toLowerCase();
  if (!from || !carriesSurveyMarker(mail.subject)) return ok(null);
  const left = processes.flatMap((process) =>
    process.candidates
      .filter((c) => c.leftAt !== null && c.emails.some((e) => e.trim().toLowerCase() === from))
      .map((candidate) => ({ process, language: candidate.language ?? process.language })),
  );
  if (left.length === 0) return ok(null);
  const reply = await replies.reply(mail.id);
  if (!reply.ok) return reply;
  const conversationId = mail.conversationId ?? reply.value.conversationId;
  if (!conversationId) return ok(null);
  const sent = await replies.surveySentIn(conversationId);
  if (!sent.ok) return sent;
  if (!sent.value) return ok(null);
  const parsed = parseSurveyReply(reply.value.body);
  return ok(
    left.map(({ process, language }) => {
      const entry = feedbackEntry(
        { messageId: mail.internetMessageId ?? mail.id, processId: process.id, at: mail.at, language },
        parsed,
      );
      // One id per reply and process: seen again (another pass, another device), it is one command.
      return makeCommand(
        "RecordSurveyAnswer",
        { processId: process.id, entry },
        { id: `survey:${entry.answerId}>${process.id}`, createdAt: now },
      );
    }),
  );
}
