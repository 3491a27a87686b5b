// The recruiter's weekly to-do list, kept in OneNote as they always have: one page per week,
// topped up as follow-ups appear, never rewritten — what they ticked off stays ticked.
import type { RunningEmulator } from "../../graph-emulator";
import { createOneNote } from "../../../src/graph/onenote";
import { emulator, graphFor, unwrap } from "./helpers";

let emu: RunningEmulator;
beforeEach(async () => {
  emu = await emulator("empty");
});
afterEach(() => emu.close());

const todo = (id: string, text: string) => ({ id, html: `<p data-tag="to-do" data-id="${id}">${text}</p>` });
const page = (items: { id: string; html: string }[], title = "Svara – att göra vecka 48, 2026") => ({
  title,
  weekKey: "2026-W48",
  html: `<!DOCTYPE html><html><head><title>${title}</title></head><body>${items
    .map((i) => i.html)
    .join("")}</body></html>`,
  items,
});

async function weekPage(e: RunningEmulator): Promise<{ id: string; html: string }> {
  const http = graphFor(e);
  const pages = unwrap(await http.get<{ value: { id: string; title: string }[] }>("/me/onenote/pages")).body
    .value;
  const found = pages.filter((p) => p.title === "Svara – att göra vecka 48, 2026");
  expect(found).toHaveLength(1);
  const html = unwrap(
    await http.get<string>(`/me/onenote/pages/${found[0]!.id}/content?includeIDs=true`),
  ).body;
  return { id: found[0]!.id, html };
}

describe("the weekly to-do page in OneNote", () => {
  it("is made once in the section 'Svara – att göra', then only topped up with what is new", async () => {
    const notes = createOneNote(graphFor(emu));
    const first = [
      todo("svara-todo-aaaaaaaa", "Ring Karin Ström"),
      todo("svara-todo-bbbbbbbb", "Svara Åsa Öberg"),
    ];
    expect(unwrap(await notes.syncTodoPage(page(first)))).toEqual({ created: true, appended: 0, ticked: [] });
    const again = await notes.syncTodoPage(page(first));
    expect(unwrap(again)).toEqual({ created: false, appended: 0, ticked: [] });

    const more = [...first, todo("svara-todo-cccccccc", "Lägesuppdatering till Li Wei")];
    expect(unwrap(await notes.syncTodoPage(page(more)))).toEqual({ created: false, appended: 1, ticked: [] });
    const { html } = await weekPage(emu);
    for (const id of ["aaaaaaaa", "bbbbbbbb", "cccccccc"]) {
      expect(html.match(new RegExp(`data-id="svara-todo-${id}"`, "g"))).toHaveLength(1);
    }
    const sections = unwrap(
      await graphFor(emu).get<{ value: { displayName: string }[] }>("/me/onenote/sections"),
    ).body.value;
    expect(sections.map((s) => s.displayName)).toContain("Svara – att göra");
  });

  it("leaves a to-do the recruiter ticked off in OneNote ticked", async () => {
    const notes = createOneNote(graphFor(emu));
    const items = [todo("svara-todo-aaaaaaaa", "Ring Karin Ström")];
    unwrap(await notes.syncTodoPage(page(items)));
    const { id } = await weekPage(emu);
    // The recruiter ticks the box in OneNote.
    unwrap(
      await graphFor(emu).patch(`/me/onenote/pages/${id}/content`, [
        {
          target: "#svara-todo-aaaaaaaa",
          action: "replace",
          content: '<p data-tag="to-do:completed" data-id="svara-todo-aaaaaaaa">Ring Karin Ström</p>',
        },
      ]),
    );
    unwrap(await notes.syncTodoPage(page([...items, todo("svara-todo-dddddddd", "Enkät till Olof")])));
    const { html } = await weekPage(emu);
    expect(html).toMatch(
      /data-tag="to-do:completed"[^>]*data-id="svara-todo-aaaaaaaa"|data-id="svara-todo-aaaaaaaa"[^>]*data-tag="to-do:completed"/,
    );
    expect(html).toContain('data-id="svara-todo-dddddddd"');
  });

  it("stays one page for the week when the recruiter switches Svara to English", async () => {
    const notes = createOneNote(graphFor(emu));
    unwrap(await notes.syncTodoPage(page([todo("svara-todo-aaaaaaaa", "Ring Karin Ström")])));
    const english = page(
      [todo("svara-todo-aaaaaaaa", "Call Karin Ström"), todo("svara-todo-eeeeeeee", "Answer Li Wei")],
      "Svara – to do week 48, 2026",
    );
    expect(unwrap(await createOneNote(graphFor(emu)).syncTodoPage(english))).toEqual({
      created: false,
      appended: 1,
      ticked: [],
    });
    const { html } = await weekPage(emu);
    expect(html).toContain('data-id="svara-todo-eeeeeeee"');
    const all = unwrap(await graphFor(emu).get<{ value: { title: string }[] }>("/me/onenote/pages")).body
      .value;
    expect(all.filter((p) => /week 48|vecka 48/.test(p.title))).toHaveLength(1);
  });
});
