// What pressing Send means for the answer clock: every candidate among the recipients has now
// heard from us. One LogContact per candidate, under ids made from the send id (sendId.ts), so the
// later look at Sent Items finds them logged. Pure orchestration: where the processes come from,
// how a command is saved and sent, and what time it is are all given.

import { err, ok, type AppError, type IsoInstant, type Result } from "../domain";
import type { Processes } from "../sync/applyCommand";
import { candidateKey, mailContact, type LogContact } from "../sync/commands";
import { sendCommandId, sendContactId } from "./sendId";

export interface SentMail {
  /** Lower-cased addresses from To, Cc and Bcc. */
  readonly recipients: readonly string[];
  readonly subject: string;
  readonly sendId: string;
  readonly at: IsoInstant;
}

export interface LogSentMailDeps {
  /** The processes to match against: this device's copy first, Graph only when there is none. */
  readonly processes: () => Promise<Result<Processes>>;
  /** Marks the outgoing mail with the send id. Called only when a candidate is among the
   * recipients (a mail to colleagues carries nothing of Svara), and before anything is logged
   * under that id: unmarked, Sent Items could not tell the mail was logged, and would log it again. */
  readonly stamp: (sendId: string) => Promise<Result<void>>;
  /** Saves one command (the engine's dispatch: outbox first, then shown, then sent). */
  readonly dispatch: (command: LogContact) => Promise<Result<unknown>>;
  /** Sends what was saved, for at most `budgetMs`; what is left stays for the pane to send. */
  readonly drain: (budgetMs: number) => Promise<void>;
  /** Epoch ms. */
  readonly now: () => number;
}

export interface LoggedMail {
  /** Saved, one per candidate the mail went to. */
  readonly logged: readonly LogContact[];
  /** Could not be saved; the delta of Sent Items logs these later under the same ids. */
  readonly notSaved: readonly AppError[];
}

/** The LogContact commands a sent mail calls for: one per candidate it went to. */
export function sentMailCommands(mail: SentMail, processes: Processes): LogContact[] {
  const to = new Set(mail.recipients.map((r) => r.trim().toLowerCase()));
  const contactId = sendContactId(mail.sendId);
  return processes.flatMap((process) =>
    process.candidates
      .filter((c) => c.emails.some((e) => to.has(e.toLowerCase())))
      // As contact detection does: mail from before the candidate was added is not theirs to log,
      // and a contact already in the document is not logged twice.
      .filter((c) => Date.parse(mail.at) >= Date.parse(c.createdAt))
      .filter((c) => !c.contacts.some((k) => k.id === contactId))
      .map((candidate) => ({
        id: sendCommandId(mail.sendId, process.id, candidate.id),
        type: "LogContact" as const,
        key: candidateKey(process.id, candidate.id),
        createdAt: mail.at,
        payload: {
          processId: process.id,
          candidateId: candidate.id,
          // The same entry the delta of Sent Items would make: outbound mail is an "answer".
          contact: mailContact(contactId, mail.at, "out", mail.subject, null),
        },
      })),
  );
}

export async function logSentMail(
  mail: SentMail,
  deps: LogSentMailDeps,
  budgetMs: number,
): Promise<Result<LoggedMail>> {
  const deadline = deps.now() + budgetMs;
  if (mail.recipients.length === 0) return ok({ logged: [], notSaved: [] });
  const processes = await deps.processes();
  if (!processes.ok) return processes;
  const commands = sentMailCommands(mail, processes.value);
  if (commands.length === 0) return ok({ logged: [], notSaved: [] });
  const stamped = await deps.stamp(mail.sendId);
  if (!stamped.ok) return stamped;

  const logged: LogContact[] = [];
  const notSaved: AppError[] = [];
  for (const command of commands) {
    const saved = await deps.dispatch(command);
    if (saved.ok) logged.push(command);
    else notSaved.push(saved.error);
  }
  if (logged.length === 0) return err(notSaved[0]!);
  const left = deadline - deps.now();
  if (left > 0) await deps.drain(left);
  return ok({ logged, notSaved });
}
