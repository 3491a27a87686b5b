// Requests per user action (ARCHITECTURE.md §6): what one change costs against Graph once the pane
// is warm (documents read, OneNote page found, reminders listed).
import { callContact, makeCommand } from "../../../src/sync/commands";
import { inVersion2, untilSent, world, type World } from "./syncOverEmulator";

let w: World;
afterEach(async () => {
  await w.close();
});

const BACKEND = "p-nordbank-backend";

async function cost(world: World, id: string, dispatch: () => Promise<unknown>): Promise<string[]> {
  const before = world.emu.requests.all().length;
  await dispatch();
  await untilSent(world, [id]);
  return world.emu.requests
    .all()
    .slice(before)
    .map((r) => `${r.method} ${r.path.split("/").slice(0, 4).join("/")}`);
}

describe("what a change costs in Graph requests on a warm pane", () => {
  it("a note: the document, OneNote's look for the entry, and the append — three", async () => {
    w = await world();
    await w.pane.engine.sweepFollowUps();
    const warm = makeCommand(
      "AddNote",
      {
        processId: BACKEND,
        candidateId: "c-asa-oberg",
        noteId: "n-0",
        at: "2026-11-24T14:00:00.000Z",
        text: "Första",
      },
      { id: "n-0", createdAt: "2026-11-24T14:00:00.000Z" },
    );
    await cost(w, "n-0", () => w.pane.engine.dispatch(warm)); // finds or makes her page
    const note = makeCommand(
      "AddNote",
      {
        processId: BACKEND,
        candidateId: "c-asa-oberg",
        noteId: "n-1",
        at: "2026-11-24T14:05:00.000Z",
        text: "Andra",
      },
      { id: "n-1", createdAt: "2026-11-24T14:05:00.000Z" },
    );
    const requests = await cost(w, "n-1", () => w.pane.engine.dispatch(note));
    expect(requests).toHaveLength(3);
  });

  it("a call that answers her: document, log entry, and closing and opening her reminders — no listings", async () => {
    w = await world();
    await inVersion2(w);
    await w.pane.engine.sweepFollowUps();
    const call = makeCommand(
      "LogContact",
      {
        processId: BACKEND,
        candidateId: "c-asa-oberg",
        contact: callContact("k-1", "2026-11-24T14:00:00.000Z", "reached", "Besked"),
      },
      { id: "k-1", createdAt: "2026-11-24T14:00:00.000Z" },
    );
    const requests = await cost(w, "k-1", () => w.pane.engine.dispatch(call));
    expect(requests.filter((r) => r.startsWith("GET /me/todo") || r.startsWith("GET /me/events"))).toEqual(
      [],
    );
    expect(requests.length).toBeLessThanOrEqual(11);
  });
});
