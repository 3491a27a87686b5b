// The app folder: process documents read and written with eTag / If-Match (ADR 0002).
import { startEmulator, type RunningEmulator } from "../../graph-emulator";
import { call, get, walk, type Json } from "./helpers";

let emu: RunningEmulator;
beforeAll(async () => {
  emu = await startEmulator({ port: 0, seed: "demo", now: "2026-11-24T15:00:00Z" });
});
afterAll(() => emu.close());

const path = "/me/drive/special/approot:/processes/p-nordbank-backend.json:/content";

it("serves the app folder and its processes folder", async () => {
  const root = await get<Json>(emu, "/me/drive/special/approot");
  expect(root.body).toMatchObject({ specialFolder: { name: "approot" } });
  const kids = await get<{ value: Json[] }>(emu, "/me/drive/special/approot:/processes:/children");
  expect(kids.body.value.map((k) => k["name"]).sort()).toEqual([
    "p-fjallbo-ekonomi.json",
    "p-nordbank-backend.json",
    "p-solkraft-saljare.json",
  ]);
  const byId = await get<{ value: Json[] }>(emu, `/me/drive/items/${root.body["id"]}/children`);
  expect(byId.body.value.map((k) => k["name"])).toEqual(["processes"]);
});

it("reads a process document (302 to a download URL) and writes it back with If-Match", async () => {
  const meta = await get<Json>(emu, "/me/drive/special/approot:/processes/p-nordbank-backend.json");
  const etag = String(meta.body["eTag"]);
  const res = await fetch(`${emu.url}${path}`, {
    headers: { Authorization: "Bearer t" },
    redirect: "manual",
  });
  expect(res.status).toBe(302);
  const doc = (await get<Json>(emu, path)).body;
  expect(doc["schema"]).toBe("svara.process/1");
  const put = await call<Json>(emu, "PUT", path, {
    raw: JSON.stringify({ ...doc, nextStep: "Intervjuer vecka 50" }),
    headers: { "If-Match": etag, "Content-Type": "application/json" },
  });
  expect(put.status).toBe(200);
  expect(put.body["eTag"]).not.toBe(etag);
  expect(put.headers.get("etag")).toBe(put.body["eTag"]);
  const stale = await call<{ error: Json }>(emu, "PUT", path, { raw: "{}", headers: { "If-Match": etag } });
  expect(stale.status).toBe(412);
  expect(stale.body.error["code"]).toBe("resourceModified");
  expect((await get<Json>(emu, path)).body["nextStep"]).toBe("Intervjuer vecka 50");
});

it("creates a new document by path with 201 and refuses a second create with If-None-Match: *", async () => {
  const p = "/me/drive/special/approot:/processes/p-ny.json:/content";
  const r = await call<Json>(emu, "PUT", p, { raw: '{"id":"p-ny"}', headers: { "If-None-Match": "*" } });
  expect(r.status).toBe(201);
  expect(r.body["file"]).toBeDefined();
  expect((await call(emu, "PUT", p, { raw: "{}", headers: { "If-None-Match": "*" } })).status).toBe(409);
  expect((await call(emu, "DELETE", "/me/drive/special/approot:/processes/p-ny.json")).status).toBe(204);
  expect((await get(emu, "/me/drive/special/approot:/processes/p-ny.json")).status).toBe(404);
});

it("pages children with $top and a $skiptoken nextLink, each item exactly once", async () => {
  for (let i = 0; i < 7; i++) {
    await call(emu, "PUT", `/me/drive/special/approot:/many/f${i}.json:/content`, { raw: "{}" });
  }
  const { items, pages } = await walk(emu, "/me/drive/special/approot:/many:/children?$top=3");
  expect(items.map((i) => i["name"])).toEqual([0, 1, 2, 3, 4, 5, 6].map((i) => `f${i}.json`));
  expect(pages).toBe(3);
});
