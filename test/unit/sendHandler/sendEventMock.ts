// office-addin-mock for the send handler, in the pattern of test/unit/host/officeMock.ts: the mock
// adds no enums, so they are seeded; `actions.associate` keeps the registered handlers so a test can
// press Send, and the compose item records the headers and custom properties Svara stamps.
import { OfficeMockObject } from "office-addin-mock";
import { failed, succeeded } from "../host/officeMock";

interface Person {
  readonly emailAddress: string;
  readonly displayName?: string;
}

export interface MailOptions {
  readonly to?: readonly Person[];
  readonly cc?: readonly Person[];
  readonly bcc?: readonly Person[];
  readonly subject?: string;
  /** Which getAsync fails: "to" | "cc" | "bcc" | "subject". */
  readonly failing?: string;
  /** internetHeaders.setAsync answers Failed. */
  readonly headersFail?: boolean;
  /** A client without internetHeaders (Mailbox 1.8). */
  readonly noHeaders?: boolean;
  /** customProperties.saveAsync answers Failed. */
  readonly propertiesFail?: boolean;
}

export interface SendMock {
  readonly office: typeof Office;
  readonly handlers: Map<string, (event: unknown) => void>;
  readonly headers: Record<string, string>;
  /** The add-in's custom properties saved on the item (saveAsync). */
  readonly properties: Record<string, string>;
  /** Presses Send: runs the registered handler, resolves with what it told `event.completed`. */
  send(name?: string): Promise<unknown[]>;
}

const field = <T>(name: string, value: T, failing?: string) => ({
  getAsync: (cb: (r: unknown) => void) =>
    cb(failing === name ? failed(`${name} unavailable`) : succeeded(value)),
});

export function installSendMock(mail: MailOptions = {}, naa = false): SendMock {
  const handlers = new Map<string, (event: unknown) => void>();
  const headers: Record<string, string> = {};
  const properties: Record<string, string> = {};
  const unsaved: Record<string, string> = {};
  const customProperties = {
    get: (name: string) => properties[name],
    set: (name: string, value: string) => void (unsaved[name] = value),
    saveAsync: (cb: (r: unknown) => void) => {
      if (mail.propertiesFail) return cb(failed("the extension custom properties could not be saved"));
      Object.assign(properties, unsaved);
      cb(succeeded(undefined));
    },
  };
  const mock = new OfficeMockObject({
    host: "outlook",
    AsyncResultStatus: { Succeeded: "succeeded", Failed: "failed" },
    MailboxEnums: { ItemType: { Message: "message" } },
    actions: { associate: (name: string, handler: (event: unknown) => void) => handlers.set(name, handler) },
    context: {
      requirements: { isSetSupported: (name: string) => name === "NestedAppAuth" && naa },
      mailbox: {},
    },
  }) as unknown as typeof Office;
  // office-addin-mock turns nested objects into mocks; set the item directly (as officeMock.ts does).
  (mock.context.mailbox as unknown as { item: unknown }).item = {
    itemType: "message",
    to: field("to", mail.to ?? [], mail.failing),
    cc: field("cc", mail.cc ?? [], mail.failing),
    bcc: field("bcc", mail.bcc ?? [], mail.failing),
    subject: field("subject", mail.subject ?? "Re: Ansökan", mail.failing),
    loadCustomPropertiesAsync: (cb: (r: unknown) => void) => cb(succeeded(customProperties)),
    ...(mail.noHeaders
      ? {}
      : {
          internetHeaders: {
            setAsync: (values: Record<string, string>, cb: (r: unknown) => void) => {
              if (mail.headersFail) return cb(failed("header quota exhausted"));
              Object.assign(headers, values);
              cb(succeeded(undefined));
            },
          },
        }),
  };
  (global as unknown as { Office: unknown }).Office = mock;
  return {
    office: mock,
    handlers,
    headers,
    properties,
    send(name = "onMessageSendHandler") {
      const handler = handlers.get(name);
      if (!handler) throw new Error(`nothing registered as ${name}`);
      return new Promise((resolve) => {
        const calls: unknown[] = [];
        handler({
          completed: (options: unknown) => {
            calls.push(options);
            resolve(calls);
          },
        });
      });
    },
  };
}
