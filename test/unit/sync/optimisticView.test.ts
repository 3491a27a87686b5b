import { OptimisticView } from "../../../src/sync/optimisticView";
import { callContact } from "../../../src/sync/commands";
import { candidate, process } from "../domain/fixtures";
import { cmd } from "./fakes/commandsFor";

const NOW = "2026-11-25T09:00:00.000Z";
const ref = { processId: "p-nordbank-backend", candidateId: "c-asa-oberg" };
const log = (id: string) =>
  cmd("LogContact", { ...ref, contact: callContact(id, NOW, "reached", id) }, NOW, id);
const ids = (view: OptimisticView) => view.processes()[0]!.candidates[0]!.contacts.map((c) => c.id);

describe("what the recruiter sees while changes are on their way", () => {
  it("takes back exactly the change that was not saved, keeping the ones made after it", () => {
    const view = new OptimisticView(() => NOW);
    view.setBase([process({ candidates: [candidate({ contacts: [] })] })]);
    view.add(log("a"));
    view.add(log("b"));
    view.remove("a");
    expect(ids(view)).toEqual(["b"]);
  });

  it("keeps unsent changes on top of a fresher document from Microsoft 365", () => {
    const view = new OptimisticView(() => NOW);
    view.setBase([process({ candidates: [candidate({ contacts: [] })] })]);
    view.add(log("mine"));
    view.upsertBase(
      process({
        title: "Ny titel",
        candidates: [candidate({ contacts: [callContact("theirs", NOW, "reached", "")] })],
      }),
    );
    expect(view.processes()[0]!.title).toBe("Ny titel");
    expect(ids(view)).toEqual(["theirs", "mine"]);
  });

  it("hands the stores a new array whenever anything changed, so selectors see it", () => {
    const seen: unknown[] = [];
    const view = new OptimisticView(
      () => NOW,
      undefined,
      (ps) => seen.push(ps),
    );
    view.setBase([process({ candidates: [candidate()] })]);
    view.upsertBase(process({ title: "Ändrad", candidates: [candidate()] }));
    expect(seen).toHaveLength(2);
    expect(seen[1]).not.toBe(seen[0]);
  });
});
