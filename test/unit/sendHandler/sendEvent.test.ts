import { addressesOf, createSendEvent } from "../../../src/host/sendEvent";
import { installSendMock } from "./sendEventMock";

const AT = new Date("2026-11-25T10:00:00.000Z");

describe("the send event as Svara reads it (src/host/sendEvent.ts)", () => {
  it("reads To, Cc and Bcc as one list of lower-cased addresses, each once, with the subject and the time", async () => {
    const { office } = installSendMock({
      to: [{ emailAddress: "Asa.Oberg@Example.se" }, { emailAddress: "" }],
      cc: [{ emailAddress: "asa.oberg@example.se" }],
      bcc: [{ emailAddress: "erik.nilsson@example.se" }],
      subject: "Besked",
    });
    expect(await createSendEvent(office, () => AT).readMail()).toEqual({
      ok: true,
      value: {
        recipients: ["asa.oberg@example.se", "erik.nilsson@example.se"],
        subject: "Besked",
        at: "2026-11-25T10:00:00.000Z",
      },
    });
  });

  it("answers an error value, not a throw, when a field cannot be read", async () => {
    const { office } = installSendMock({ to: [{ emailAddress: "a@b.se" }], failing: "to" });
    const read = await createSendEvent(office).readMail();
    expect(read.ok).toBe(false);
    expect(!read.ok && read.error.code).toBe("host-office-failed");
  });

  it("sets the header, and says so when the client has no internetHeaders (Mailbox 1.8)", async () => {
    const mock = installSendMock({});
    expect(await createSendEvent(mock.office).setHeader("X-Svara-Send", "id-1")).toEqual({
      ok: true,
      value: undefined,
    });
    expect(mock.headers).toEqual({ "X-Svara-Send": "id-1" });
    const old = installSendMock({ noHeaders: true });
    const result = await createSendEvent(old.office).setHeader("X-Svara-Send", "id-1");
    expect(!result.ok && result.error.code).toBe("host-office-failed");
  });

  it("saves a custom property on the item (loaded, set, saved), and answers an error value when saving fails", async () => {
    const mock = installSendMock({});
    expect(await createSendEvent(mock.office).setCustomProperty("svaraSend", "id-1")).toEqual({
      ok: true,
      value: undefined,
    });
    expect(mock.properties).toEqual({ svaraSend: "id-1" });
    const failing = installSendMock({ propertiesFail: true });
    const result = await createSendEvent(failing.office).setCustomProperty("svaraSend", "id-1");
    expect(!result.ok && result.error.code).toBe("host-office-failed");
    expect(failing.properties).toEqual({});
  });

  it("drops blank addresses", () => {
    expect(addressesOf([{ emailAddress: "  " } as Office.EmailAddressDetails])).toEqual([]);
  });
});
