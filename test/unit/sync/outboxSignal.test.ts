import { announceOutboxChange, onOutboxChange } from "../../../src/sync/outboxSignal";

describe("another runtime on this device put something in the outbox", () => {
  it("tells the open pane, which can send it at once", async () => {
    let heard = 0;
    const stop = onOutboxChange(() => (heard += 1));
    announceOutboxChange();
    await new Promise((r) => setTimeout(r, 20));
    stop();
    expect(heard).toBe(1);
  });
});
