// The recruiter's weekly to-do list, kept in OneNote as they always have: one page per week, with
// today's section on top, brought up to date in one PATCH — what they wrote or ticked stays.
import type { RunningEmulator } from "../../graph-emulator";
import { candidateHash, todoLineId, type TodoItem, type WeeklyTodo } from "../../../src/domain";
import { createOneNote } from "../../../src/graph/onenote";
import { counted, emulator, graphFor, unwrap } from "./helpers";

let emu: RunningEmulator;
beforeEach(async () => {
  emu = await emulator("empty");
});
afterEach(() => emu.close());

const TODAY = "2026-11-25";
/** A to-do for candidate `who`; its follow-up `what` (a stage change gives the candidate a new one). */
const item = (who: string, what: string, sv: string, day = "2026-11-26", en = sv): TodoItem => ({
  id: todoLineId("week", "p1", who, `p1:${who}:${what}`),
  todayId: todoLineId("today", "p1", who, `p1:${who}:${what}`),
  followUpId: `p1:${who}:${what}`,
  processId: "p1",
  candidateId: who,
  day,
  text: { sv, en },
  overdue: false,
});
const week = (items: TodoItem[], more: Partial<WeeklyTodo> = {}): WeeklyTodo => ({
  weekKey: "2026-W48",
  monday: "2026-11-23",
  today: TODAY,
  title: { sv: "Svara – att göra vecka 48, 2026", en: "Svara – to do week 48, 2026" },
  items,
  done: [],
  handled: [],
  ...more,
});
const karin = item("karin", "answer-due:a", "Svara Karin Ström");
const asa = item("asa", "answer-due:b", "Svara Åsa Öberg");
const li = item("li", "status-update:c", "Lägesuppdatering till Li Wei");

async function weekPage(e: RunningEmulator): Promise<{ id: string; html: string }> {
  const http = graphFor(e);
  const pages = unwrap(await http.get<{ value: { id: string; title: string }[] }>("/me/onenote/pages")).body
    .value;
  const found = pages.filter((p) => /vecka 48|week 48/.test(p.title));
  expect(found).toHaveLength(1);
  const html = unwrap(
    await graphFor(e).get<string>(`/me/onenote/pages/${found[0]!.id}/content?includeIDs=true`),
  ).body;
  return { id: found[0]!.id, html };
}

const count = (html: string, dataId: string) => html.split(`data-id="${dataId}"`).length - 1;
const lineOf = (html: string, dataId: string) =>
  new RegExp(`<p[^>]*data-id="${dataId}"[^>]*>([\\s\\S]*?)</p>`).exec(html)?.[0] ?? "";
const wordsOf = (line: string) => line.replace(/<[^>]*>/g, "");

/** What the recruiter does in OneNote: writes her own line, ticks a box. */
async function byHand(pageId: string, changes: object[]) {
  unwrap(
    await graphFor(emu).patch(`/me/onenote/pages/${pageId}/content`, changes, {
      headers: { "Content-Type": "application/json" },
    }),
  );
}
const tick = (line: TodoItem, text: string) => ({
  target: `#${line.id}`,
  action: "replace",
  content: `<p data-tag="to-do:completed" data-id="${line.id}">${text}</p>`,
});
const ownLine = { target: "body", action: "append", content: "<p>Ring mamma om söndag</p>" };

describe("the weekly to-do page in OneNote", () => {
  it("is made once in the section 'Svara – att göra', then only topped up with what is new", async () => {
    const notes = createOneNote(graphFor(emu));
    expect(unwrap(await notes.syncTodoPage({ todo: week([karin, asa]), language: "sv" }))).toEqual({
      created: true,
      changed: 0,
      ticked: [],
    });
    const again = await notes.syncTodoPage({ todo: week([karin, asa]), language: "sv" });
    expect(unwrap(again)).toEqual({ created: false, changed: 0, ticked: [] });

    expect(unwrap(await notes.syncTodoPage({ todo: week([karin, asa, li]), language: "sv" }))).toEqual({
      created: false,
      changed: 1,
      ticked: [],
    });
    const { html } = await weekPage(emu);
    for (const i of [karin, asa, li]) expect(count(html, i.id)).toBe(1);
    const sections = unwrap(
      await graphFor(emu).get<{ value: { displayName: string }[] }>("/me/onenote/sections"),
    ).body.value;
    expect(sections.map((s) => s.displayName)).toContain("Svara – att göra");
  });

  it("leaves a to-do the recruiter ticked off in OneNote ticked, and reads the tick back", async () => {
    const notes = createOneNote(graphFor(emu));
    unwrap(await notes.syncTodoPage({ todo: week([karin]), language: "sv" }));
    const { id } = await weekPage(emu);
    await byHand(id, [tick(karin, "Svara Karin Ström")]);
    const synced = unwrap(await notes.syncTodoPage({ todo: week([karin, li]), language: "sv" }));
    expect(synced.ticked).toEqual([karin.followUpId]);
    const { html } = await weekPage(emu);
    expect(lineOf(html, karin.id)).toContain('data-tag="to-do:completed"');
    expect(html).toContain(`data-id="${li.id}"`);
  });

  it("stays one page for the week, in its own language, when the recruiter switches Svara to English", async () => {
    const notes = createOneNote(graphFor(emu));
    unwrap(await notes.syncTodoPage({ todo: week([karin]), language: "sv" }));
    const answerLi = item("li", "answer-due:e", "Svara Li Wei", "2026-11-27", "Answer Li Wei");
    expect(
      unwrap(
        await createOneNote(graphFor(emu)).syncTodoPage({ todo: week([karin, answerLi]), language: "en" }),
      ),
    ).toEqual({ created: false, changed: 1, ticked: [] });
    const { html } = await weekPage(emu);
    expect(wordsOf(lineOf(html, answerLi.id))).toBe("Svara Li Wei (fredag 27/11)");
    const all = unwrap(await graphFor(emu).get<{ value: { title: string }[] }>("/me/onenote/pages")).body
      .value;
    expect(all.filter((p) => /week 48|vecka 48/.test(p.title))).toHaveLength(1);
  });
});

describe("the weekly page stays true when the plan changes", () => {
  it("rewrites a candidate's line in place when a stage change gives them a new next step, in one GET and one PATCH", async () => {
    const notes = createOneNote(graphFor(emu));
    unwrap(await notes.syncTodoPage({ todo: week([karin, asa]), language: "sv" }));
    const { id } = await weekPage(emu);
    await byHand(id, [ownLine, tick(asa, "Svara Åsa Öberg")]);
    // Karin moved to interview: "answer by mail" becomes "call".
    const call = item("karin", "call:x", "Ring Karin Ström");
    const { result, log } = await counted(emu, () =>
      notes.syncTodoPage({ todo: week([call, asa]), language: "sv" }),
    );
    expect(unwrap(result).changed).toBe(1);
    const page = log.filter((e) => /\/onenote\/pages\/[^/]+\/content/.test(e.path));
    expect(page.map((e) => e.method)).toEqual(["GET", "PATCH"]);
    const { html } = await weekPage(emu);
    expect(count(html, karin.id)).toBe(0);
    expect(wordsOf(lineOf(html, call.id))).toBe("Ring Karin Ström (torsdag 26/11)");
    // Where the old line was: before Åsa's.
    expect(html.indexOf(`data-id="${call.id}"`)).toBeLessThan(html.indexOf(`data-id="${asa.id}"`));
    expect(html).toContain("Ring mamma om söndag");
    expect(lineOf(html, asa.id)).toContain('data-tag="to-do:completed"');
  });

  it("ticks what was done, strikes through what was dropped, and keeps her own line", async () => {
    const notes = createOneNote(graphFor(emu));
    unwrap(await notes.syncTodoPage({ todo: week([karin, asa, li]), language: "sv" }));
    const { id } = await weekPage(emu);
    await byHand(id, [ownLine]);
    // Karin's answer was ticked in the pane; Åsa's process was closed; Li was answered by mail.
    const after = week([], { done: [karin.followUpId], handled: [candidateHash("p1", "li")] });
    expect(unwrap(await notes.syncTodoPage({ todo: after, language: "sv" })).changed).toBe(3);
    const { html } = await weekPage(emu);
    expect(lineOf(html, karin.id)).toContain('data-tag="to-do:completed"');
    expect(lineOf(html, li.id)).toContain('data-tag="to-do:completed"');
    expect(lineOf(html, asa.id)).toMatch(/<del\b[^>]*>Svara Åsa Öberg/);
    expect(html).toContain("Ring mamma om söndag");
    // And again: nothing left to change.
    expect(unwrap(await notes.syncTodoPage({ todo: after, language: "sv" })).changed).toBe(0);
  });

  it("lists today's follow-ups in a section of their own on top, its heading in the page's language", async () => {
    const notes = createOneNote(graphFor(emu));
    const today = item("li", "answer-due:t", "Svara Li Wei", TODAY, "Answer Li Wei");
    unwrap(await notes.syncTodoPage({ todo: week([today, karin]), language: "en" }));
    const { html } = await weekPage(emu);
    expect(html).toMatch(/<h2[^>]*data-id="svara-today"[^>]*>Today – Wednesday 25\/11<\/h2>/);
    expect(html.indexOf('data-id="svara-today"')).toBeLessThan(html.indexOf(`data-id="${today.todayId}"`));
    expect(html.indexOf(`data-id="${today.todayId}"`)).toBeLessThan(html.indexOf('data-id="svara-week"'));
    expect(count(html, today.id)).toBe(1);
    // The next day, the heading follows the day.
    const tomorrow = week([karin], { today: "2026-11-26", done: [today.followUpId] });
    unwrap(await notes.syncTodoPage({ todo: tomorrow, language: "sv" }));
    const next = (await weekPage(emu)).html;
    expect(next).toMatch(/data-id="svara-today"[^>]*>Today – Thursday 26\/11</);
    expect(lineOf(next, today.todayId)).toContain('data-tag="to-do:completed"');
    expect(lineOf(next, karin.todayId)).toContain("Svara Karin Ström");
  });

  it("makes no second line when the PATCH's answer is lost after OneNote made the change", async () => {
    const notes = createOneNote(graphFor(emu));
    unwrap(await notes.syncTodoPage({ todo: week([karin]), language: "sv" }));
    const drop = emu.faults.dropAfterCommit({
      method: "PATCH",
      path: "/me/onenote/pages/*/content",
      count: 1,
    });
    const call = item("karin", "call:x", "Ring Karin Ström");
    const synced = await notes.syncTodoPage({ todo: week([call, asa, li]), language: "sv" });
    expect(emu.faults.fired(drop.id)).toBe(1);
    expect(synced.ok).toBe(true);
    const { html } = await weekPage(emu);
    for (const i of [call, asa, li]) expect(count(html, i.id)).toBe(1);
    expect(count(html, karin.id)).toBe(0);
  });
});
