import { candidate, process } from "../domain/fixtures";
import { mailContact } from "../../../src/sync/commands";
import { cmd } from "./fakes/commandsFor";
import { harness, type Harness } from "./fakes/harness";

const PROCESS = "p-summer-trainees";
const fifty = Array.from({ length: 50 }, (_, i) =>
  candidate({ id: `c-${i}`, name: `Trainee ${i}`, emails: [`trainee${i}@example.se`], phone: null }),
);

/** Two mails per candidate, each linked and logged: 200 commands, as contact detection makes them. */
function burst() {
  return [0, 1].flatMap((n) =>
    fifty.flatMap((c, i) => {
      const at = new Date(Date.UTC(2026, 10, 25, 8 + n, i)).toISOString();
      const mailId = `m-${c.id}-${n}`;
      const ref = { processId: PROCESS, candidateId: c.id };
      return [
        cmd("LinkMail", { ...ref, messageId: mailId }, at, `link ${mailId}`),
        cmd(
          "LogContact",
          { ...ref, contact: mailContact(`mail:${mailId}`, at, "in", `Fråga ${n} från ${c.name}`, mailId) },
          at,
          `log ${mailId}`,
        ),
      ];
    }),
  );
}

/** Each document write takes its time, as a large one does: the mails detected meanwhile queue up. */
function slowOneDrive(h: Harness): () => void {
  let open!: () => void;
  h.m365.processes.gate = new Promise((r) => (open = r));
  return () => {
    h.m365.processes.gate = null;
    open();
  };
}

describe("a burst of detected mails into one process", () => {
  it("waits a moment for the rest of the detection pass, so fifty first mails are one document write", async () => {
    // The moment is wall-clock time: long enough here for fifty dispatches on a loaded CI machine
    // (at 100 ms one CI run saw the last few go in a second write).
    const h = await harness({ gatherMs: 2_000 });
    h.m365.processes.seed(process({ id: PROCESS, candidates: fifty }));
    await h.engine.refresh();
    const writesBefore = h.m365.processes.writes();

    // No slow OneDrive here: without the moment, the first mail would go alone, then the next few.
    const firsts = burst().filter((c) => c.type === "LogContact" && c.id.endsWith("-0"));
    for (const command of firsts) expect((await h.engine.dispatch(command)).ok).toBe(true);
    await h.engine.idle();

    expect(h.m365.processes.writes() - writesBefore).toBe(1);
    const doc = h.m365.processes.doc(PROCESS);
    expect(doc.candidates.every((c) => c.contacts.some((k) => k.id === `mail:m-${c.id}-0`))).toBe(true);
  });

  it("logs 200 mails for 50 trainees in a handful of document writes, each once and in order", async () => {
    const h = await harness();
    h.m365.processes.seed(process({ id: PROCESS, candidates: fifty }));
    await h.engine.refresh();
    const writesBefore = h.m365.processes.writes();
    const opened = slowOneDrive(h);

    for (const command of burst()) expect((await h.engine.dispatch(command)).ok).toBe(true);
    opened();
    await h.engine.idle();

    expect(h.m365.processes.writes() - writesBefore).toBeLessThanOrEqual(8);
    const doc = h.m365.processes.doc(PROCESS);
    for (const c of fifty) {
      const logged = doc.candidates.find((d) => d.id === c.id)!.contacts.map((k) => k.id);
      expect(logged.filter((id) => id.startsWith("mail:m-"))).toEqual([
        `mail:m-${c.id}-0`,
        `mail:m-${c.id}-1`,
      ]);
      const page = h.m365.notes.pages.get(`page-${PROCESS}-${c.id}`)!.map((e) => e.id);
      expect(page).toEqual([`mail:m-${c.id}-0`, `mail:m-${c.id}-1`]);
    }
    expect(h.m365.mailLinks.calls).toHaveLength(100);
    expect([...h.statuses.values()].every((s) => s.state === "sent")).toBe(true);
  });

  it("fails only the mail of the trainee removed on another device; the rest of the burst goes in", async () => {
    const h = await harness();
    h.m365.processes.seed(process({ id: PROCESS, candidates: fifty }));
    await h.engine.refresh();
    const opened = slowOneDrive(h);

    const logs = burst().filter((c) => c.type === "LogContact" && c.id.endsWith("-0"));
    for (const command of logs) expect((await h.engine.dispatch(command)).ok).toBe(true);
    // Meanwhile another device removed trainee 7; this one still shows her.
    h.m365.processes.editRemotely(PROCESS, (p) => ({
      ...p,
      candidates: p.candidates.filter((c) => c.id !== "c-7"),
    }));
    opened();
    await h.engine.idle();

    expect(h.statuses.get("log m-c-7-0")?.state).toBe("failed");
    const doc = h.m365.processes.doc(PROCESS);
    expect(doc.candidates).toHaveLength(49);
    for (const c of doc.candidates)
      expect(c.contacts.filter((k) => k.id === `mail:m-${c.id}-0`)).toHaveLength(1);
    const sent = [...h.statuses.values()].filter((s) => s.state === "sent");
    expect(sent).toHaveLength(49);
  });
});
