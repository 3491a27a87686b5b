// A To Do reminder leads back to the candidate's latest mail: one click opens it in Outlook, and a
// newer mail moves the link along.
import { untilSent, world, type World } from "./syncOverEmulator";
import { mailContact, makeCommand } from "../../../src/sync/commands";

let w: World;
afterEach(async () => {
  await w.close();
});

const ASA = { processId: "p-nordbank-backend", candidateId: "c-asa-oberg" };
const owa = (id: string) =>
  `https://outlook.office365.com/owa/?ItemID=${id}&exvsurl=1&viewmodel=ReadMessageItem`;

async function mailFromAsa(id: string, at: string, subject: string): Promise<void> {
  const cmd = makeCommand(
    "LogContact",
    { ...ASA, contact: mailContact(id, at, "in", subject, `AAMk-${id}`, "email", owa(id)) },
    { id, createdAt: at },
  );
  await w.pane.engine.dispatch(cmd);
  await untilSent(w, [id]);
}

/** Åsa's open tasks in the Svara list, with the web link each opens. */
const asaTasks = () =>
  [...w.emu.state.todoTasks.values()]
    .filter((t) => t["status"] !== "completed")
    .map((t) => (t["linkedResources"] as { externalId: string; webUrl: string | null }[])[0]!)
    .filter((r) => r.externalId.startsWith("p-nordbank-backend:c-asa-oberg:"));

describe("reminders that lead back to the mail", () => {
  it("links Åsa's To Do tasks to her latest mail, and moves the link when a newer one arrives", async () => {
    w = await world();
    await w.pane.engine.sweepFollowUps();
    await mailFromAsa("m-1", "2026-11-24T10:00:00.000Z", "Fråga om tjänsten");
    await w.pane.engine.sweepFollowUps();
    expect(asaTasks().length).toBeGreaterThan(0);
    expect(asaTasks().map((r) => r.webUrl)).toEqual(asaTasks().map(() => owa("m-1")));

    await mailFromAsa("m-2", "2026-11-24T14:00:00.000Z", "Kompletterande betyg");
    await w.pane.engine.sweepFollowUps();
    expect(asaTasks().map((r) => r.webUrl)).toEqual(asaTasks().map(() => owa("m-2")));
    // No twins: one task per follow-up.
    const ids = asaTasks().map((r) => r.externalId);
    expect(new Set(ids).size).toBe(ids.length);
    // And once linked, a sweep writes nothing more.
    const again = await w.pane.engine.sweepFollowUps();
    expect(again.ok && again.value).toEqual({ created: 0, updated: 0, completed: 0 });
  });
});
