import { mailCommandId, mailContactId } from "../../../src/domain";

describe("the ids a mail gets, so every path that sees it logs it once", () => {
  it("derives ids from the send header, else the Message-ID, else the Graph id", () => {
    const sendId = "0b6f7c1e-5a2d-4c9b-8e3f-1d2c3b4a5f60";
    expect(
      mailContactId({
        id: "AAMk-1",
        internetMessageId: "<a@b>",
        internetMessageHeaders: [{ name: "X-Svara-Send", value: sendId }],
      }),
    ).toBe(`send:${sendId}`);
    expect(
      mailContactId({ id: "AAMk-1", internetMessageHeaders: [{ name: "X-Svara-Send", value: "not-ours" }] }),
    ).toBe("mail:AAMk-1");
    expect(mailContactId({ id: "AAMk-1", internetMessageId: " <a.b@c.se> " })).toBe("mail:a.b@c.se");
    expect(mailContactId({ id: "AAMk-1", internetMessageId: null })).toBe("mail:AAMk-1");
    expect(mailCommandId({ id: "AAMk-1" }, "p-x", "c-y")).toBe("mail:AAMk-1>p-x/c-y");
  });
});
