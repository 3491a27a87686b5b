// OneNote: the "Svara" notebook, a section per process, a page per candidate; log entries appended
// with PATCH, each carrying its own data-id. Reference: https://learn.microsoft.com/en-us/graph/onenote-update-page
import { startEmulator, type RunningEmulator } from "../../graph-emulator";
import { call, get, type Json } from "./helpers";

let emu: RunningEmulator;
let sectionId = "";
beforeAll(async () => {
  emu = await startEmulator({ port: 0, seed: "empty" });
  const nb = await call<Json>(emu, "POST", "/me/onenote/notebooks", { body: { displayName: "Svara" } });
  const sec = await call<Json>(emu, "POST", `/me/onenote/notebooks/${nb.body["id"]}/sections`, {
    body: { displayName: "Backend-utvecklare – Nordbank" },
  });
  sectionId = String(sec.body["id"]);
});
afterAll(() => emu.close());

const pageHtml = `<!DOCTYPE html><html><head><title>Åsa Öberg</title></head><body>
<div data-id="log"><p data-id="k-1">2026-11-03: Ansökan via mail</p></div></body></html>`;

it("creates a page from text/html and reads it back with its data-ids", async () => {
  const r = await call<Json>(emu, "POST", `/me/onenote/sections/${sectionId}/pages`, {
    raw: pageHtml,
    headers: { "Content-Type": "text/html" },
  });
  expect(r.status).toBe(201);
  expect(r.body["title"]).toBe("Åsa Öberg");
  expect(String(r.body["contentUrl"])).toMatch(/\/content$/);
  const content = await get<string>(emu, `/me/onenote/pages/${r.body["id"]}/content`);
  expect(content.headers.get("content-type")).toContain("text/html");
  expect(content.body).toContain("<title>Åsa Öberg</title>");
  expect(content.body).toContain('data-id="k-1"');
  expect(content.body).not.toContain("div:{");
  const withIds = await get<string>(emu, `/me/onenote/pages/${r.body["id"]}/content?includeIDs=true`);
  expect(withIds.body).toMatch(/id="p:\{[0-9a-f-]+\}\{\d+\}"/);
});

it("creates a page from multipart/form-data with a Presentation part", async () => {
  const boundary = "svara-boundary";
  const body = [
    `--${boundary}`,
    'Content-Disposition: form-data; name="Presentation"',
    "Content-Type: text/html",
    "",
    "<html><head><title>Björn Ekdahl</title></head><body><p>Telefonsamtal</p></body></html>",
    `--${boundary}--`,
    "",
  ].join("\r\n");
  const r = await call<Json>(emu, "POST", `/me/onenote/sections/${sectionId}/pages`, {
    raw: body,
    headers: { "Content-Type": `multipart/form-data; boundary=${boundary}` },
  });
  expect(r.status).toBe(201);
  expect(r.body["title"]).toBe("Björn Ekdahl");
});

it("appends to the body, inserts after a data-id target and replaces the title with PATCH", async () => {
  const page = await call<Json>(emu, "POST", `/me/onenote/sections/${sectionId}/pages`, {
    raw: pageHtml,
    headers: { "Content-Type": "text/html" },
  });
  const id = String(page.body["id"]);
  const patch = await call(emu, "PATCH", `/me/onenote/pages/${id}/content`, {
    body: [
      { target: "#log", action: "append", content: '<p data-id="k-2">2026-11-04: Svar via mail</p>' },
      { target: "#k-1", action: "insert", position: "after", content: '<p data-id="k-1b">Notering</p>' },
      { target: "title", action: "replace", content: "Åsa Öberg – logg" },
    ],
  });
  expect(patch.status).toBe(204);
  const html = (await get<string>(emu, `/me/onenote/pages/${id}/content`)).body;
  const order = ["k-1", "k-1b", "k-2"].map((k) => html.indexOf(`data-id="${k}"`));
  expect(order.every((i) => i > 0)).toBe(true);
  expect([...order].sort((a, b) => a - b)).toEqual(order);
  expect(html).toContain("<title>Åsa Öberg – logg</title>");
  const appendToP = await call(emu, "PATCH", `/me/onenote/pages/${id}/content`, {
    body: [{ target: "#k-1", action: "append", content: "<p>x</p>" }],
  });
  expect(appendToP.status).toBe(400);
  const missing = await call(emu, "PATCH", `/me/onenote/pages/${id}/content`, {
    body: [{ target: "#nope", action: "append", content: "<p>x</p>" }],
  });
  expect(missing.status).toBe(400);
});

it("answers 507 when the section is full", async () => {
  emu.state.oneNoteSectionPageLimit = 3;
  const r = await call<{ error: Json }>(emu, "POST", `/me/onenote/sections/${sectionId}/pages`, {
    raw: pageHtml,
    headers: { "Content-Type": "text/html" },
  });
  expect(r.status).toBe(507);
  expect(typeof r.body.error["code"]).toBe("string");
  emu.state.oneNoteSectionPageLimit = 1000;
});

it("lists the section's pages and finds a page by title", async () => {
  const r = await get<{ value: Json[] }>(
    emu,
    `/me/onenote/sections/${sectionId}/pages?$filter=title eq 'Björn Ekdahl'`,
  );
  expect(r.body.value).toHaveLength(1);
  const groups = await get<{ value: Json[] }>(emu, "/me/onenote/sectionGroups");
  expect(groups.status).toBe(200);
});
