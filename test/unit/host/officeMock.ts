import { OfficeMockObject } from "office-addin-mock";

/** office-addin-mock adds no enums: seed the ones Svara's host code reads. */
const enums = {
  host: "outlook",
  AsyncResultStatus: { Succeeded: "succeeded", Failed: "failed" },
  CoercionType: { Html: "html", Text: "text" },
  EventType: {
    ItemChanged: "olkItemSelectedChanged",
    RecipientsChanged: "olkRecipientsChanged",
    AppointmentTimeChanged: "olkAppointmentTimeChanged",
  },
  MailboxEnums: {
    ItemType: { Message: "message", Appointment: "appointment" },
    RestVersion: { v2_0: "v2.0" },
  },
};

export const succeeded = <T>(value: T) => ({ status: "succeeded", value });
export const failed = (message: string) => ({ status: "failed", error: { code: 9999, message } });

/** A getAsync-style field as compose mode exposes it. */
export const asyncField = <T>(value: T) => ({
  getAsync: (cb: (r: unknown) => void) => cb(succeeded(value)),
});

export interface MockOptions {
  item: Record<string, unknown> | null;
  hostName?: string;
  bodyBackgroundColor?: string;
  displayLanguage?: string;
  naa?: boolean;
  /** Records what displayMessageForm was asked to open; absent when the host lacks the API. */
  opened?: string[];
}

export function installOfficeMock(options: MockOptions) {
  const handlers = new Map<string, () => void>();
  const settings = new Map<string, unknown>();
  const saved: Array<Record<string, unknown>> = [];
  const mock = new OfficeMockObject({
    ...enums,
    context: {
      displayLanguage: options.displayLanguage ?? "sv-SE",
      officeTheme: { bodyBackgroundColor: options.bodyBackgroundColor ?? "#ffffff" },
      requirements: {
        isSetSupported: (name: string) => name === "Mailbox" || (name === "NestedAppAuth" && !!options.naa),
      },
      roamingSettings: {
        get: (key: string) => settings.get(key),
        set: (key: string, value: unknown) => settings.set(key, value),
        saveAsync: (cb: (r: unknown) => void) => {
          saved.push(Object.fromEntries(settings));
          cb(succeeded(undefined));
        },
      },
      mailbox: {
        diagnostics: { hostName: options.hostName ?? "Outlook" },
        userProfile: { emailAddress: "Maja.Lind@svara-demo.se", displayName: "Maja Lind" },
        convertToRestId: (id: string, version: string) => `rest(${version}):${id}`,
        convertToEwsId: (id: string, version: string) => `ews(${version}):${id}`,
        ...(options.opened ? { displayMessageForm: (id: string) => options.opened!.push(id) } : {}),
        addHandlerAsync: (type: string, handler: () => void) => handlers.set(type, handler),
        removeHandlerAsync: (type: string) => handlers.delete(type),
      },
    },
  }) as unknown as typeof Office;
  const mailbox = mock.context.mailbox as unknown as { item: unknown };
  // office-addin-mock turns nested objects into mocks and cannot hold null; set the item directly.
  mailbox.item = options.item;
  (global as unknown as { Office: unknown }).Office = mock;
  return {
    office: mock,
    handlers,
    saved,
    setItem(item: Record<string, unknown> | null) {
      mailbox.item = item;
    },
  };
}
