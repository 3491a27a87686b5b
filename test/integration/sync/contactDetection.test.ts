// Contact detection over the real mail delta adapter: a candidate's mail starts the clock, our
// answer stops it, and a sent mail the send handler already logged is not logged again.
import { answerClock, DEFAULT_SETTINGS, type Process } from "../../../src/domain";
import { createMailDelta } from "../../../src/graph/mailDelta";
import { detectContacts } from "../../../src/sync/contactDetection";
import { memoryDeltaLinks } from "../../../src/sync/deltaLinkStore";
import { handlerLogsSentMail } from "../../unit/sync/fakes/sendHandler";
import { call } from "../emulator/helpers";
import { graphHttp, world, type World } from "./syncOverEmulator";

const ASA = { name: "Åsa Öberg", address: "asa.oberg@example.se" };

let w: World;
afterEach(async () => {
  await w.close();
});

function detector(world: World) {
  const delta = createMailDelta(graphHttp(world.emu, world.network));
  const links = memoryDeltaLinks();
  return () =>
    detectContacts({
      delta,
      links,
      processes: () => world.pane.engine.processes(),
      dispatch: (c) => world.pane.engine.dispatch(c),
      now: () => world.clock.iso(),
    });
}

function asaOf(processes: readonly Process[]) {
  const process = processes.find((p) => p.id === "p-nordbank-backend")!;
  return { process, candidate: process.candidates.find((c) => c.id === "c-asa-oberg")! };
}

/** The clock a minute after her latest contact (the emulator stamps mail with the real time). */
function asaClock(world: World) {
  const { process, candidate } = asaOf(world.pane.engine.processes());
  const latest = Math.max(...candidate.contacts.map((c) => Date.parse(c.at)));
  return answerClock(candidate, process, DEFAULT_SETTINGS, new Date(latest + 60_000).toISOString()).phase;
}

const contactsNamed = async (world: World, summary: string) => {
  const read = await world.pane.ports.processes.read("p-nordbank-backend");
  if (!read.ok || !read.value) throw new Error("no document");
  return asaOf([read.value.process]).candidate.contacts.filter((c) => c.summary === summary);
};

describe("noticing Åsa's mail and our answers in the real mailbox", () => {
  it("logs nothing twice from the first full round, then starts and stops her clock with new mail", async () => {
    w = await world();
    const detect = detector(w);
    const first = await detect();
    // The demo's mails are in the documents already (by their Graph ids): nothing to add.
    expect(first.ok && first.value.logged).toBe(0);
    await w.pane.engine.idle();
    const again = await detect();
    expect(again.ok && again.value.logged).toBe(0);

    await call(w.emu, "POST", `${w.emu.origin}/_emulator/deliver`, {
      body: { from: ASA, subject: "Fråga om lönen" },
    });
    const inbound = await detect();
    expect(inbound.ok && inbound.value.logged).toBe(1);
    await w.pane.engine.idle();
    expect(asaClock(w)).not.toBe("stopped");

    const http = graphHttp(w.emu, w.network);
    const sent = await http.post("/me/sendMail", {
      message: {
        subject: "Svar om lönen",
        body: { contentType: "Text", content: "Hej Åsa!" },
        toRecipients: [{ emailAddress: { name: ASA.name, address: ASA.address } }],
      },
    });
    expect(sent.ok).toBe(true);
    const outbound = await detect();
    expect(outbound.ok && outbound.value.logged).toBe(1);
    await w.pane.engine.idle();
    expect(asaClock(w)).toBe("stopped");
    expect(await contactsNamed(w, "Fråga om lönen")).toHaveLength(1);
    expect(await contactsNamed(w, "Svar om lönen")).toHaveLength(1);
  });

  it("logs a sent mail once when the send handler logged it before the delta of Sent Items saw it", async () => {
    w = await world();
    const detect = detector(w);
    await detect();
    await w.pane.engine.idle();
    // OnMessageSend: the compose item has no Message-ID and no final id yet.
    const logged = await handlerLogsSentMail(
      w.pane.outbox,
      {
        id: "AAMk-compose-1",
        subject: "Besked om intervju",
        from: null,
        to: [{ name: ASA.name, email: ASA.address }],
        cc: [],
        at: new Date().toISOString(),
        link: null,
      },
      w.pane.engine.processes(),
      w.clock.iso(),
    );
    expect(logged).toBe(1);
    await w.pane.engine.replay();
    await w.pane.engine.idle();

    const http = graphHttp(w.emu, w.network);
    await http.post("/me/sendMail", {
      message: {
        subject: "Besked om intervju",
        body: { contentType: "Text", content: "Välkommen!" },
        toRecipients: [{ emailAddress: { address: ASA.address } }],
      },
    });
    const seen = await detect();
    expect(seen.ok && seen.value.logged).toBe(0);
    await w.pane.engine.idle();
    expect(await contactsNamed(w, "Besked om intervju")).toHaveLength(1);
  });
});
