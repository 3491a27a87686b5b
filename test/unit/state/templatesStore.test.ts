import "fake-indexeddb/auto";
import { IDBFactory } from "fake-indexeddb";
import { DEFAULT_TEMPLATES, type TemplateDraft } from "../../../src/domain";
import { createSyncEngine } from "../../../src/sync/engine";
import { createTemplatesStore, selectAllTemplates } from "../../../src/state/templatesStore";
import { fakeMicrosoft365 } from "../sync/fakes/fakePorts";
import { FakeClock } from "../sync/fakes/fakeClock";
import { openOutbox } from "../sync/fakes/harness";
import { offline } from "../sync/fakes/faults";

const draft: TemplateDraft = {
  name: "Tack för samtalet",
  kind: "custom",
  language: "sv",
  subject: "Tack för samtalet om {{process.title}}",
  body: "Hej {{candidate.firstName}},\n\ntack för i dag.",
};

async function setup() {
  const m365 = fakeMicrosoft365();
  const clock = new FakeClock();
  let n = 0;
  const stamp = () => ({ id: `t-${(n += 1)}`, createdAt: "2026-11-25T10:00:00.000Z" });
  // The store is made first: the engine reports into it, its actions dispatch to the engine.
  const holder: { engine?: ReturnType<typeof createSyncEngine> } = {};
  const store = createTemplatesStore(
    {
      dispatch: (c) => holder.engine!.dispatch(c),
      refreshTemplates: () => holder.engine!.refreshTemplates(),
    },
    stamp,
  );
  holder.engine = createSyncEngine({
    outbox: await openOutbox(new IDBFactory()),
    ports: m365,
    now: clock.now,
    sleep: clock.sleep,
    random: () => 0.5,
    listener: { templates: (own) => store.getState().showTemplates(own) },
  });
  return { m365, store, engine: holder.engine };
}

describe("her templates in the store", () => {
  it("shows a new template at once and saves it to her templates document", async () => {
    const { m365, store, engine } = await setup();
    await store.getState().load();
    expect(store.getState().status).toBe("ready");
    const created = await store.getState().create(draft);
    expect(created).toEqual({ ok: true, value: "t-1" });
    expect(store.getState().own.map((t) => t.name)).toEqual(["Tack för samtalet"]);
    await engine.idle();
    expect(m365.templates.doc?.templates.map((t) => t.id)).toEqual(["t-1"]);
    engine.stop();
  });

  it("refuses a template with an unknown placeholder, naming it, and saves nothing", async () => {
    const { m365, store, engine } = await setup();
    const refused = await store.getState().create({ ...draft, body: "Hej {{candidate.fistName}}" });
    expect(refused.ok).toBe(false);
    if (!refused.ok) expect(refused.error.message.sv).toContain("{{candidate.fistName}}");
    expect(store.getState().own).toEqual([]);
    await engine.idle();
    expect(m365.templates.calls).not.toContain("write");
    engine.stop();
  });

  it("copies a built-in into one of her own, edits and deletes it; the built-in itself stays", async () => {
    const { m365, store, engine } = await setup();
    const source = DEFAULT_TEMPLATES.find((t) => t.id === "default-status-update-sv")!;
    const copied = await store.getState().copy(source.id, "Lägesuppdatering (kopia)");
    const id = copied.ok ? copied.value : "";
    expect(store.getState().own[0]).toMatchObject({ id, body: source.body, builtIn: false });
    expect((await store.getState().edit(id, { ...draft, name: "Mitt läge" })).ok).toBe(true);
    expect(store.getState().own[0]?.name).toBe("Mitt läge");
    const refused = await store.getState().remove(source.id);
    expect(refused.ok ? null : refused.error.code).toBe("built-in-template");
    expect((await store.getState().remove(id)).ok).toBe(true);
    expect(store.getState().own).toEqual([]);
    await engine.idle();
    expect(m365.templates.doc?.templates).toEqual([]);
    engine.stop();
  });

  it("shows what she saved on another device once loaded, beside the built-ins", async () => {
    const { m365, store, engine } = await setup();
    m365.templates.doc = {
      templates: [{ id: "t-laptop", builtIn: false, ...draft }],
      etag: 'W/"1"',
    };
    await store.getState().load();
    const all = selectAllTemplates(store.getState());
    expect(all.slice(0, DEFAULT_TEMPLATES.length)).toEqual(DEFAULT_TEMPLATES);
    expect(all.at(-1)?.id).toBe("t-laptop");
    expect(selectAllTemplates(store.getState())).toBe(all);
    engine.stop();
  });

  it("says why her templates could not be read, and still offers the built-ins", async () => {
    const { m365, store, engine } = await setup();
    m365.templates.faults.fail("read", offline());
    await store.getState().load();
    expect(store.getState().status).toBe("error");
    expect(selectAllTemplates(store.getState())).toEqual(DEFAULT_TEMPLATES);
    engine.stop();
  });
});
