// The emulator at the edges: 200 answers that are not Graph's (the "malformed" fault), delta links
// that keep $expand, and OneNote's case-sensitive string comparisons.
import { startEmulator, type RunningEmulator } from "../../graph-emulator";
import { call, get, type Json } from "./helpers";

let emu: RunningEmulator;
beforeAll(async () => {
  emu = await startEmulator({ port: 0, seed: "demo" });
});
afterAll(() => emu.close());
afterEach(() => emu.faults.clear());

describe("answers that are 200 but not Graph's", () => {
  it("answers a proxy's HTML page instead of the listing, once", async () => {
    emu.faults.malformed("html", { path: "/me/todo/lists" });
    const bad = await get<string>(emu, "/me/todo/lists");
    expect(bad.status).toBe(200);
    expect(bad.headers.get("content-type")).toContain("text/html");
    expect(bad.body).toContain("<html");
    expect((await get<Json>(emu, "/me/todo/lists")).body["value"]).toEqual(expect.any(Array));
  });

  it("answers {} and an empty body", async () => {
    emu.faults.malformed("empty-object", { path: "/me/events" });
    expect((await get<Json>(emu, "/me/events")).body).toEqual({});
    emu.faults.malformed("empty", { path: "/me/events" });
    expect((await get<string>(emu, "/me/events")).body).toBe("");
  });

  it("cuts the JSON off mid-way under a JSON content type", async () => {
    emu.faults.malformed("truncated", { path: "/me/events" });
    const res = await fetch(`${emu.url}/me/events`, { headers: { Authorization: "Bearer t" } });
    expect(res.headers.get("content-type")).toContain("json");
    await expect(res.text().then((t) => JSON.parse(t))).rejects.toThrow();
  });

  it("gives a listing a nextLink that points to itself", async () => {
    emu.faults.malformed("self-link", { path: "/me/events", count: 2 });
    const first = await get<Json>(emu, "/me/events?$top=2");
    const link = String(first.body["@odata.nextLink"]);
    expect(link).toBe(`${emu.url}/me/events?$top=2`);
    expect((await get<Json>(emu, link)).body["@odata.nextLink"]).toBe(link);
  });

  it("leaves an error as it was", async () => {
    emu.faults.malformed("html", { path: "/me/events/nope" });
    expect((await get<Json>(emu, "/me/events/nope")).status).toBe(404);
  });
});

it("keeps $expand in a mail delta's nextLink and deltaLink, as Graph's state tokens do", async () => {
  const expand =
    "singleValueExtendedProperties($filter=id eq 'String {66f5a359-4659-4830-9070-00047ec6ac6e} Name Svara')";
  let link: string | undefined =
    `/me/mailFolders/inbox/messages/delta?$select=subject&$expand=${encodeURIComponent(expand)}`;
  const links: string[] = [];
  while (link) {
    const page: Awaited<ReturnType<typeof get<Json>>> = await get<Json>(emu, link, {
      Prefer: "odata.maxpagesize=5",
    });
    expect(page.status).toBe(200);
    const next = page.body["@odata.nextLink"] as string | undefined;
    const delta = page.body["@odata.deltaLink"] as string | undefined;
    for (const l of [next, delta]) if (l) links.push(l);
    link = next;
  }
  expect(links.length).toBeGreaterThan(1);
  for (const l of links) expect(new URL(l).searchParams.get("$expand")).toBe(expand);
});

it("compares OneNote strings case-sensitively: 'svara' does not find the notebook 'Svara'", async () => {
  const made = await call<Json>(emu, "POST", "/me/onenote/notebooks", { body: { displayName: "Svara" } });
  expect(made.status).toBe(201);
  const exact = await get<Json>(emu, "/me/onenote/notebooks?$filter=displayName eq 'Svara'");
  const lower = await get<Json>(emu, "/me/onenote/notebooks?$filter=displayName eq 'svara'");
  expect((exact.body["value"] as Json[]).map((n) => n["displayName"])).toEqual(["Svara"]);
  expect(lower.body["value"]).toEqual([]);
});
