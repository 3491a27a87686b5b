// The recruiter clicks through her inbox: each new item is a reason to look for new mail, but ten
// clicks in a few seconds are one look, not ten passes over both folders.
import { ok } from "../../../src/domain";
import { startContactDetection, type DetectionReason } from "../../../src/sync/contactPoller";
import { memoryDeltaLinks } from "../../../src/sync/deltaLinkStore";
import { FakeClock, settle } from "./fakes/fakeClock";
import { FakeMailDelta } from "./fakes/fakePorts";

function poller(clock: FakeClock) {
  const passes: (readonly DetectionReason[])[] = [];
  const delta = new FakeMailDelta();
  const looks = { count: 0 };
  const counted = {
    changes: (folder: "inbox" | "sentitems", link: string | null) => {
      if (folder === "inbox") looks.count += 1;
      return delta.changes(folder, link);
    },
  };
  const running = startContactDetection(
    {
      delta: counted,
      links: memoryDeltaLinks(),
      processes: () => [],
      dispatch: async () => ok(undefined),
      now: () => clock.iso(),
    },
    {
      everyMs: 60_000,
      itemGapMs: 30_000,
      sleep: clock.sleep,
      clock: clock.now,
      onPass: (r) => passes.push(r),
    },
  );
  return { running, passes, looks };
}

describe("looking for new mail while she clicks through her inbox", () => {
  it("folds ten item changes in a few seconds into one pass, with its reason", async () => {
    const clock = new FakeClock();
    const { running, passes, looks } = poller(clock);
    await settle();
    expect(passes).toEqual([["start"]]);
    for (let i = 0; i < 10; i++) {
      void running.request("item-changed");
      await clock.advance(500);
    }
    expect(looks.count).toBe(1); // only the start's pass so far
    await clock.advance(30_000);
    expect(passes).toEqual([["start"], ["item-changed"]]);
    expect(looks.count).toBe(2);
    running.stop();
  });

  it("looks at once when an item changes long after the last pass", async () => {
    const clock = new FakeClock();
    const { running, passes } = poller(clock);
    await settle();
    await clock.advance(40_000);
    const result = await running.request("item-changed");
    expect(result.ok).toBe(true);
    expect(passes).toEqual([["start"], ["item-changed"]]);
    running.stop();
  });

  it("makes no pass for an item change folded in after the pane went away", async () => {
    const clock = new FakeClock();
    const { running, passes } = poller(clock);
    await settle();
    const folded = running.request("item-changed");
    running.stop();
    await clock.advance(30_000);
    expect(await folded).toEqual({ ok: true, value: { logged: 0 } });
    expect(passes).toEqual([["start"]]);
  });
});
