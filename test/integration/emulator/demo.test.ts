// The demo seed keeps ADR 0002's contract, so the workbench tells the recruiter's stories.
import { demoDataset, startEmulator, SVARA_PROPERTY_ID, type RunningEmulator } from "../../graph-emulator";
import { enc, get, walk, type Json } from "./helpers";

const NOW = "2026-11-24T15:00:00Z";
const data = demoDataset(NOW);
let emu: RunningEmulator;
beforeAll(async () => {
  emu = await startEmulator({ port: 0, seed: "demo", now: NOW });
});
afterAll(() => emu.close());

it("belongs to Maja Lind", async () => {
  const me = await get<Json>(emu, "/me");
  expect(me.body).toMatchObject({ displayName: "Maja Lind", mail: "maja.lind@svara-demo.se" });
});

it("has two open processes and one closed long ago, a dozen candidates with Swedish and international names, one without phone", () => {
  expect(data.processes.map((p) => `${p.title} – ${p.organisation}`)).toEqual([
    "Backend-utvecklare – Nordbank",
    "Säljare – Solkraft AB",
    "Ekonomiassistent – Fjällbo AB",
  ]);
  expect(data.processes.map((p) => "closedAt" in p)).toEqual([false, false, true]);
  const names = data.processes.flatMap((p) => p.candidates.map((c) => c.name));
  expect(names.length).toBeGreaterThanOrEqual(12);
  expect(names).toEqual(expect.arrayContaining(["Åsa Öberg", "Chidi Jönsson-Ńwachukwu"]));
  const noPhone = data.processes.flatMap((p) => p.candidates).filter((c) => c.phone === null);
  expect(noPhone.map((c) => c.stageId)).toEqual(["interview"]);
  expect(data.candidateWithoutPhone.candidateId).toBe(noPhone[0]!.id);
});

it("has candidates waiting 3, 9 and 12 days for an answer", () => {
  expect(data.waiting.map((w) => w.days).sort((a, b) => a - b)).toEqual([3, 9, 12]);
});

it("writes each process document to the app folder exactly as the dataset has it", async () => {
  for (const p of data.processes) {
    const doc = await get<Json>(emu, `/me/drive/special/approot:/processes/${p.id}.json:/content`);
    expect(doc.status).toBe(200);
    expect(doc.body).toEqual(JSON.parse(JSON.stringify(p)));
  }
});

it("links every candidate mail by property and category, and the master categories hold them", async () => {
  const cats = await get<{ value: Json[] }>(emu, "/me/outlook/masterCategories");
  const names = cats.body.value.map((c) => c["displayName"]);
  expect(names).toEqual(expect.arrayContaining(data.categories.map((c) => c.displayName)));
  for (const p of data.processes) {
    for (const c of p.candidates) {
      const ids = c.contacts.map((k) => k.messageId).filter((x): x is string => x !== null);
      const filter = `singleValueExtendedProperties/any(ep: ep/id eq '${SVARA_PROPERTY_ID}' and ep/value eq '${p.id}/${c.id}')`;
      const { items } = await walk(emu, `/me/messages?$filter=${enc(filter)}&$select=id,categories`);
      expect(items.map((m) => m["id"]).sort()).toEqual([...ids].sort());
      for (const m of items) expect(m["categories"]).toEqual([`Svara: ${p.title} – ${p.organisation}`]);
    }
  }
});

it("has an inbox mail from an address that is not a candidate", async () => {
  const emails = new Set(data.processes.flatMap((p) => p.candidates.flatMap((c) => c.emails)));
  expect(emails.has(data.unknownSender.email)).toBe(false);
  const m = await get<Json>(
    emu,
    `/me/messages/${data.unknownSender.messageId}?$expand=singleValueExtendedProperties`,
  );
  expect(m.body["parentFolderId"]).toBe(emu.state.folderIdOf("inbox"));
  expect(m.body["categories"]).toEqual([]);
});

it("has two interview events linked the same way", async () => {
  const r = await get<{ value: Json[] }>(emu, `/me/events?$filter=${enc(`startswith(subject,'Intervju')`)}`);
  expect(r.body.value).toHaveLength(2);
  expect(data.events).toHaveLength(2);
});

it("spans three weeks of mail, in and out (and two years back for the closed process), and is deterministic for a given now", async () => {
  const closed = new Set(
    data.processes.filter((p) => "closedAt" in p).flatMap((p) => p.candidates.map((c) => c.name)),
  );
  const old = data.mails.filter((m) => closed.has(m.from.name) || m.to.some((t) => closed.has(t.name)));
  expect(old.map((m) => Math.round((Date.parse(NOW) - Date.parse(m.at)) / 86_400_000)).sort()).toEqual([
    718, 720, 735, 745, 760,
  ]);
  const dates = data.mails.filter((m) => !old.includes(m)).map((m) => Date.parse(m.at));
  const span = (Math.max(...dates) - Math.min(...dates)) / 86_400_000;
  expect(span).toBeGreaterThan(19);
  expect(span).toBeLessThanOrEqual(21.5);
  expect(new Set(data.mails.map((m) => m.folder))).toEqual(new Set(["inbox", "sentitems"]));
  expect(demoDataset(NOW)).toEqual(data);
  const other = await startEmulator({ port: 0, seed: "demo", now: NOW });
  try {
    expect([...other.state.messages.keys()].sort()).toEqual([...emu.state.messages.keys()].sort());
    const fresh = await startEmulator({ port: 0, seed: "demo", now: NOW });
    try {
      expect(JSON.stringify(fresh.state.toData())).toBe(JSON.stringify(other.state.toData()));
    } finally {
      await fresh.close();
    }
  } finally {
    await other.close();
  }
});
