// Olof, who was told no, answers the survey mail Maja sent him. His reply becomes an answer in the
// process's feedback file — not a line in his log — and a reply Svara cannot read waits for Maja
// to score it. Over the real adapters and the emulator's mailbox.
import { createFeedbackDocuments } from "../../../src/graph/feedback";
import { createMailDelta } from "../../../src/graph/mailDelta";
import { createSurveyReplies } from "../../../src/graph/surveyReplies";
import { detectContacts } from "../../../src/sync/contactDetection";
import { memoryDeltaLinks } from "../../../src/sync/deltaLinkStore";
import { call } from "../emulator/helpers";
import { graphHttp, world, type World } from "./syncOverEmulator";

const OLOF = { name: "Olof Näslund", address: "olof.naslund@example.se" };

let w: World;
afterEach(async () => {
  await w.close();
});

function detector(world: World) {
  const http = graphHttp(world.emu, world.network);
  const delta = createMailDelta(http);
  const links = memoryDeltaLinks();
  return () =>
    detectContacts({
      delta,
      links,
      processes: () => world.pane.engine.processes(),
      dispatch: (c) => world.pane.engine.dispatch(c),
      now: () => world.clock.iso(),
      surveyReplies: createSurveyReplies(http),
    });
}

async function sendSurvey(world: World, subject: string): Promise<string> {
  const http = graphHttp(world.emu, world.network);
  const sent = await http.post("/me/sendMail", {
    message: {
      subject,
      body: { contentType: "Text", content: "1. Hur tydlig var informationen om processen?" },
      toRecipients: [{ emailAddress: { name: OLOF.name, address: OLOF.address } }],
    },
  });
  expect(sent.ok).toBe(true);
  const listed = await http.get<{ value: { id: string; subject: string }[] }>(
    "/me/mailFolders/sentitems/messages?$select=id,subject&$top=100",
  );
  if (!listed.ok) throw new Error("no sent items");
  return listed.value.body.value.find((m) => m.subject === subject)!.id;
}

const reply = (world: World, inReplyTo: string, content: string) =>
  call(world.emu, "POST", `${world.emu.origin}/_emulator/deliver`, {
    body: { from: OLOF, inReplyTo, body: { contentType: "text", content } },
  });

describe("a candidate's reply to the survey", () => {
  it("becomes a scored answer without his name, once, and a reply it cannot read waits for Maja", async () => {
    w = await world();
    const detect = detector(w);
    await detect();
    await w.pane.engine.idle();
    const surveyId = await sendSurvey(w, "[Enkät] Tre snabba frågor om rekryteringen – Backendutvecklare");
    await reply(w, surveyId, "4 av 5, 3 och 5\nSnabbare besked.\n\nMvh\nOlof");
    const olofsReplies = () =>
      w.pane.engine
        .processes()
        .flatMap((p) => p.candidates)
        .find((c) => c.id === "c-olof-naslund")!
        .contacts.filter((c) => c.direction === "in" && c.summary.includes("[Enkät]"));
    expect((await detect()).ok).toBe(true);
    await w.pane.engine.idle();
    expect((await detect()).ok).toBe(true); // seen again: nothing new
    await w.pane.engine.idle();

    const port = createFeedbackDocuments(graphHttp(w.emu, w.network));
    const stored = await port.listAll();
    if (!stored.ok) throw new Error(stored.error.code);
    const answers = stored.value.flatMap((s) => s.feedback.answers);
    expect(answers).toHaveLength(1);
    expect(answers[0]).toMatchObject({
      scores: { clarity: 4, speed: 3, treatment: 5 },
      comment: "Snabbare besked.",
    });
    expect(JSON.stringify(stored.value)).not.toMatch(/Olof|Näslund|olof\.naslund/);
    // The survey mail Maja sent is in his log; his reply is not (it would start his answer clock).
    expect(olofsReplies()).toEqual([]);

    await reply(w, surveyId, "Det var helt ok.");
    await detect();
    await w.pane.engine.idle();
    const later = await port.listAll();
    if (!later.ok) throw new Error(later.error.code);
    expect(later.value.flatMap((s) => s.feedback.pending).map((p) => p.text)).toEqual(["Det var helt ok."]);
  });

  it("logs a tagged mail as an ordinary mail when no survey was sent in its conversation", async () => {
    w = await world();
    const detect = detector(w);
    await detect();
    await w.pane.engine.idle();
    await call(w.emu, "POST", `${w.emu.origin}/_emulator/deliver`, {
      body: { from: OLOF, subject: "[Enkät] en fråga", body: { contentType: "text", content: "5 5 5" } },
    });
    const result = await detect();
    expect(result.ok && result.value.logged).toBe(1);
    await w.pane.engine.idle();
    const stored = await createFeedbackDocuments(graphHttp(w.emu, w.network)).listAll();
    expect(stored.ok && stored.value).toEqual([]);
  });
});
