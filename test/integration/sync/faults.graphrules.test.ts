// Fault rows for real Graph's rules (issue 12, cases 11–14), over real HTTP against the emulator,
// which now answers as Graph does. Each row: nothing lost, nothing duplicated, nothing stuck, and
// its figures printed.
// - a $batch is fully parallel or fully sequential (400 otherwise): learn.microsoft.com/graph/json-batching,
//   microsoftgraph/microsoft-graph-docs-contrib issue #2339;
// - Sent Items copies carry no custom headers: microsoftgraph/microsoft-graph-docs issue #2716; an
//   add-in's custom properties stay on the sent item: learn.microsoft.com/javascript/api/outlook/office.customproperties;
// - a reused transactionId with other content is 400 ErrorDuplicateTransactionId:
//   ../shared/reviews/graph-fidelity.md (public client code; blog.rykoma.net 2020-10-05).
import type { RunningEmulator } from "../../graph-emulator";
import { mailContactId } from "../../../src/domain/mailContactIds";
import { createCalendarEvents } from "../../../src/graph/calendarEvents";
import { createMailDelta } from "../../../src/graph/mailDelta";
import type { FollowUpWrite } from "../../../src/graph/ports";
import { createTodoTasks } from "../../../src/graph/todoTasks";
import { customPropertiesOnItem } from "../../../src/workbench/customProperties";
import { answerFollowUp, callFollowUp } from "../graph/followUps";
import { counted, emulator, graphFor, NOW, unwrap } from "../graph/helpers";

let emu: RunningEmulator;
beforeEach(async () => {
  emu = await emulator("empty");
});
afterEach(() => emu.close());

const noWait = { clock: { sleep: async () => undefined } };
const at = () => Date.parse(NOW);

describe("real Graph's rules, as fault rows", () => {
  it("a sweep moving and relinking 8 tasks beside 7 new ones: no $batch refused, 15 tasks, none twice", async () => {
    const first: FollowUpWrite[] = Array.from({ length: 8 }, (_, i) => ({
      followUp: answerFollowUp({ id: `p-rules:c-${i}:answer-due:1`, candidateId: `c-${i}` }),
      mailLink: { webUrl: `https://outlook.office.com/mail/old-${i}`, displayName: "Ansökan" },
    }));
    unwrap(await createTodoTasks(graphFor(emu), { now: at, batch: noWait }).upsertFollowUps(first, "sv"));
    const sweep: FollowUpWrite[] = [
      ...first.map((w, i) => ({
        followUp: { ...w.followUp, dueAt: "2026-11-28T09:00:00.000Z" },
        mailLink: { webUrl: `https://outlook.office.com/mail/new-${i}`, displayName: "Svar" },
      })),
      ...Array.from({ length: 7 }, (_, i) => ({
        followUp: answerFollowUp({ id: `p-rules:n-${i}:answer-due:1`, candidateId: `n-${i}` }),
      })),
    ];
    const { result, log } = await counted(emu, () =>
      createTodoTasks(graphFor(emu), { now: at, batch: noWait }).upsertFollowUps(sweep, "sv"),
    );
    const outcome = unwrap(result);
    const batches = log.filter((e) => e.path === "/$batch");
    const externalIds = [...emu.state.todoTasks.values()].map(
      (t) => (t["linkedResources"] as { externalId: string }[])[0]!.externalId,
    );
    const relinked = [...emu.state.todoTasks.values()].filter((t) =>
      String((t["linkedResources"] as { webUrl?: string }[])[0]!.webUrl ?? "").includes("/new-"),
    );
    console.info(
      `fault row · mixed sweep: 15 follow-ups, ${log.length} requests, ${batches.length} $batch ` +
        `(${batches.map((b) => b.batch?.length).join("+")}), refused ${batches.filter((b) => b.status === 400).length}, ` +
        `tasks ${externalIds.length}, twins ${externalIds.length - new Set(externalIds).size}`,
    );
    expect(batches.every((b) => b.status === 200)).toBe(true);
    expect(outcome.failed).toEqual([]); // nothing stuck
    expect(outcome.saved).toHaveLength(15); // nothing lost
    expect(new Set(externalIds).size).toBe(externalIds.length); // nothing twice
    expect(externalIds).toHaveLength(15);
    expect(relinked).toHaveLength(8);
  });

  it("a mail the send handler stamped is known in Sent Items by its custom property, not its header", async () => {
    const sendId = "0f8fad5b-d9cb-469f-a165-70867728950e";
    const graph = graphFor(emu);
    unwrap(
      await graph.post("/me/sendMail", {
        message: {
          subject: "Re: Ansökan Backend",
          toRecipients: [{ emailAddress: { address: "asa.oberg@example.se" } }],
          internetMessageHeaders: [{ name: "X-Svara-Send", value: sendId }],
          singleValueExtendedProperties: [customPropertiesOnItem({ svaraSend: sendId })],
        },
      }),
    );
    const { result, requests } = await counted(emu, () => createMailDelta(graph).changes("sentitems", null));
    const sent = unwrap(result).messages;
    const ids = sent.map((m) => mailContactId(m));
    console.info(
      `fault row · Sent Items identity: ${sent.length} mail, ${requests} requests, ` +
        `header present ${sent.some((m) => (m.internetMessageHeaders ?? []).some((h) => /^x-svara/i.test(h.name)))}, ` +
        `contact ids ${ids.join(",")}`,
    );
    expect(sent).toHaveLength(1);
    expect((sent[0]!.internetMessageHeaders ?? []).map((h) => h.name)).not.toContain("X-Svara-Send");
    expect(ids).toEqual([`send:${sendId}`]); // the handler's log entry and this one are one entry
  });

  it("a call deleted in Outlook is booked again once, under a new transactionId, and stays one event", async () => {
    const f = callFollowUp();
    const calendar = () => createCalendarEvents(graphFor(emu), { now: at, batch: noWait });
    const first = unwrap(await calendar().upsertFollowUps([{ followUp: f }], "sv")).saved[0]!.remoteId;
    unwrap(await graphFor(emu).delete(`/me/events/${first}`));
    const { result, requests } = await counted(emu, () =>
      calendar().upsertFollowUps([{ followUp: f, existingId: first }], "sv"),
    );
    const outcome = unwrap(result);
    const again = await counted(emu, () => calendar().upsertFollowUps([{ followUp: f }], "sv"));
    console.info(
      `fault row · deleted call: ${requests} requests to re-book, ${again.requests} for the next sweep, ` +
        `events ${emu.state.events.size}`,
    );
    expect(outcome.failed).toEqual([]);
    expect(outcome.saved[0]!.remoteId).not.toBe(first);
    expect(unwrap(again.result).failed).toEqual([]);
    expect(emu.state.events.size).toBe(1);
  });
});
