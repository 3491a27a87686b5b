import { appError, err, ok, type Result } from "../../../src/domain";
import { createNoteDraftsStore, draftOf } from "../../../src/state/noteDraftsStore";

const asa = { processId: "p-nordbank-backend", candidateId: "c-asa-oberg" };
const liWei = { processId: "p-nordbank-backend", candidateId: "c-li-wei" };

function memoryStorage(): Storage {
  const values = new Map<string, string>();
  return {
    get length() {
      return values.size;
    },
    clear: () => values.clear(),
    getItem: (k) => values.get(k) ?? null,
    key: (i) => [...values.keys()][i] ?? null,
    removeItem: (k) => void values.delete(k),
    setItem: (k, v) => void values.set(k, v),
  };
}

const drafts = (storage: Storage = memoryStorage()) => createNoteDraftsStore(() => storage, null);
const saved = async (): Promise<Result<unknown>> => ok(undefined);

describe("a note the recruiter is typing about a candidate", () => {
  it("is kept on this device per candidate, so closing the pane loses nothing", () => {
    const storage = memoryStorage();
    const store = drafts(storage);
    store.getState().setDraft(asa, "Stark på");
    store.getState().setDraft(liWei, "Ring");
    expect(draftOf(drafts(storage).getState(), asa)).toBe("Stark på");
    expect(draftOf(store.getState(), liWei)).toBe("Ring");
    expect(JSON.parse(storage.getItem("svara.noteDrafts")!).state.drafts).toEqual({
      "p-nordbank-backend/c-asa-oberg": "Stark på",
      "p-nordbank-backend/c-li-wei": "Ring",
    });
  });

  it("leaves the draft once saved, and only that candidate's", async () => {
    const store = drafts();
    store.getState().setDraft(asa, "Stark på systemdesign.");
    store.getState().setDraft(liWei, "Ring");
    const notes: string[] = [];
    const result = await store.getState().saveNote(asa, "Stark på systemdesign.", async (ref, text) => {
      notes.push(`${ref.candidateId}: ${text}`);
      return ok(undefined);
    });
    expect(result.ok).toBe(true);
    expect(notes).toEqual(["c-asa-oberg: Stark på systemdesign."]);
    expect(draftOf(store.getState(), asa)).toBe("");
    expect(draftOf(store.getState(), liWei)).toBe("Ring");
  });

  it("keeps the words typed while the note was being saved", async () => {
    const store = drafts();
    store.getState().setDraft(asa, "Stark på systemdesign.");
    await store.getState().saveNote(asa, "Stark på systemdesign.", async () => {
      store.getState().setDraft(asa, "Stark på systemdesign. Vill ha besked före jul.");
      return saved();
    });
    expect(draftOf(store.getState(), asa)).toBe("Vill ha besked före jul.");
  });

  it("keeps the whole note when it could not be saved, and says why", async () => {
    const store = drafts();
    store.getState().setDraft(asa, "Stark på systemdesign.");
    const result = await store
      .getState()
      .saveNote(asa, "Stark på systemdesign.", async () =>
        err(appError("outbox-unavailable", "Sparades inte.", "Not saved.")),
      );
    expect(result.ok).toBe(false);
    expect(draftOf(store.getState(), asa)).toBe("Stark på systemdesign.");
  });

  it("leaves a draft the recruiter rewrote from the start while it was saving as it is", async () => {
    const store = drafts();
    store.getState().setDraft(asa, "Stark");
    await store.getState().saveNote(asa, "Stark", async () => {
      store.getState().setDraft(asa, "Mycket stark");
      return saved();
    });
    expect(draftOf(store.getState(), asa)).toBe("Mycket stark");
  });
});
