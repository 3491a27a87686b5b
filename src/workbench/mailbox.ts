import type { Message } from "@microsoft/microsoft-graph-types";
import type { HostItem, Person } from "../host/host";
import { customPropertiesOnItem } from "./customProperties";

/**
 * The workbench plays Outlook, so it reads the mailbox the way Outlook's own UI would — straight
 * from the mail server, which here is the Graph emulator. Svara's code never takes this path.
 */
export interface MailboxSource {
  readonly graphUrl: string;
  readonly token: string;
}

export interface ListedMessage {
  readonly id: string;
  readonly subject: string;
  readonly from: Person | null;
  readonly to: readonly Person[];
  readonly cc: readonly Person[];
  readonly receivedAt: string;
  readonly preview: string;
  readonly conversationId: string | null;
  readonly categories: readonly string[];
}

const person = (
  r: { emailAddress?: { name?: string | null; address?: string | null } | null } | null | undefined,
): Person | null =>
  r?.emailAddress?.address
    ? { name: r.emailAddress.name || r.emailAddress.address, email: r.emailAddress.address.toLowerCase() }
    : null;

const people = (list: Message["toRecipients"]): Person[] =>
  (list ?? []).map(person).filter((p): p is Person => p !== null);

function toListedMessage(m: Message): ListedMessage {
  return {
    id: m.id ?? "",
    subject: m.subject ?? "",
    from: person(m.from),
    to: people(m.toRecipients),
    cc: people(m.ccRecipients),
    receivedAt: m.receivedDateTime ?? "",
    preview: m.bodyPreview ?? "",
    conversationId: m.conversationId ?? null,
    categories: m.categories ?? [],
  };
}

/** What Outlook would hand the task pane for a selected received mail. */
export const toHostItem = (m: ListedMessage): HostItem => ({
  kind: "message-read",
  restId: m.id,
  receivedAt: m.receivedAt,
  conversationId: m.conversationId,
  subject: m.subject,
  from: m.from,
  to: m.to,
  cc: m.cc,
  bodyPreview: m.preview,
});

async function getJson<T>(source: MailboxSource, path: string): Promise<T> {
  const response = await fetch(`${source.graphUrl}${path}`, {
    headers: { Authorization: `Bearer ${source.token}` },
  });
  if (!response.ok) throw new Error(`The mail server answered ${response.status} for ${path}`);
  return (await response.json()) as T;
}

const SELECT =
  "id,subject,from,toRecipients,ccRecipients,receivedDateTime,bodyPreview,conversationId,categories";

export type WorkbenchFolder = "inbox" | "sentitems";

export async function listFolder(
  source: MailboxSource,
  folder: WorkbenchFolder,
  top = 50,
): Promise<ListedMessage[]> {
  const page = await getJson<{ value: Message[] }>(
    source,
    `/me/mailFolders/${folder}/messages?$top=${top}&$orderby=receivedDateTime%20desc&$select=${SELECT}`,
  );
  return page.value.map(toListedMessage);
}

/** One mail by id, as the message list shows it; null when it is gone. */
export async function readMessage(source: MailboxSource, id: string): Promise<ListedMessage | null> {
  try {
    return toListedMessage(
      await getJson<Message>(source, `/me/messages/${encodeURIComponent(id)}?$select=${SELECT}`),
    );
  } catch {
    return null;
  }
}

/** The mailbox owner Outlook is signed in as (the pane's userProfile). */
export async function whoAmI(source: MailboxSource): Promise<string | null> {
  const me = await getJson<{ mail?: string | null; userPrincipalName?: string | null }>(
    source,
    "/me?$select=mail,userPrincipalName",
  );
  return (me.mail ?? me.userPrincipalName ?? null)?.toLowerCase() ?? null;
}

export async function readBody(
  source: MailboxSource,
  id: string,
): Promise<{ contentType: string; content: string }> {
  const message = await getJson<Message>(source, `/me/messages/${encodeURIComponent(id)}?$select=body`);
  return { contentType: message.body?.contentType ?? "text", content: message.body?.content ?? "" };
}

/**
 * Outlook sending a mail: sendMail, with the internet headers and custom properties the send
 * handler stamped. The copy lands in Sent Items (with the properties, without custom headers, as in
 * Exchange), where Svara's sync will see it. (Conversation threading is not emulated.)
 */
export async function sendMail(
  source: MailboxSource,
  mail: {
    to: readonly Person[];
    subject: string;
    html: string;
    headers: Readonly<Record<string, string>>;
    /** The add-in's custom properties: Outlook saves them on the item as one extended property. */
    properties?: Readonly<Record<string, string>>;
  },
): Promise<void> {
  const post = async (path: string, body: unknown) => {
    const response = await fetch(`${source.graphUrl}${path}`, {
      method: "POST",
      headers: { Authorization: `Bearer ${source.token}`, "Content-Type": "application/json" },
      body: JSON.stringify(body),
    });
    if (!response.ok) throw new Error(`The mail server answered ${response.status} for ${path}`);
  };
  const message = {
    subject: mail.subject,
    body: { contentType: "html", content: mail.html },
    toRecipients: mail.to.map((p) => ({ emailAddress: { name: p.name, address: p.email } })),
    internetMessageHeaders: Object.entries(mail.headers).map(([name, value]) => ({ name, value })),
    ...(mail.properties && Object.keys(mail.properties).length > 0
      ? {
          singleValueExtendedProperties: [customPropertiesOnItem(mail.properties)],
        }
      : {}),
  };
  await post("/me/sendMail", { message, saveToSentItems: true });
}
