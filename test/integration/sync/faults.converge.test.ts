// Fault rows: twins across devices. To Do has no idempotency key, so two devices sweeping at the
// same moment both make each task; nothing can prevent it without a server. What is asserted is
// that they converge: the next sweep on EITHER device keeps the same copy (domain/twins.ts) and
// completes the others, and completing a follow-up completes all its copies. Figures are printed.
import { splitTwins } from "../../../src/domain";
import { decodeFollowUp } from "../../../src/graph/adapters-support/followUpCodec";
import {
  FOLLOW_UP_PROPERTY,
  ITEM_PROPERTY,
  propertyValue,
} from "../../../src/graph/adapters-support/svaraProperties";
import { makeCommand, meetingHeldContact } from "../../../src/sync/commands";
import { startEmulator, type RunningEmulator } from "../../graph-emulator";
import { device, ListingGate, sameNow, type Device } from "./twoDevices";
import { graphHttp, Network, NOW } from "./syncOverEmulator";

type Json = Record<string, unknown>;

/** Open copies in Microsoft 365, by follow-up id: To Do tasks by their Svara externalId. */
function openTasks(emu: RunningEmulator): Map<string, Json[]> {
  const by = new Map<string, Json[]>();
  for (const t of emu.state.todoTasks.values()) {
    if (t["status"] === "completed") continue;
    const linked = (t["linkedResources"] as Json[] | undefined)?.find(
      (r) => r["applicationName"] === "Svara",
    );
    const id = linked?.["externalId"];
    if (typeof id === "string") by.set(id, [...(by.get(id) ?? []), t]);
  }
  return by;
}

/** ... and calendar events by the follow-up they carry, while still an open follow-up. */
function openEvents(emu: RunningEmulator): Map<string, Json[]> {
  const by = new Map<string, Json[]>();
  for (const e of emu.state.events.values()) {
    if (propertyValue(e, ITEM_PROPERTY) !== "follow-up") continue;
    const f = decodeFollowUp(propertyValue(e, FOLLOW_UP_PROPERTY));
    if (f) by.set(f.id, [...(by.get(f.id) ?? []), e]);
  }
  return by;
}

const twinCount = (by: Map<string, Json[]>): number =>
  [...by.values()].reduce((n, copies) => n + copies.length - 1, 0);
const twinned = (by: Map<string, Json[]>): string[] =>
  [...by].filter(([, c]) => c.length > 1).map(([id]) => id);
const writesSince = (emu: RunningEmulator, from: number) =>
  emu.requests
    .all()
    .slice(from)
    .filter((r) => r.method !== "GET");

/** The recruiter has used Svara before: her "Svara" list is there (its first creation is not the race here). */
async function withSvaraList(emu: RunningEmulator): Promise<void> {
  const made = await graphHttp(emu, new Network()).post("/me/todo/lists", { displayName: "Svara" });
  if (!made.ok) throw new Error(made.error.code);
}

let emu: RunningEmulator;
let devices: Device[] = [];
afterEach(async () => {
  devices.forEach((d) => d.close());
  devices = [];
  await emu.close();
});

/** The laptop and the phone sweep at the same moment: both list To Do before either writes. */
async function race(): Promise<{ laptop: Device; phone: Device; clock: ReturnType<typeof sameNow> }> {
  emu = await startEmulator({ port: 0, seed: "demo", now: NOW });
  await withSvaraList(emu);
  const clock = sameNow();
  const gate = new ListingGate(2);
  const laptop = await device("laptop", emu, clock, gate);
  const phone = await device("phone", emu, clock, gate);
  devices = [laptop, phone];
  const swept = await Promise.all([laptop.engine.sweepFollowUps(), phone.engine.sweepFollowUps()]);
  expect(swept.every((s) => s.ok)).toBe(true);
  return { laptop, phone, clock };
}

describe("two devices of one recruiter: twins converge", () => {
  it("keeps one task per follow-up after the laptop and the phone swept at once, whichever sweeps next, and the other then agrees", async () => {
    const { laptop, phone } = await race();
    const tasksBefore = openTasks(emu);
    const followUps = tasksBefore.size;
    const before = twinCount(tasksBefore);
    expect(before).toBeGreaterThan(0); // the race is real: To Do cannot refuse the second create
    expect(twinCount(openEvents(emu))).toBe(0); // the calendar's transactionId already refused it
    const keepers = new Map(
      [...tasksBefore].map(([id, copies]) => [
        id,
        splitTwins(
          copies.map((t) => ({ remoteId: String(t["id"]), createdAt: t["createdDateTime"] as string })),
        )!.keeper.remoteId,
      ]),
    );

    const phoneBefore = phone.requests();
    const converged = await phone.engine.sweepFollowUps();
    expect(converged.ok && converged.value).toEqual({ created: 0, updated: 0, completed: before });
    const phoneRequests = phone.requests() - phoneBefore;
    const tasksAfter = openTasks(emu);
    expect(twinCount(tasksAfter)).toBe(0);
    expect(tasksAfter.size).toBe(followUps); // nothing lost: every follow-up still has its task
    for (const [id, copies] of tasksAfter) expect(String(copies[0]!["id"])).toBe(keepers.get(id));

    // The laptop, which made the other copies, agrees: it writes nothing, completes nothing.
    const from = emu.requests.all().length;
    const laptopBefore = laptop.requests();
    const agreed = await laptop.engine.sweepFollowUps();
    expect(agreed.ok && agreed.value).toEqual({ created: 0, updated: 0, completed: 0 });
    expect(writesSince(emu, from)).toEqual([]);
    expect(twinCount(openTasks(emu))).toBe(0);

    console.info(
      [
        "fault row: two devices sweeping at once (demo seed, 0 commands)",
        `  follow-ups in To Do: ${followUps}; twins after the race: ${before} (${twinned(tasksBefore).length}/${followUps} follow-ups twinned)`,
        `  next sweep (phone): ${phoneRequests} requests, ${before} twins completed → twins after: ${twinCount(tasksAfter)}`,
        `  laptop's sweep after it: ${laptop.requests() - laptopBefore} requests, 0 writes`,
      ].join("\n"),
    );
  });

  it("completes every copy of a follow-up the recruiter ticks off, not only the one this device made", async () => {
    const { laptop, clock } = await race();
    const twins = twinned(openTasks(emu));
    expect(twins.length).toBeGreaterThan(0);
    await clock.advance(61_000); // the laptop's listing from the race is out of date now
    const listed = await laptop.ports.todo.listFollowUps();
    const target = listed.ok ? listed.value.find((e) => twins.includes(e.followUp.id))!.followUp : null;
    expect(target).not.toBeNull();
    const copies = openTasks(emu).get(target!.id)!.length;

    const id = "tick-twinned";
    const tick = makeCommand(
      "CompleteFollowUp",
      { processId: target!.processId, candidateId: target!.candidateId, followUpId: target!.id },
      { id, createdAt: clock.iso() },
    );
    expect((await laptop.engine.dispatch(tick)).ok).toBe(true);
    await laptop.engine.idle();
    expect(laptop.statuses.get(id)?.state).toBe("sent");
    expect(openTasks(emu).get(target!.id)).toBeUndefined(); // all copies done, in this one command
    console.info(`fault row: tick a twinned follow-up (1 command): ${copies} open copies → 0`);
  });

  it("keeps one call in the calendar when an older version booked the same follow-up twice", async () => {
    emu = await startEmulator({ port: 0, seed: "demo", now: NOW });
    const clock = sameNow();
    const laptop = await device("laptop", emu, clock);
    devices = [laptop];
    expect((await laptop.engine.sweepFollowUps()).ok).toBe(true);
    // Mohammed's interview was held: the planner books the call.
    const held = makeCommand(
      "LogContact",
      {
        processId: "p-nordbank-backend",
        candidateId: "c-mohammed-al-sayed",
        contact: meetingHeldContact("k-interview", "2026-11-24T13:00:00.000Z", "Intervju", null),
      },
      { id: "k-interview", createdAt: NOW },
    );
    await laptop.engine.dispatch(held);
    await laptop.engine.idle();
    expect(laptop.statuses.get("k-interview")?.state).toBe("sent");
    const events = openEvents(emu);
    expect(events.size).toBe(1);
    const [followUpId, [original]] = [...events][0]!;
    // A second event for the same follow-up under another transactionId (an older version's, or a
    // new generation after a lost answer): exactly what Graph's own idempotency cannot catch.
    const http = graphHttp(emu, new Network());
    const copy = await http.post<Json>("/me/events", {
      subject: original!["subject"],
      start: original!["start"],
      end: original!["end"],
      transactionId: "an-older-generation",
      singleValueExtendedProperties: original!["singleValueExtendedProperties"],
    });
    expect(copy.ok).toBe(true);
    expect(openEvents(emu).get(followUpId)).toHaveLength(2);
    const keeper = splitTwins(
      openEvents(emu)
        .get(followUpId)!
        .map((e) => ({ remoteId: String(e["id"]), createdAt: e["createdDateTime"] as string })),
    )!.keeper.remoteId;

    await clock.advance(61_000);
    const before = laptop.requests();
    const swept = await laptop.engine.sweepFollowUps();
    expect(swept.ok && swept.value).toEqual({ created: 0, updated: 0, completed: 1 });
    const left = openEvents(emu).get(followUpId)!;
    expect(left.map((e) => e["id"])).toEqual([keeper]);
    expect(twinCount(openEvents(emu))).toBe(0);
    const again = await laptop.engine.sweepFollowUps();
    expect(again.ok && again.value).toEqual({ created: 0, updated: 0, completed: 0 });
    console.info(
      `fault row: a call booked twice (0 commands): 1 twin → 0 in one sweep of ${laptop.requests() - before} requests`,
    );
  });
});
