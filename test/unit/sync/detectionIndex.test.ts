// A first delta can bring thousands of mails into a pipeline of thousands of candidates: who each
// mail belongs to is looked up in an address index built once per pass, not once per mail.
import { ok, type Candidate, type Process } from "../../../src/domain";
import type { MailSummary } from "../../../src/graph/ports";
import { detectContacts } from "../../../src/sync/contactDetection";
import { memoryDeltaLinks } from "../../../src/sync/deltaLinkStore";
import { candidate, process } from "../domain/fixtures";
import { FakeMailDelta } from "./fakes/fakePorts";

const CANDIDATES = 50;
const MAILS = 20;

/** Candidates whose addresses count how often they are read. */
function countedCandidates(reads: { count: number }): Candidate[] {
  return Array.from({ length: CANDIDATES }, (_, i) => {
    const c = candidate({ id: `c-${i}`, emails: [`kandidat${i}@example.se`] });
    const { emails } = c;
    return Object.defineProperty({ ...c }, "emails", {
      get: () => {
        reads.count += 1;
        return emails;
      },
    });
  });
}

const inbound = (i: number): MailSummary => ({
  id: `AAMk-${i}`,
  subject: "Fråga om tjänsten",
  from: { name: `Kandidat ${i}`, email: `kandidat${i}@example.se` },
  to: [{ name: "Maja Lind", email: "maja.lind@svara-demo.se" }],
  cc: [],
  at: `2026-11-24T10:${String(i).padStart(2, "0")}:00.000Z`,
  folder: "inbox",
  conversationId: `conv-${i}`,
  webLink: null,
  link: null,
  categories: [],
});

describe("finding the candidates of a burst of new mail", () => {
  it("reads each candidate's addresses once per pass, though every logged mail changes the processes", async () => {
    const reads = { count: 0 };
    const pipeline: Process = process({ candidates: countedCandidates(reads) });
    const delta = new FakeMailDelta();
    for (let i = 0; i < MAILS; i++) delta.deliver("inbox", inbound(i));
    let dispatched = 0;
    const result = await detectContacts({
      delta,
      links: memoryDeltaLinks(),
      // As the engine does: a new array after every dispatch.
      processes: () => [pipeline],
      dispatch: async () => ok(void (dispatched += 1)),
      now: () => "2026-11-25T09:00:00.000Z",
    });
    expect(result).toEqual({ ok: true, value: { logged: MAILS } });
    expect(dispatched).toBe(MAILS);
    expect(reads.count).toBeLessThanOrEqual(CANDIDATES);
  });
});
