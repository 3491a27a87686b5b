import {
  newSendId,
  SEND_HEADER,
  sendCommandId,
  sendContactId,
  sendIdFromHeaders,
} from "../../../src/sendHandler/sendId";

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;
const ID = "0b6f3a52-8d3e-4c1e-9f3a-2a1d5e7c9b10";

describe("send ids: one mail, one log entry, whoever sees it first", () => {
  it("names the contact and the per-candidate command after the send id", () => {
    expect(sendContactId(ID)).toBe(`send:${ID}`);
    expect(sendCommandId(ID, "p-nordbank-backend", "c-asa-oberg")).toBe(
      `send:${ID}>p-nordbank-backend/c-asa-oberg`,
    );
  });

  it("reads the id back from a sent mail's headers, whatever the header's case", () => {
    const headers = [
      { name: "Received", value: "x" },
      { name: "x-svara-send", value: ` ${ID.toUpperCase()} ` },
    ];
    expect(sendIdFromHeaders(headers)).toBe(ID);
    expect(sendIdFromHeaders([{ name: SEND_HEADER, value: "not-a-uuid" }])).toBeNull();
    expect(sendIdFromHeaders(null)).toBeNull();
  });

  it("makes v4 UUIDs with crypto.randomUUID, getRandomValues, or — in an old runtime with no crypto — Math.random", () => {
    expect(newSendId({ randomUUID: () => ID.toUpperCase() })).toBe(ID);
    const filled = newSendId({
      getRandomValues: <T extends ArrayBufferView | null>(a: T) => (
        (a as unknown as Uint8Array).fill(0xab),
        a
      ),
    });
    expect(filled).toMatch(UUID);
    const a = newSendId({}, () => 0.1);
    expect(a).toMatch(UUID);
    const seen = new Set(Array.from({ length: 200 }, () => newSendId({})));
    expect(seen.size).toBe(200);
  });
});
