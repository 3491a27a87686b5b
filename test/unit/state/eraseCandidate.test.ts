// Erasing a candidate from the pane: what was still queued for them is cancelled, never sent; the
// erasure is queued; what she typed about them leaves the device.
import { ok, type CandidateRef } from "../../../src/domain";
import type { Command } from "../../../src/sync/commands";
import type { CommandStatus } from "../../../src/sync/syncEvents";
import { eraseCandidate, paneEraser } from "../../../src/state/eraseCandidate";
import { createNoteDraftsStore } from "../../../src/state/noteDraftsStore";
import { process } from "../domain/fixtures";

const asa: CandidateRef = { processId: "p-1", candidateId: "c-asa" };
const li: CandidateRef = { processId: "p-1", candidateId: "c-li" };
const status = (id: string, key: string, state: CommandStatus["state"]): CommandStatus => ({
  id,
  type: "AddNote",
  key,
  createdAt: "2026-11-24T15:00:00.000Z",
  state,
  attempts: 0,
});

function memoryStorage(): Storage {
  const data = new Map<string, string>();
  return {
    get length() {
      return data.size;
    },
    clear: () => data.clear(),
    getItem: (k) => data.get(k) ?? null,
    key: (i) => [...data.keys()][i] ?? null,
    removeItem: (k) => void data.delete(k),
    setItem: (k, v) => void data.set(k, v),
  };
}

describe("erasing a candidate from the pane", () => {
  it("cancels their queued and failed changes, leaves others' and what is already sending, then queues the erasure", async () => {
    const commands = {
      a: status("a", "p-1/c-asa", "pending"),
      b: status("b", "p-1/c-asa", "failed"),
      c: status("c", "p-1/c-asa", "sending"),
      d: status("d", "p-1/c-li", "pending"),
    };
    const cancelled: string[] = [];
    const sent: Command[] = [];
    const drafts = createNoteDraftsStore(memoryStorage, null);
    drafts.getState().setDraft(asa, "Hon verkar osäker på lönen");
    drafts.getState().setDraft(li, "Ring på fredag");
    const saved = await eraseCandidate(
      asa,
      { deleteMails: true, by: "maja.lind@svara-demo.se" },
      {
        dispatch: async (c) => {
          sent.push(c);
          return ok(null);
        },
        stamp: () => ({ id: "erase-1", createdAt: "2026-11-24T15:00:00.000Z" }),
        commands: () => commands,
        cancel: async (id) => {
          cancelled.push(id);
          return ok(undefined);
        },
        forgetNoteDraft: (ref) => drafts.getState().forgetDraft(ref),
      },
    );
    expect(saved.ok).toBe(true);
    expect(cancelled).toEqual(["a", "b"]);
    expect(sent).toEqual([
      expect.objectContaining({
        type: "EraseCandidate",
        key: "p-1/c-asa",
        payload: { ...asa, deleteMails: true, by: "maja.lind@svara-demo.se" },
      }),
    ]);
    expect(drafts.getState().drafts).toEqual({ "p-1/c-li": "Ring på fredag" });
  });

  it("signs the receipt with the recruiter signed in here, else with the process's owner", async () => {
    const sent: Command[] = [];
    let me: string | null = "erik.holm@svara-demo.se";
    const erase = paneEraser({
      dispatch: async (c) => {
        sent.push(c);
        return ok(null);
      },
      stamp: () => ({ id: `erase-${sent.length}`, createdAt: "2026-11-24T15:00:00.000Z" }),
      commands: () => ({}),
      cancel: async () => ok(undefined),
      forgetNoteDraft: () => undefined,
      me: () => me,
    });
    const nordbank = process();
    await erase(nordbank, "c-asa", false);
    me = null;
    await erase(nordbank, "c-li", true);
    expect(sent.map((c) => c.payload)).toEqual([
      { processId: nordbank.id, candidateId: "c-asa", deleteMails: false, by: "erik.holm@svara-demo.se" },
      { processId: nordbank.id, candidateId: "c-li", deleteMails: true, by: nordbank.owner.email },
    ]);
  });
});
