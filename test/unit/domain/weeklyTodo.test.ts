import fc from "fast-check";
import {
  candidateHash,
  isoWeek,
  todoItemHtml,
  weekKeyFromTitle,
  weeklyTodo,
  weeklyTodoPageHtml,
} from "../../../src/domain";
import { applied, candidate, mailIn, process, settings } from "./fixtures";

describe("the ISO week a day belongs to", () => {
  it.each([
    ["2026-11-25", 2026, 48, "2026-11-23"],
    ["2026-11-29", 2026, 48, "2026-11-23"],
    ["2026-11-30", 2026, 49, "2026-11-30"],
    ["2027-01-01", 2026, 53, "2026-12-28"],
    ["2024-12-30", 2025, 1, "2024-12-30"],
    ["2021-01-03", 2020, 53, "2020-12-28"],
  ])("%s is week %i-%i, starting %s", (date, year, week, monday) => {
    expect(isoWeek(date)).toEqual({ year, week, monday });
  });
});

describe("the recruiter's weekly to-do list in OneNote", () => {
  // Wednesday 25 November 2026, 09:00 in Stockholm.
  const NOW = "2026-11-25T08:00:00.000Z";

  it("lists this week's follow-ups day by day and carries what is overdue to today", () => {
    const waiting = candidate({
      id: "c-waiting",
      name: "Åsa Öberg",
      contacts: [applied("2026-11-20T09:00:00.000Z")],
    });
    const late = candidate({
      id: "c-late",
      name: "Li Wei",
      emails: ["li.wei@example.com"],
      contacts: [applied("2026-11-10T09:00:00.000Z")],
    });
    const todo = weeklyTodo([process({ candidates: [waiting, late] })], settings, NOW);
    expect(todo.weekKey).toBe("2026-W48");
    expect(todo.title.sv).toBe("Svara – att göra vecka 48, 2026");
    const lateItems = todo.items.filter((i) => i.followUpId.includes("c-late"));
    expect(lateItems.length).toBeGreaterThan(0);
    for (const i of lateItems) expect(i).toMatchObject({ overdue: true, day: "2026-11-25" });
    // Åsa applied on the 20th: warned on day 7 (the 27th, this week), answer due on the 30th (next week).
    const asa = todo.items.filter((i) => i.followUpId.includes("c-waiting"));
    expect(asa.map((i) => i.day)).toEqual(["2026-11-27"]);
    expect(todo.items.map((i) => i.day)).toEqual([...todo.items.map((i) => i.day)].sort());
  });

  it("gives each follow-up the same to-do id every time, so the page is topped up, never duplicated", () => {
    const c = candidate({ contacts: [applied("2026-11-20T09:00:00.000Z")] });
    const a = weeklyTodo([process({ candidates: [c] })], settings, NOW);
    const b = weeklyTodo([process({ candidates: [c] })], settings, "2026-11-26T08:00:00.000Z");
    expect(a.items.map((i) => i.id)).toEqual(b.items.map((i) => i.id));
    for (const i of a.items) expect(i.id).toMatch(/^svara-todo-[0-9a-f]{8}-[0-9a-f]{8}$/);
    expect(a.items.map((i) => i.todayId)).toEqual(b.items.map((i) => i.todayId));
  });

  it("leaves out candidates whose answer is given and whose next step is beyond this week", () => {
    const answered = candidate({
      contacts: [
        applied("2026-11-20T09:00:00.000Z"),
        { ...mailIn("2026-11-21T09:00:00.000Z"), direction: "out", kind: "answer" },
      ],
    });
    const todo = weeklyTodo([process({ candidates: [answered] })], settings, NOW);
    expect(todo.items.every((i) => !i.followUpId.includes("answer-due"))).toBe(true);
  });

  it("counts a candidate she moved to another stage this week as handled, not one merely added this week", () => {
    const key = (id: string) => candidateHash("p-nordbank-backend", id);
    const added = "2026-11-20T09:00:00.000Z";
    const base = { contacts: [applied(added)], createdAt: added };
    const movedToInterview = (id: string, at: string) =>
      candidate({
        ...base,
        id,
        stageId: "interview",
        stageHistory: [
          { stageId: "applied", at: added },
          { stageId: "interview", at },
        ],
      });
    const moved = movedToInterview("c-moved", "2026-11-24T10:00:00.000Z");
    const movedLastWeek = movedToInterview("c-last-week", "2026-11-22T10:00:00.000Z");
    const addedThisWeek = candidate({
      id: "c-new",
      contacts: [],
      createdAt: "2026-11-24T10:00:00.000Z",
      stageHistory: [{ stageId: "applied", at: "2026-11-24T10:00:00.000Z" }],
    });
    // Written before the stage history existed: the first entry it holds is a move.
    const olderDocument = candidate({
      ...base,
      id: "c-older",
      stageId: "interview",
      stageHistory: [{ stageId: "interview", at: "2026-11-23T08:00:00.000Z" }],
    });
    const todo = weeklyTodo(
      [process({ candidates: [moved, movedLastWeek, addedThisWeek, olderDocument] })],
      settings,
      NOW,
    );
    expect(todo.handled).toEqual([key("c-moved"), key("c-older")]);
  });

  it("writes OneNote to-dos with the item's id, escaping whatever the candidate's name holds", () => {
    const c = candidate({
      name: "<img src=x onerror=alert(1)>",
      contacts: [applied("2026-11-10T09:00:00.000Z")],
    });
    const todo = weeklyTodo([process({ candidates: [c] })], settings, NOW);
    const item = todo.items[0]!;
    const html = todoItemHtml(item, "sv");
    expect(html).toMatch(new RegExp(`^<p data-tag="to-do" data-id="${item.id}"><b>Försenad:</b> `));
    expect(html).toContain("&lt;img src=x onerror=alert(1)&gt;");
    expect(html).toContain("(onsdag 25/11)");
    const page = weeklyTodoPageHtml(todo, "en");
    expect(page).toContain("<title>Svara – to do week 48, 2026</title>");
    expect(page).not.toContain("<img");
  });
});

describe("the key that finds this week's to-do page", () => {
  const day = fc
    .date({
      min: new Date("2000-01-01T00:00:00Z"),
      max: new Date("2099-12-31T00:00:00Z"),
      noInvalidDate: true,
    })
    .map((d) => d.toISOString().slice(0, 10));

  it("is the same whichever language the page's title was written in, any day of any year", () => {
    fc.assert(
      fc.property(day, (date) => {
        const todo = weeklyTodo([], settings, `${date}T12:00:00.000Z`);
        expect(weekKeyFromTitle(todo.title.sv)).toBe(todo.weekKey);
        expect(weekKeyFromTitle(todo.title.en)).toBe(todo.weekKey);
      }),
    );
  });

  it.each([
    ["2026-12-31", "2026-W53"],
    ["2027-01-03", "2026-W53"],
    ["2027-01-04", "2027-W01"],
    ["2024-12-30", "2025-W01"],
  ])("names %s's week %s in both languages, across the year boundary", (date, key) => {
    const todo = weeklyTodo([], settings, `${date}T12:00:00.000Z`);
    expect(todo.weekKey).toBe(key);
    expect(weekKeyFromTitle(todo.title.sv)).toBe(key);
    expect(weekKeyFromTitle(todo.title.en)).toBe(key);
  });

  it("is none for a page that is not one of Svara's weeks", () => {
    expect(weekKeyFromTitle("Mina anteckningar")).toBeNull();
    expect(weekKeyFromTitle("Svara – att göra vecka 54, 2026")).toBeNull();
  });
});
