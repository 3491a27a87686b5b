// The commands a recruiter made on this device and Microsoft 365 has not confirmed yet, laid over
// what was last read: once each, in order, and a rollback takes back exactly one.
import { appError, err, ok, type Result } from "../../../src/domain";
import { PendingOverlay } from "../../../src/sync/pendingOverlay";

interface Add {
  readonly id: string;
  readonly word: string;
}

const append = (words: readonly string[], c: Add): Result<readonly string[]> =>
  c.word === ""
    ? err(appError("candidate-not-found", "Kandidaten finns inte längre.", "The candidate is gone."))
    : ok([...words, c.word]);

describe("the commands laid over what Microsoft 365 last gave", () => {
  it("applies her commands in the order she made them, each once however often it is added", () => {
    const overlay = new PendingOverlay<Add>();
    expect(overlay.add({ id: "a", word: "ring" })).toBe(true);
    expect(overlay.add({ id: "b", word: "Åsa" })).toBe(true);
    expect(overlay.add({ id: "a", word: "ring" })).toBe(false);
    expect(overlay.fold<readonly string[]>(["base"], append)).toEqual(["base", "ring", "Åsa"]);
    expect(overlay.all().map((c) => c.id)).toEqual(["a", "b"]);
  });

  it("takes back exactly the one that was not saved, and leaves out one that no longer applies", () => {
    const overlay = new PendingOverlay<Add>();
    overlay.add({ id: "a", word: "ring" });
    overlay.add({ id: "gone", word: "" });
    overlay.add({ id: "c", word: "fredag" });
    expect(overlay.fold<readonly string[]>([], append)).toEqual(["ring", "fredag"]);
    expect(overlay.remove("a")).toBe(true);
    expect(overlay.remove("a")).toBe(false);
    expect(overlay.has("a")).toBe(false);
    expect(overlay.fold<readonly string[]>([], append)).toEqual(["fredag"]);
  });
});
