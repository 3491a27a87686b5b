// The OnMessageSend event as Svara's send handler needs it (src/sendHandler/): the mail being sent,
// a way to stamp it, and the one promise Outlook must always get — `completed({ allowEvent: true })`.
// Runs in the event runtime: a JavaScript-only engine in classic Outlook on Windows (no DOM, no
// window, no localStorage), a hidden page elsewhere. So: Office.js only, nothing of the browser.

import { err, ok, type IsoInstant, type Result } from "../domain";
import { hostErrors } from "./hostErrors";
import { officeAsync } from "./officeAsync";

/** The mail leaving, as the handler needs it (never an Office.js object). */
interface OutgoingMail {
  /** To, Cc and Bcc, trimmed, lower-cased, each address once. */
  readonly recipients: readonly string[];
  readonly subject: string;
  /** When the recruiter pressed Send. */
  readonly at: IsoInstant;
}

export interface SendEvent {
  readMail(): Promise<Result<OutgoingMail>>;
  /** Adds a custom internet header (Mailbox 1.8): the recipients' copies carry it, Sent Items not. */
  setHeader(name: string, value: string): Promise<Result<void>>;
  /** Saves one of the add-in's custom properties on the item (Mailbox 1.1): the copy in Sent
   * Items keeps it, and Graph reads it back as an extended property. */
  setCustomProperty(name: string, value: string): Promise<Result<void>>;
  /** Whether MSAL nested app authentication can be used in this runtime. */
  supportsNestedAppAuth(): boolean;
}

export interface SendHandlerOptions {
  /** After this long the mail goes, whatever the handler is still doing. */
  readonly budgetMs: number;
  readonly now?: () => Date;
  readonly setTimer?: (run: () => void, ms: number) => unknown;
  readonly clearTimer?: (timer: unknown) => void;
  /** Where a failure is told (the runtime log); never the recruiter: the mail must just go. */
  readonly report?: (what: string, cause: unknown) => void;
}

type ComposeMessage = Office.MessageCompose;
type Recipients = { getAsync?: (cb: (r: Office.AsyncResult<Office.EmailAddressDetails[]>) => void) => void };

function readRecipients(field: Recipients | undefined): Promise<Result<Office.EmailAddressDetails[]>> {
  // A field the client does not expose (no Bcc on some surfaces) is no recipients, not an error.
  if (!field || typeof field.getAsync !== "function") return Promise.resolve(ok([]));
  return officeAsync<Office.EmailAddressDetails[]>(
    (cb) => field.getAsync!(cb),
    (cause) => hostErrors.office("läsa mottagarna|read the recipients", cause),
  );
}

/** To, Cc and Bcc as one list of addresses: lower-cased, each once, blanks dropped. */
export function addressesOf(...lists: readonly (readonly Office.EmailAddressDetails[])[]): string[] {
  const seen = new Set<string>();
  for (const list of lists) {
    for (const person of list) {
      const address = (person?.emailAddress ?? "").trim().toLowerCase();
      if (address) seen.add(address);
    }
  }
  return [...seen];
}

export function createSendEvent(office: typeof Office, now: () => Date = () => new Date()): SendEvent {
  const item = () => office.context.mailbox.item as unknown as ComposeMessage | null;
  return {
    async readMail() {
      const at = now().toISOString();
      const mail = item();
      if (!mail) return err(hostErrors.noItem());
      const [to, cc, bcc, subject] = await Promise.all([
        readRecipients(mail.to as unknown as Recipients),
        readRecipients(mail.cc as unknown as Recipients),
        readRecipients(mail.bcc as unknown as Recipients),
        officeAsync<string>(
          (cb) => mail.subject.getAsync(cb),
          (cause) => hostErrors.office("läsa ämnet|read the subject", cause),
        ),
      ]);
      for (const r of [to, cc, bcc]) if (!r.ok) return r;
      if (!subject.ok) return subject;
      const value = <T>(r: Result<T>, fallback: T): T => (r.ok ? r.value : fallback);
      return ok({
        recipients: addressesOf(value(to, []), value(cc, []), value(bcc, [])),
        subject: subject.value ?? "",
        at,
      });
    },
    async setHeader(name, value) {
      const mail = item();
      if (!mail) return err(hostErrors.noItem());
      const headers = (mail as { internetHeaders?: Office.InternetHeaders }).internetHeaders;
      // Mailbox 1.8; every client with the 1.12 this handler is declared for has it, but say so if not.
      if (!headers || typeof headers.setAsync !== "function") {
        return err(hostErrors.office("märka mailet|mark the mail", "internetHeaders is not available"));
      }
      return officeAsync<void>(
        (cb) => headers.setAsync({ [name]: value }, cb),
        (cause) => hostErrors.office("märka mailet|mark the mail", cause),
      );
    },
    async setCustomProperty(name, value) {
      const mail = item();
      if (!mail) return err(hostErrors.noItem());
      const fail = (cause: unknown) => hostErrors.office("märka mailet|mark the mail", cause);
      const loaded = await officeAsync<Office.CustomProperties>(
        (cb) => mail.loadCustomPropertiesAsync(cb),
        fail,
      );
      if (!loaded.ok) return loaded;
      loaded.value.set(name, value);
      return officeAsync<void>((cb) => loaded.value.saveAsync(cb), fail);
    },
    supportsNestedAppAuth: () => {
      try {
        return office.context.requirements.isSetSupported("NestedAppAuth", "1.1");
      } catch {
        return false;
      }
    },
  };
}

/**
 * Registers the function the manifest names for OnMessageSend. Whatever `handle` does — succeed,
 * fail, throw, hang — Outlook hears `completed({ allowEvent: true })` exactly once: when it is
 * done, or when the budget runs out, whichever comes first. Svara never stops a mail.
 */
export function registerSendHandler(
  name: string,
  handle: (event: SendEvent, budgetMs: number) => Promise<unknown>,
  options: SendHandlerOptions,
  office: typeof Office = Office,
): void {
  const setTimer = options.setTimer ?? ((run, ms) => setTimeout(run, ms));
  const clearTimer = options.clearTimer ?? ((t) => clearTimeout(t as ReturnType<typeof setTimeout>));
  const report = options.report ?? ((what, cause) => console.warn(`Svara: ${what}`, cause));

  office.actions.associate(name, (event: Office.MailboxEvent) => {
    let completed = false;
    const complete = () => {
      if (completed) return;
      completed = true;
      try {
        event.completed({ allowEvent: true });
      } catch (cause) {
        report("could not tell Outlook the mail may go", cause);
      }
    };
    const timer = setTimer(() => {
      report("out of time; the mail goes, Sent Items detection logs it later", options.budgetMs);
      complete();
    }, options.budgetMs);
    void (async () => {
      try {
        await handle(createSendEvent(office, options.now), options.budgetMs);
      } catch (cause) {
        report("the send handler failed; the mail goes anyway", cause);
      } finally {
        clearTimer(timer);
        complete();
      }
    })();
  });
}
