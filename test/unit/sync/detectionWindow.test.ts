// The first start on a big mailbox: contact detection reads from a bounded window, then keeps its
// delta link and reads only what is new.
import { detectionWindowStart } from "../../../src/domain";
import type { MailSummary } from "../../../src/graph/ports";
import { detectContacts } from "../../../src/sync/contactDetection";
import { memoryDeltaLinks } from "../../../src/sync/deltaLinkStore";
import { FakeMailDelta } from "./fakes/fakePorts";
import { harness } from "./fakes/harness";

const fromAsa = (id: string, at: string): MailSummary => ({
  id,
  subject: "Fråga om tjänsten",
  from: { name: "Åsa Öberg", email: "asa.oberg@example.se" },
  to: [{ name: "Maja Lind", email: "maja.lind@svara-demo.se" }],
  cc: [],
  at,
  folder: "inbox",
  conversationId: "conv-1",
  webLink: null,
  link: null,
  categories: [],
});

describe("contact detection's first start", () => {
  it("asks each folder only for mail since the open candidates' logs end, then goes on from its delta link", async () => {
    const h = await harness();
    const delta = new FakeMailDelta();
    const links = memoryDeltaLinks();
    const run = () =>
      detectContacts({
        delta,
        links,
        processes: () => h.engine.processes(),
        dispatch: (c) => h.engine.dispatch(c),
        now: () => h.clock.iso(),
      });
    const window = detectionWindowStart(h.engine.processes(), h.clock.iso());
    expect(Date.parse(window)).toBeGreaterThan(Date.parse(h.clock.iso()) - 30 * 86_400_000);

    expect((await run()).ok).toBe(true);
    expect(delta.windows).toEqual([
      { folder: "inbox", since: window },
      { folder: "sentitems", since: window },
    ]);

    delta.deliver("inbox", fromAsa("AAMk-new", h.clock.iso()));
    const next = await run();
    expect(next.ok && next.value.logged).toBe(1);
    expect(delta.windows).toHaveLength(2); // no new round: the delta links were kept
  });
});
