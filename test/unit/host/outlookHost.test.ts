import { createOutlookHost } from "../../../src/host/outlookHost";
import { asyncField, failed, installOfficeMock, succeeded } from "./officeMock";

const readMail = (overrides: Record<string, unknown> = {}) => ({
  itemType: "message",
  itemId: "AAMkEWS=",
  conversationId: "conv-1",
  subject: "Ansökan: Backend-utvecklare",
  from: { displayName: "Åsa Öberg-Ñúñez", emailAddress: "Asa.Oberg@Example.se" },
  to: [{ displayName: "Maja Lind", emailAddress: "maja.lind@svara-demo.se" }],
  cc: [],
  ...overrides,
});

describe("Outlook host: reading the open item", () => {
  it("reads a received mail with its sender and converts the EWS id to a REST id for Graph", async () => {
    const { office } = installOfficeMock({ item: readMail() });
    const item = await createOutlookHost(office).currentItem();
    expect(item).toEqual({
      ok: true,
      value: {
        kind: "message-read",
        restId: "rest(v2.0):AAMkEWS=",
        conversationId: "conv-1",
        subject: "Ansökan: Backend-utvecklare",
        from: { name: "Åsa Öberg-Ñúñez", email: "asa.oberg@example.se" },
        to: [{ name: "Maja Lind", email: "maja.lind@svara-demo.se" }],
        cc: [],
      },
    });
  });

  it("keeps the id as it is on Outlook mobile, which already hands out REST ids", async () => {
    const { office } = installOfficeMock({ item: readMail(), hostName: "OutlookIOS" });
    const item = await createOutlookHost(office).currentItem();
    expect(item.ok && item.value?.restId).toBe("AAMkEWS=");
  });

  it("answers null, not an error, when a pinned pane has no item selected", async () => {
    const { office } = installOfficeMock({ item: null });
    expect(await createOutlookHost(office).currentItem()).toEqual({ ok: true, value: null });
  });

  it("uses the address as the name when a sender has no display name", async () => {
    const { office } = installOfficeMock({
      item: readMail({ from: { displayName: "", emailAddress: "x@y.se" } }),
    });
    const item = await createOutlookHost(office).currentItem();
    expect(item.ok && item.value?.from).toEqual({ name: "x@y.se", email: "x@y.se" });
  });

  it("reads a mail being written through getAsync, with no id until it is saved", async () => {
    const { office } = installOfficeMock({
      item: {
        itemType: "message",
        subject: asyncField("Re: Ansökan"),
        to: asyncField([{ displayName: "Åsa", emailAddress: "asa@example.se" }]),
        cc: asyncField([]),
        getItemIdAsync: (cb: (r: unknown) => void) => cb(failed("not saved")),
        body: {},
      },
    });
    const item = await createOutlookHost(office).currentItem();
    expect(item).toMatchObject({
      ok: true,
      value: {
        kind: "message-compose",
        restId: null,
        subject: "Re: Ansökan",
        to: [{ email: "asa@example.se" }],
      },
    });
  });

  it("reads a meeting the recruiter organises, with its time and attendees", async () => {
    const { office } = installOfficeMock({
      item: {
        itemType: "appointment",
        subject: asyncField("Intervju: Åsa Öberg"),
        requiredAttendees: asyncField([{ displayName: "Åsa Öberg", emailAddress: "asa@example.se" }]),
        optionalAttendees: asyncField([{ displayName: "Per", emailAddress: "per@svara-demo.se" }]),
        start: asyncField(new Date("2026-12-01T09:00:00Z")),
        end: asyncField(new Date("2026-12-01T10:00:00Z")),
        getItemIdAsync: (cb: (r: unknown) => void) => cb(succeeded("AAMkEvent=")),
      },
    });
    const item = await createOutlookHost(office).currentItem();
    expect(item).toMatchObject({
      ok: true,
      value: {
        kind: "appointment-organizer",
        restId: "rest(v2.0):AAMkEvent=",
        start: "2026-12-01T09:00:00.000Z",
        end: "2026-12-01T10:00:00.000Z",
        attendees: [{ email: "asa@example.se" }, { email: "per@svara-demo.se" }],
      },
    });
  });

  it("reads a meeting the recruiter was invited to, with its organiser as sender", async () => {
    const { office } = installOfficeMock({
      item: {
        itemType: "appointment",
        itemId: "AAMkInvite=",
        subject: "Slutintervju",
        organizer: { displayName: "Per Holm", emailAddress: "per@svara-demo.se" },
        requiredAttendees: [{ displayName: "Maja Lind", emailAddress: "maja.lind@svara-demo.se" }],
        optionalAttendees: [],
        start: new Date("2026-12-02T13:00:00Z"),
        end: new Date("2026-12-02T14:00:00Z"),
      },
    });
    const item = await createOutlookHost(office).currentItem();
    expect(item).toMatchObject({
      ok: true,
      value: {
        kind: "appointment-attendee",
        from: { email: "per@svara-demo.se" },
        start: "2026-12-02T13:00:00.000Z",
      },
    });
  });

  it("turns a failing getAsync into an error value with words for the recruiter", async () => {
    const { office } = installOfficeMock({
      item: {
        itemType: "message",
        subject: { getAsync: (cb: (r: unknown) => void) => cb(failed("boom")) },
        to: asyncField([]),
        cc: asyncField([]),
      },
    });
    const item = await createOutlookHost(office).currentItem();
    expect(item.ok).toBe(false);
    if (!item.ok) {
      expect(item.error.code).toBe("host-office-failed");
      expect(item.error.message.sv).toContain("läsa ämnet");
      expect(item.error.message.en).toContain("read the subject");
    }
  });
});

describe("Outlook host: acting on the item", () => {
  it("inserts personalised HTML at the cursor of a mail being written", async () => {
    const calls: unknown[] = [];
    const { office } = installOfficeMock({
      item: {
        itemType: "message",
        subject: asyncField(""),
        body: {
          setSelectedDataAsync: (html: string, options: unknown, cb: (r: unknown) => void) => {
            calls.push([html, options]);
            cb(succeeded(undefined));
          },
        },
      },
    });
    const result = await createOutlookHost(office).insertHtmlAtCursor("<p>Hej Åsa</p>");
    expect(result.ok).toBe(true);
    expect(calls).toEqual([["<p>Hej Åsa</p>", { coercionType: "html" }]]);
  });

  it("refuses to insert into a mail that is being read", async () => {
    const { office } = installOfficeMock({ item: readMail() });
    const result = await createOutlookHost(office).insertHtmlAtCursor("<p>x</p>");
    expect(result).toMatchObject({ ok: false, error: { code: "host-not-compose" } });
  });

  it("opens Outlook's reply form with the template's HTML", async () => {
    const replies: unknown[] = [];
    const { office } = installOfficeMock({
      item: readMail({ displayReplyForm: (form: unknown) => replies.push(form) }),
    });
    const result = await createOutlookHost(office).displayReplyForm("<p>Tack för din ansökan</p>");
    expect(result.ok).toBe(true);
    expect(replies).toEqual([{ htmlBody: "<p>Tack för din ansökan</p>" }]);
  });

  it("reports a reply form that Outlook refuses as an error, not a crash", async () => {
    const { office } = installOfficeMock({
      item: readMail({
        displayReplyForm: () => {
          throw new Error("HTML too long");
        },
      }),
    });
    const result = await createOutlookHost(office).displayReplyForm("<p>x</p>");
    expect(result).toMatchObject({ ok: false, error: { code: "host-office-failed", retryable: true } });
  });

  it("opens a candidate's latest mail from the overview, converting the REST id back for Outlook", async () => {
    const opened: string[] = [];
    const { office } = installOfficeMock({ item: null, opened });
    expect(await createOutlookHost(office).displayMessage("AAMkRest=")).toEqual({
      ok: true,
      value: undefined,
    });
    expect(opened).toEqual(["ews(v2.0):AAMkRest="]);
    const mobile: string[] = [];
    const phone = installOfficeMock({ item: null, opened: mobile, hostName: "OutlookAndroid" });
    await createOutlookHost(phone.office).displayMessage("AAMkRest=");
    expect(mobile).toEqual(["AAMkRest="]);
  });

  it("says plainly when this Outlook cannot open a mail for Svara", async () => {
    const { office } = installOfficeMock({ item: null });
    expect(await createOutlookHost(office).displayMessage("AAMkRest=")).toMatchObject({
      ok: false,
      error: { code: "host-cannot-open-message" },
    });
  });

  it("refuses a reply form while composing and when nothing is selected", async () => {
    const compose = installOfficeMock({ item: { itemType: "message", subject: asyncField("") } });
    expect(await createOutlookHost(compose.office).displayReplyForm("x")).toMatchObject({
      ok: false,
      error: { code: "host-not-read" },
    });
    const none = installOfficeMock({ item: null });
    expect(await createOutlookHost(none.office).displayReplyForm("x")).toMatchObject({
      ok: false,
      error: { code: "host-no-item" },
    });
    expect(await createOutlookHost(none.office).insertHtmlAtCursor("x")).toMatchObject({
      ok: false,
      error: { code: "host-no-item" },
    });
  });
});

describe("Outlook host: following the recruiter between mails", () => {
  it("tells the pane about each new selection while pinned, and a null item between them", async () => {
    const mock = installOfficeMock({ item: readMail() });
    const seen: Array<string | null> = [];
    const unsubscribe = createOutlookHost(mock.office).onItemChanged((item) =>
      seen.push(item?.subject ?? null),
    );
    const fire = mock.handlers.get("olkItemSelectedChanged")!;
    mock.setItem(readMail({ subject: "Andra mailet" }));
    await fire();
    mock.setItem(null);
    await fire();
    expect(seen).toEqual(["Andra mailet", null]);
    unsubscribe();
    expect(mock.handlers.size).toBe(0);
  });
});

describe("Outlook host: following a mail being written", () => {
  it("tells the pane when the recruiter adds a candidate as recipient, which Outlook's ItemChanged never does", async () => {
    let recipients = [{ displayName: "Kollega", emailAddress: "kollega@svara-demo.se" }];
    const itemHandlers = new Map<string, () => void>();
    const { office } = installOfficeMock({
      item: {
        itemType: "message",
        subject: asyncField("Besked"),
        to: { getAsync: (cb: (r: unknown) => void) => cb(succeeded(recipients)) },
        cc: asyncField([]),
        addHandlerAsync: (type: string, handler: () => void) => itemHandlers.set(type, handler),
      },
    });
    const seen: string[][] = [];
    createOutlookHost(office).onItemChanged((item) => seen.push((item?.to ?? []).map((p) => p.email)));
    recipients = [...recipients, { displayName: "Åsa Öberg", emailAddress: "asa.oberg@example.se" }];
    await itemHandlers.get("olkRecipientsChanged")!();
    expect(seen).toEqual([["kollega@svara-demo.se", "asa.oberg@example.se"]]);
    expect(itemHandlers.has("olkAppointmentTimeChanged")).toBe(false);
  });
});

describe("Outlook host: theme, language, settings, auth", () => {
  it("follows a dark Office theme and the Swedish display language", () => {
    const { office } = installOfficeMock({
      item: null,
      bodyBackgroundColor: "#1f1f1f",
      displayLanguage: "sv-SE",
    });
    const host = createOutlookHost(office);
    expect(host.theme()).toBe("dark");
    expect(host.displayLanguage()).toBe("sv-SE");
    expect(host.userEmail()).toBe("maja.lind@svara-demo.se");
  });

  it("stays light on a light theme and knows whether nested app auth is there", () => {
    const { office } = installOfficeMock({ item: null, bodyBackgroundColor: "#fafafa", naa: true });
    const host = createOutlookHost(office);
    expect(host.theme()).toBe("light");
    expect(host.supportsNestedAppAuth()).toBe(true);
  });

  it("saves a roaming setting and refuses one that would not fit Outlook's 32 KB", async () => {
    const mock = installOfficeMock({ item: null });
    const host = createOutlookHost(mock.office);
    expect(await host.roamingSettings.set("language", "sv")).toEqual({ ok: true, value: undefined });
    expect(host.roamingSettings.get("language")).toBe("sv");
    const tooBig = await host.roamingSettings.set("templates", "x".repeat(33 * 1024));
    expect(tooBig).toMatchObject({ ok: false, error: { code: "host-settings-full" } });
    expect(host.roamingSettings.get("templates")).toBeUndefined();
    expect(mock.saved).toHaveLength(1);
  });
});

describe("Outlook host: what a new applicant wrote", () => {
  const withBody = (answer: (type: string) => unknown, asked: string[] = []) =>
    readMail({
      body: {
        getAsync: (type: string, cb: (r: unknown) => void) => {
          asked.push(type);
          cb(answer(type));
        },
      },
    });

  it("reads the mail's text as plain text, only its start", async () => {
    const asked: string[] = [];
    const text = `  Hej! Jag söker tjänsten som backend-utvecklare. ${"Mer om mig. ".repeat(400)}`;
    const { office } = installOfficeMock({ item: withBody(() => succeeded(text), asked) });
    const body = await createOutlookHost(office).itemBodyText!(2000);
    expect(asked).toEqual(["text"]);
    expect(body.ok && body.value).toHaveLength(2000);
    expect(body.ok && body.value).toMatch(/^Hej! Jag söker tjänsten som backend-utvecklare\./);
  });

  it("is not read with the item: the pane's first paint does not wait for it", async () => {
    const asked: string[] = [];
    const { office } = installOfficeMock({ item: withBody(() => succeeded("Hej"), asked) });
    await createOutlookHost(office).currentItem();
    expect(asked).toEqual([]);
  });

  it("answers an error value, not a throw, when Outlook cannot give the text", async () => {
    const { office } = installOfficeMock({ item: withBody(() => failed("item gone")) });
    const body = await createOutlookHost(office).itemBodyText!(2000);
    expect(body).toMatchObject({ ok: false, error: { code: expect.any(String) } });
  });

  it("answers null for an empty mail, no item, or an item without a body", async () => {
    const { office, setItem } = installOfficeMock({ item: withBody(() => succeeded("  \n ")) });
    const host = createOutlookHost(office);
    expect(await host.itemBodyText!(2000)).toEqual({ ok: true, value: null });
    setItem(null);
    expect(await host.itemBodyText!(2000)).toEqual({ ok: true, value: null });
    setItem(readMail());
    expect(await host.itemBodyText!(2000)).toEqual({ ok: true, value: null });
  });
});
