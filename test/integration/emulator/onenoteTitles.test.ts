// OneNote keeps a page's title as its words: the HTML sent says "Anna &amp; Bo Berg", the page's
// JSON answers "Anna & Bo Berg", and the content's <title> escapes it again. A PATCH to the
// "title" target takes well-formed HTML the same way. References:
// https://learn.microsoft.com/en-us/graph/onenote-create-page (the title element),
// https://learn.microsoft.com/en-us/graph/api/resources/patchcontentcommand ("a string of
// well-formed HTML"; target "title").
import { startEmulator, type RunningEmulator } from "../../graph-emulator";
import { call, get, type Json } from "./helpers";

let emu: RunningEmulator;
let sectionId = "";
beforeAll(async () => {
  emu = await startEmulator({ port: 0, seed: "empty" });
  const nb = await call<Json>(emu, "POST", "/me/onenote/notebooks", { body: { displayName: "Svara" } });
  const sec = await call<Json>(emu, "POST", `/me/onenote/notebooks/${nb.body["id"]}/sections`, {
    body: { displayName: "Säljare" },
  });
  sectionId = String(sec.body["id"]);
});
afterAll(() => emu.close());

it("stores a page title as its words, not entity-encoded, and escapes it again in the content", async () => {
  const made = await call<Json>(emu, "POST", `/me/onenote/sections/${sectionId}/pages`, {
    raw: "<html><head><title>Anna &amp; Bo &lt;Berg&gt; &#197;sa</title></head><body><p>x</p></body></html>",
    headers: { "Content-Type": "text/html" },
  });
  expect(made.body["title"]).toBe("Anna & Bo <Berg> Åsa");
  const listed = await get<{ value: Json[] }>(
    emu,
    `/me/onenote/sections/${sectionId}/pages?$select=id,title`,
  );
  expect(listed.body.value.map((p) => p["title"])).toEqual(["Anna & Bo <Berg> Åsa"]);
  const content = await get<string>(emu, `/me/onenote/pages/${made.body["id"]}/content`);
  expect(content.body).toContain("<title>Anna &amp; Bo &lt;Berg&gt; Åsa</title>");

  const patched = await call(emu, "PATCH", `/me/onenote/pages/${made.body["id"]}/content`, {
    body: [{ target: "title", action: "replace", content: "Anna &amp; Bo Lind" }],
  });
  expect(patched.status).toBe(204);
  const again = await get<Json>(emu, `/me/onenote/pages/${made.body["id"]}?$select=title`);
  expect(again.body["title"]).toBe("Anna & Bo Lind");
});
