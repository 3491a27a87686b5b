// Her templates go out through the outbox like every other change: exactly once, and two devices
// editing at once both keep what they did (If-Match, the change re-applied on a 412).
import { IDBFactory } from "fake-indexeddb";
import { createGraphAdapters } from "../../../src/graph/adapters";
import { createSyncEngine } from "../../../src/sync/engine";
import { makeCommand, type ChangeTemplate } from "../../../src/sync/commands";
import { openOutboxStore } from "../../../src/sync/outboxStore";
import type { CommandStatus } from "../../../src/sync/syncEvents";
import type { TemplateChange } from "../../../src/domain";
import { graphHttp, NOW, untilSent, world, type World } from "./syncOverEmulator";

let w: World | undefined;
afterEach(async () => {
  await w?.close();
  w = undefined;
});

let n = 0;
const change = (c: TemplateChange): ChangeTemplate =>
  makeCommand("ChangeTemplate", { change: c }, { id: `cmd-${(n += 1)}`, createdAt: NOW });

const create = (templateId: string, name: string): ChangeTemplate =>
  change({
    op: "create",
    templateId,
    draft: {
      name,
      kind: "custom",
      language: "sv",
      subject: "Om {{process.title}}",
      body: "Hej {{candidate.firstName}}!",
    },
  });

async function storedTemplates(w: World) {
  const read = await createGraphAdapters(graphHttp(w.emu, w.network)).templates.read();
  if (!read.ok || !read.value) throw new Error("no templates document");
  return read.value.templates;
}

/** A second device: its own outbox and engine over the same mailbox. */
async function secondDevice(w: World) {
  const opened = await openOutboxStore({ indexedDB: new IDBFactory(), storage: null });
  if (!opened.ok) throw new Error(opened.error.code);
  const statuses = new Map<string, CommandStatus>();
  const engine = createSyncEngine({
    outbox: opened.value,
    ports: createGraphAdapters(graphHttp(w.emu, w.network)),
    now: w.clock.now,
    sleep: w.clock.sleep,
    random: () => 0.5,
    listener: { command: (s) => void statuses.set(s.id, s) },
  });
  return { engine, statuses, close: () => (engine.stop(), opened.value.close()) };
}

describe("her templates through the outbox", () => {
  it("saves a new template in the app folder and shows it at once", async () => {
    w = await world();
    const cmd = create("t-thanks", "Tack för samtalet");
    expect((await w.pane.engine.dispatch(cmd)).ok).toBe(true);
    expect(w.pane.engine.templates().map((t) => t.name)).toEqual(["Tack för samtalet"]);
    await untilSent(w, [cmd.id]);
    expect(w.statuses.get(cmd.id)?.state).toBe("sent");
    expect((await storedTemplates(w)).map((t) => t.id)).toEqual(["t-thanks"]);
  });

  it("keeps both devices' templates when she edits on two at once", async () => {
    w = await world();
    const first = create("t-base", "Grund");
    await w.pane.engine.dispatch(first);
    await untilSent(w, [first.id]);
    const laptop = await secondDevice(w);
    try {
      // Both have read the same version of the document …
      expect((await laptop.engine.refreshTemplates()).ok).toBe(true);
      expect((await w.pane.engine.refreshTemplates()).ok).toBe(true);
      const onPhone = create("t-phone", "Från mobilen");
      const onLaptop = create("t-laptop", "Från datorn");
      const renamed = change({
        op: "edit",
        templateId: "t-base",
        draft: {
          name: "Grund, omdöpt",
          kind: "custom",
          language: "sv",
          subject: "Om {{process.title}}",
          body: "Hej {{candidate.firstName}}!",
        },
      });
      // … and each writes on it: the second write meets a 412 and is applied again on the fresh one.
      await Promise.all([w.pane.engine.dispatch(onPhone), laptop.engine.dispatch(onLaptop)]);
      await laptop.engine.dispatch(renamed);
      await Promise.all([w.pane.engine.idle(), laptop.engine.idle()]);
      for (
        let i = 0;
        i < 10 && ![onLaptop.id, renamed.id].every((id) => laptop.statuses.get(id)?.state === "sent");
        i += 1
      ) {
        await w.clock.advance(60_000);
        await laptop.engine.idle();
      }
      await untilSent(w, [onPhone.id]);
      expect(w.statuses.get(onPhone.id)?.state).toBe("sent");
      expect(laptop.statuses.get(onLaptop.id)?.state).toBe("sent");
      expect(laptop.statuses.get(renamed.id)?.state).toBe("sent");
      const stored = await storedTemplates(w);
      expect(stored.map((t) => t.id).sort()).toEqual(["t-base", "t-laptop", "t-phone"]);
      expect(stored.find((t) => t.id === "t-base")?.name).toBe("Grund, omdöpt");
      const conflicts = w.emu.requests.all().filter((r) => r.method === "PUT" && r.status === 412);
      expect(conflicts.length).toBeGreaterThanOrEqual(1);
    } finally {
      laptop.close();
    }
  });

  it("makes one template, not two, when the connection drops after OneDrive saved it", async () => {
    w = await world();
    w.emu.faults.dropAfterCommit({ method: "PUT", path: /templates\.json/ });
    const cmd = create("t-once", "En gång");
    await w.pane.engine.dispatch(cmd);
    await untilSent(w, [cmd.id]);
    expect(w.statuses.get(cmd.id)?.state).toBe("sent");
    expect(w.emu.requests.all().some((r) => r.dropped)).toBe(true);
    expect((await storedTemplates(w)).map((t) => t.id)).toEqual(["t-once"]);
  });

  it("refuses to delete a built-in before it is ever saved", async () => {
    w = await world();
    const refused = await w.pane.engine.dispatch(
      change({ op: "delete", templateId: "default-status-update-sv" }),
    );
    expect(refused.ok ? null : refused.error.code).toBe("built-in-template");
  });
});
