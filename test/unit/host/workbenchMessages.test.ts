import { createWorkbenchHost } from "../../../src/host/workbenchHost";
import { isFromPeer } from "../../../src/host/workbenchProtocol";
import { serveWorkbenchSends } from "../../../src/host/workbenchSendEvent";

const ORIGIN = "http://localhost:3000";

/** A window as the listeners see it: its own origin, its parent, and messages that arrive. */
function fakeWindow(parent: unknown = null) {
  const target = new EventTarget();
  return Object.assign(target, {
    location: { origin: ORIGIN },
    parent,
    localStorage: { getItem: () => null, setItem: () => undefined },
    postMessage: jest.fn(),
    deliver(data: unknown, from: { source: unknown; origin: string }) {
      target.dispatchEvent(Object.assign(new Event("message"), { data, ...from }));
    },
  });
}

const item = { kind: "read" as const, id: "m-1", subject: "Ansökan", from: "asa.oberg@example.se" };

describe("the pane listens only to the workbench that hosts it", () => {
  it("needs both the hosting window and its origin, and a workbench message", () => {
    const peer = {};
    const data = { type: "svara-wb:item", item: null };
    expect(isFromPeer({ source: peer, origin: ORIGIN, data }, peer, ORIGIN)).toBe(true);
    expect(isFromPeer({ source: peer, origin: "https://evil.example", data }, peer, ORIGIN)).toBe(false);
    expect(isFromPeer({ source: {}, origin: ORIGIN, data }, peer, ORIGIN)).toBe(false);
    expect(isFromPeer({ source: peer, origin: ORIGIN, data: { type: "other" } }, peer, ORIGIN)).toBe(false);
    expect(isFromPeer({ source: null, origin: ORIGIN, data }, null, ORIGIN)).toBe(false);
  });

  it("ignores a mail 'selected' by its parent window once that window shows another origin", async () => {
    const parent = fakeWindow();
    const self = fakeWindow(parent);
    const host = createWorkbenchHost({
      language: "sv",
      theme: "light",
      parent: parent as unknown as Window,
      self: self as unknown as Window,
      storage: self.localStorage as unknown as Storage,
    });
    self.deliver(
      { type: "svara-wb:item", item: { ...item, from: "evil@example.com" } },
      {
        source: parent,
        origin: "https://evil.example",
      },
    );
    self.deliver({ type: "svara-wb:item", item }, { source: parent, origin: ORIGIN });

    await expect(host.currentItem()).resolves.toEqual({ ok: true, value: item });
  });

  it("runs the send handler only for the workbench page on its own origin", async () => {
    const parent = fakeWindow();
    const self = fakeWindow(parent);
    const handled: string[] = [];
    const stop = serveWorkbenchSends(
      async (event) => {
        const mail = await event.readMail();
        if (mail.ok) handled.push(mail.value.subject);
      },
      1000,
      self as unknown as Window,
    );
    const send = (subject: string) => ({
      type: "svara-wb:send",
      requestId: subject,
      mail: { recipients: ["asa.oberg@example.se"], subject, at: "2026-11-24T15:00:00.000Z" },
    });
    self.deliver(send("från fel ursprung"), { source: parent, origin: "https://evil.example" });
    self.deliver(send("från fel fönster"), { source: fakeWindow(), origin: ORIGIN });
    self.deliver(send("Besked"), { source: parent, origin: ORIGIN });
    await new Promise((r) => setTimeout(r, 0));

    expect(handled).toEqual(["Besked"]);
    expect(parent.postMessage).toHaveBeenCalledTimes(1);
    stop();
  });
});
