// Requests per recruiter action (ARCHITECTURE.md §6: "a figure we report; the floor is one"),
// counted from the emulator's request log: the demo mailbox, the pane's real wiring in Node, each
// action as the pane's UI makes it (the processes store's actions, state/candidateActions.ts).
import { DEFAULT_SETTINGS } from "../../src/domain";
import type { HostItem } from "../../src/host/host";
import { paneView, type CandidateView } from "../../src/state/paneView";
import type { Result } from "../../src/domain";
import { newCandidateId } from "../../src/domain";
import type { RunningSync } from "../../src/app/startSync";
import {
  demoDataset,
  startEmulator,
  type DemoDataset,
  type RunningEmulator,
} from "../../test/graph-emulator";

type DemoMail = DemoDataset["mails"][number];
import type { Figure } from "./figure";
import { startNodePane } from "./nodePane";
import { describe, isReconcile, mark, quiet, since } from "./requestLog";

const REPORTED = "reported (floor 1)";

const hostItem = (m: DemoMail): HostItem => ({
  kind: "message-read",
  restId: m.id,
  receivedAt: m.at,
  conversationId: m.conversationId,
  subject: m.subject,
  from: { name: m.from.name, email: m.from.address.toLowerCase() },
  to: m.to.map((p) => ({ name: p.name, email: p.address.toLowerCase() })),
  cc: [],
});

function candidateOf(pane: RunningSync, item: HostItem, me: string): CandidateView {
  const view = paneView({
    item,
    processes: pane.processes.getState().processes,
    settings: DEFAULT_SETTINGS,
    now: new Date().toISOString(),
    me,
  });
  if (view.kind !== "candidate") throw new Error(`bench: ${item.subject} is not a candidate's mail`);
  return view.view;
}

/** Runs `act`, waits until the engine and the background work are done, and counts. */
async function measure(
  emu: RunningEmulator,
  pane: RunningSync,
  name: string,
  act: () => Promise<void>,
): Promise<Figure> {
  const from = mark(emu);
  await act();
  await pane.engine.idle();
  await quiet(emu);
  const log = since(emu, from);
  const reconcile = log.filter(isReconcile).length;
  return {
    name,
    measured: `${log.length} (${log.length - reconcile} action + ${reconcile} follow-up reconcile)`,
    budget: REPORTED,
    pass: log.length >= 1,
    detail: describe(log),
  };
}

async function save(what: string, saving: Promise<Result<unknown>>): Promise<void> {
  const saved = await saving;
  if (!saved.ok) throw new Error(`bench: ${what} not saved: ${saved.error.code}`);
}

const refOf = (view: CandidateView) => ({ processId: view.process.id, candidateId: view.candidate.id });

export async function recruiterActions(): Promise<Figure[]> {
  // The pane reads the real clock, so the demo seed's "now" must be the real time too.
  const now = new Date().toISOString();
  const demo = demoDataset(now);
  const me = demo.owner.email;
  const emu = await startEmulator({ port: 0, seed: "demo", now });
  try {
    const startMark = mark(emu);
    const pane = await startNodePane(emu.url, me);
    // What the card waits for: the processes. Her templates (the app folder's own listing) are read
    // beside them, not awaited: until they come the picker offers the built-ins.
    const loaded = since(emu, startMark).filter(
      (e) => e.path.startsWith("/me/drive") && !e.path.startsWith("/me/drive/special/approot/children"),
    );
    await pane.engine.idle();
    await quiet(emu);
    const started = since(emu, startMark);
    const figures: Figure[] = [
      {
        name: "Pane start: load every process (+ follow-up sweep, replay, detection)",
        measured: `${started.length} (${loaded.length} processes + ${started.filter(isReconcile).length} follow-up sweep)`,
        budget: REPORTED,
        pass: loaded.length >= 1,
        detail: describe(started),
      },
    ];

    const [candidateId, processId] = [demo.waiting[0]!.candidateId, demo.waiting[0]!.processId];
    const mail = demo.mails.find((m) => m.folder === "inbox" && m.link === `${processId}/${candidateId}`)!;
    const item = hostItem(mail);

    // The item change: the card is derived from the processes the pane holds (no request awaited);
    // the pane then links the mail and looks for new contacts, in the background.
    const beforeCard = mark(emu);
    const card = candidateOf(pane, item, me);
    const cardRequests = since(emu, beforeCard).length;
    const opened = await measure(emu, pane, "Open a known candidate's mail (LinkMail, detection)", () => {
      void pane.detectContacts("item-changed");
      return save("LinkMail", pane.processes.getState().linkMail(refOf(card), item.restId!));
    });
    figures.push({
      name: "Candidate card critical path (requests awaited)",
      measured: `${loaded.length + cardRequests} (pane start ${loaded.length}, item change ${cardRequests})`,
      budget: "1 round trip after auth",
      pass: cardRequests <= 1 && loaded.length <= 1,
      detail: `pane start: ${describe(loaded)}; item change: the card comes from the processes held`,
    });
    figures.push(opened);

    const unknown = demo.mails.find((m) => m.id === demo.unknownSender.messageId)!;
    figures.push(
      await measure(emu, pane, "Add a candidate from a mail", () =>
        save(
          "AddCandidate",
          pane.processes
            .getState()
            .addCandidateFromMail(
              demo.processes[0]!.id,
              newCandidateId(demo.unknownSender.name, crypto.randomUUID()),
              {
                messageId: unknown.id,
                at: unknown.at,
                subject: unknown.subject,
                from: { name: demo.unknownSender.name, email: demo.unknownSender.email },
              },
            ),
        ),
      ),
    );
    const stage = card.process.stages.find((s) => s.kind === "interview" && s.id !== card.candidate.stageId);
    figures.push(
      await measure(emu, pane, "Move a stage", () =>
        save(
          "MoveStage",
          pane.processes.getState().moveStage(refOf(candidateOf(pane, item, me)), stage!.id, null),
        ),
      ),
    );
    figures.push(
      await measure(emu, pane, "Add a note (OneNote)", () =>
        save(
          "AddNote",
          pane.processes.getState().addNote(refOf(candidateOf(pane, item, me)), "Stark på systemdesign."),
        ),
      ),
    );
    figures.push(
      await measure(emu, pane, "Log a call", () =>
        save(
          "LogContact",
          pane.processes
            .getState()
            .logCall(refOf(candidateOf(pane, item, me)), "reached", "Intervju bokad.", true),
        ),
      ),
    );
    pane.engine.stop();
    return figures;
  } finally {
    await emu.close();
  }
}
