// The candidate's OneNote page says where they are now: a stage move rewrites the header in place,
// and the log and what the recruiter wrote on the page stay as they were.
import { untilSent, world, type World } from "./syncOverEmulator";
import { makeCommand, mailContact } from "../../../src/sync/commands";

let w: World;
afterEach(async () => {
  await w.close();
});

const MO = { processId: "p-nordbank-backend", candidateId: "c-mohammed-al-sayed" };

const pageOf = (name: string) =>
  [...w.emu.state.pages.values()].find((p) => p["title"] === name) as Record<string, unknown> | undefined;
const text = (html: string) => html.replace(/<br[^>]*>/g, "\n").replace(/<[^>]+>/g, "");

describe("the OneNote page header follows the candidate", () => {
  it("says Inte aktuell, not Intervju, once Mohammed's process is closed, keeping the log and her own lines", async () => {
    w = await world();
    const logged = makeCommand(
      "LogContact",
      { ...MO, contact: mailContact("k-mail", "2026-11-24T10:00:00.000Z", "in", "Tack för intervjun", null) },
      { id: "k-mail", createdAt: "2026-11-24T10:00:00.000Z" },
    );
    await w.pane.engine.dispatch(logged);
    await untilSent(w, ["k-mail"]);
    const page = pageOf("Mohammed Al-Sayed")!;
    expect(text(String(page["_body"]))).toContain("Steg: Intervju");
    // She writes her own line on the page, in OneNote.
    page["_body"] = String(page["_body"]).replace("</div>", "<p>Mina egna tankar om Mohammed</p></div>");

    const move = makeCommand(
      "MoveStage",
      { ...MO, stageId: "rejected", rejection: { reason: "other", detail: "Tjänsten tillsatt" } },
      { id: "k-move", createdAt: "2026-11-24T15:00:00.000Z" },
    );
    await w.pane.engine.dispatch(move);
    await untilSent(w, ["k-move"]);
    const after = text(String(pageOf("Mohammed Al-Sayed")!["_body"]));
    expect(after).toContain("Steg: Inte aktuell");
    expect(after).not.toContain("Steg: Intervju");
    expect(after).toContain("Tack för intervjun");
    expect(after).toContain("Mina egna tankar om Mohammed");
    expect(after.match(/Steg:/g)).toHaveLength(1);

    // Sent again (a lost answer): the header is already right, nothing is written.
    const before = w.emu.requests.all().length;
    const again = await w.pane.ports.notes.refreshHeader(
      String(pageOf("Mohammed Al-Sayed")!["id"]),
      (await w.pane.engine.processes()).find((p) => p.id === MO.processId)!,
      (await w.pane.engine.processes())
        .find((p) => p.id === MO.processId)!
        .candidates.find((c) => c.id === MO.candidateId)!,
    );
    expect(again.ok && again.value).toBe("unchanged");
    expect(
      w.emu.requests
        .all()
        .slice(before)
        .filter((r) => r.method !== "GET"),
    ).toEqual([]);
  });
});
