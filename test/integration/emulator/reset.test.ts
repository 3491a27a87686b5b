// Between e2e stories the workbench gets a fresh mailbox without restarting the emulator.
import { startEmulator, type RunningEmulator } from "../../graph-emulator";
import { call, get, type Json } from "./helpers";

let emu: RunningEmulator;
beforeAll(async () => {
  emu = await startEmulator({ port: 0, seed: "demo", now: "2026-11-24T15:00:00Z" });
});
afterAll(() => emu.close());

it("resets to a seed in-process and over POST /_emulator/reset, clearing faults and the log", async () => {
  const demoCount = emu.state.messages.size;
  await call(emu, "POST", "/me/sendMail", {
    body: { message: { subject: "x", toRecipients: [{ emailAddress: { address: "a@example.com" } }] } },
  });
  emu.faults.throttle({ count: 10 });
  emu.reset("empty");
  expect(emu.state.messages.size).toBe(0);
  expect(emu.faults.list()).toHaveLength(0);
  expect((await get<{ value: Json[] }>(emu, "/me/messages")).body.value).toHaveLength(0);
  const r = await fetch(`${emu.origin}/_emulator/reset`, {
    method: "POST",
    headers: { "Content-Type": "application/json" },
    body: JSON.stringify({ seed: "demo", now: "2026-11-24T15:00:00Z" }),
  });
  expect(r.status).toBe(204);
  expect(emu.state.messages.size).toBe(demoCount);
  expect(emu.requests.all()).toEqual([]);
});

it("delivers a new inbound mail over POST /_emulator/deliver", async () => {
  const r = await fetch(`${emu.origin}/_emulator/deliver`, {
    method: "POST",
    headers: { "Content-Type": "application/json" },
    body: JSON.stringify({
      from: { name: "Ny Kandidat", address: "ny.kandidat@example.se" },
      subject: "Ansökan: Säljare",
      body: { contentType: "text", content: "Hej!" },
    }),
  });
  expect(r.status).toBe(201);
  const m = (await r.json()) as Json;
  const got = await get<Json>(emu, `/me/mailFolders/inbox/messages/${String(m["id"])}`);
  expect(got.body).toMatchObject({ subject: "Ansökan: Säljare", isRead: false });
});

it("threads a delivered answer into the conversation it replies to", async () => {
  const original = [...emu.state.messages.values()].find((m) => m["subject"] === "Ansökan: Säljare")!;
  const r = await fetch(`${emu.origin}/_emulator/deliver`, {
    method: "POST",
    headers: { "Content-Type": "application/json" },
    body: JSON.stringify({
      from: original["from"] && (original["from"] as Json)["emailAddress"],
      inReplyTo: original["id"],
    }),
  });
  expect(r.status).toBe(201);
  const m = (await r.json()) as Json;
  expect(m["conversationId"]).toBe(original["conversationId"]);
  expect(m["subject"]).toBe("RE: Ansökan: Säljare");
  const missing = await fetch(`${emu.origin}/_emulator/deliver`, {
    method: "POST",
    headers: { "Content-Type": "application/json" },
    body: JSON.stringify({ from: { address: "x@example.com" }, inReplyTo: "nope" }),
  });
  expect(missing.status).toBe(404);
});
