// The weekly OneNote page stays true however the plan moves, and never at the recruiter's expense:
// the diff's changes are applied by the Graph emulator's own PATCH of page content (append, insert,
// replace by data-id), and the page is read back the way the adapter reads OneNote.
import fc from "fast-check";
import {
  candidateHash,
  todoLineId,
  todoPageChanges,
  weeklyTodoPageHtml,
  type TodoItem,
  type TodoPageChange,
  type WeeklyTodo,
} from "../../../src/domain";
import { todoPageLines } from "../../../src/graph/onenoteTodoPage";
import { patchContent, renderPage } from "../../graph-emulator/resources/onenotePages";
import type { Ctx } from "../../graph-emulator/router";
import type { Json } from "../../graph-emulator/store";

const TODAY = "2026-11-25";

/** A OneNote page as the emulator keeps it, changed only through its PATCH. */
function onenotePage(html: string) {
  const body = /<body>([\s\S]*)<\/body>/.exec(html)![1]!;
  const p: Json = { id: `0-${"a".repeat(32)}!1-s`, title: "t", _body: `<div>${body}</div>`, _ids: 0 };
  const store = { nowIso: () => "2026-11-25T08:00:00Z", changed: () => undefined };
  return {
    patch(changes: readonly object[]) {
      if (changes.length === 0) return;
      patchContent({ body: Buffer.from(JSON.stringify(changes)), store } as unknown as Ctx, p);
    },
    html: () => renderPage(p, false),
  };
}

const item = (who: string, what: string, text: string, day: string, overdue: boolean): TodoItem => {
  const followUpId = `p1:${who}:${what}`;
  return {
    id: todoLineId("week", "p1", who, followUpId),
    todayId: todoLineId("today", "p1", who, followUpId),
    followUpId,
    processId: "p1",
    candidateId: who,
    day: overdue ? TODAY : day,
    text: { sv: text, en: `${text} (en)` },
    overdue,
  };
};

const WHO = ["karin", "asa", "li", "olof"];
const anItem = fc
  .record({
    who: fc.constantFrom(...WHO),
    what: fc.constantFrom("answer-due:1", "call:1", "status-update:1", "survey:1"),
    text: fc.constantFrom("Svara", "Ring", "Lägesuppdatering <snart>", "Enkät & tack"),
    day: fc.constantFrom("2026-11-23", TODAY, "2026-11-26", "2026-11-29"),
    overdue: fc.boolean(),
  })
  .map((r) => item(r.who, r.what, `${r.text} ${r.who}`, r.day < TODAY ? TODAY : r.day, r.overdue));

const aWeek: fc.Arbitrary<WeeklyTodo> = fc
  .record({
    items: fc.uniqueArray(anItem, { selector: (i) => i.followUpId, maxLength: 8 }),
    done: fc.subarray(WHO.flatMap((w) => ["answer-due:1", "call:1"].map((k) => `p1:${w}:${k}`))),
    handled: fc.subarray(WHO.map((w) => candidateHash("p1", w))),
  })
  .map(({ items, done, handled }) => ({
    weekKey: "2026-W48",
    monday: "2026-11-23",
    today: TODAY,
    title: { sv: "Svara – att göra vecka 48, 2026", en: "Svara – to do week 48, 2026" },
    items: items.filter((i) => !done.includes(i.followUpId)),
    done,
    handled,
  }));

/** What she does by hand: ticks some of Svara's lines, writes lines of her own between them. */
const handWork = fc.array(fc.record({ tick: fc.boolean(), at: fc.nat(), own: fc.boolean() }), {
  maxLength: 5,
});

function doHandWork(
  page: ReturnType<typeof onenotePage>,
  work: readonly { tick: boolean; at: number; own: boolean }[],
): { ticked: string[]; own: string[] } {
  const ticked: string[] = [];
  const own: string[] = [];
  work.forEach((w, n) => {
    const todos = todoPageLines(page.html()).filter((l) => /^svara-(todo|today)-/.test(l.dataId));
    const line = todos[w.at % Math.max(1, todos.length)];
    if (w.tick && line && !line.ticked && !line.struck) {
      page.patch([
        {
          target: `#${line.dataId}`,
          action: "replace",
          content: `<p data-tag="to-do:completed" data-id="${line.dataId}">${line.inner}</p>`,
        },
      ]);
      ticked.push(line.dataId);
    }
    if (w.own) {
      const text = `Egen rad ${n}`;
      page.patch([
        line
          ? { target: `#${line.dataId}`, action: "insert", position: "after", content: `<p>${text}</p>` }
          : { target: "body", action: "append", content: `<p>${text}</p>` },
      ]);
      own.push(text);
    }
  });
  return { ticked, own };
}

const update = (page: ReturnType<typeof onenotePage>, todo: WeeklyTodo): TodoPageChange[] => {
  const changes = todoPageChanges(todo, todoPageLines(page.html()), "sv");
  page.patch(changes);
  return changes;
};

describe("the weekly page brought up to date", () => {
  it("changes nothing the second time the same plan is applied", () => {
    fc.assert(
      fc.property(aWeek, handWork, aWeek, (first, work, next) => {
        const page = onenotePage(weeklyTodoPageHtml(first, "sv"));
        doHandWork(page, work);
        update(page, next);
        expect(todoPageChanges(next, todoPageLines(page.html()), "sv")).toEqual([]);
      }),
    );
  });

  it("keeps every line she wrote herself and every box she ticked, through any change of plan", () => {
    fc.assert(
      fc.property(aWeek, handWork, aWeek, aWeek, (first, work, next, later) => {
        const page = onenotePage(weeklyTodoPageHtml(first, "sv"));
        const { ticked, own } = doHandWork(page, work);
        update(page, next);
        update(page, later);
        const html = page.html();
        for (const text of own) expect(html.split(`<p>${text}</p>`)).toHaveLength(2);
        const lines = todoPageLines(html);
        for (const id of ticked) expect(lines.find((l) => l.dataId === id)?.ticked).toBe(true);
      }),
    );
  });

  it("lists each of the plan's follow-ups once in the week and today's once on top, never twice", () => {
    fc.assert(
      fc.property(aWeek, handWork, aWeek, (first, work, next) => {
        const page = onenotePage(weeklyTodoPageHtml(first, "sv"));
        doHandWork(page, work);
        update(page, next);
        const html = page.html();
        const ids = todoPageLines(html).map((l) => l.dataId);
        expect(new Set(ids).size).toBe(ids.length);
        for (const i of next.items) expect(ids).toContain(i.id);
        for (const i of next.items.filter((x) => x.day === TODAY)) {
          expect(ids.indexOf(i.todayId)).toBeLessThan(ids.indexOf("svara-week"));
        }
        expect(ids[0]).toBe("svara-today");
      }),
    );
  });
});

describe("a change of plan, line by line", () => {
  const week = (items: TodoItem[], more: Partial<WeeklyTodo> = {}): WeeklyTodo => ({
    weekKey: "2026-W48",
    monday: "2026-11-23",
    today: TODAY,
    title: { sv: "v", en: "w" },
    items,
    done: [],
    handled: [],
    ...more,
  });
  const answer = item("karin", "answer-due:1", "Svara Karin", "2026-11-26", false);
  const call = item("karin", "call:1", "Ring Karin", "2026-11-27", false);
  const survey = item("asa", "survey:1", "Enkät till Åsa", "2026-11-26", false);

  it("rewrites the candidate's line in place when a stage change replaces their next step", () => {
    const page = onenotePage(weeklyTodoPageHtml(week([answer, survey]), "sv"));
    const changes = update(page, week([call, survey]));
    expect(changes).toEqual([
      {
        target: `#${answer.id}`,
        action: "replace",
        content: `<p data-tag="to-do" data-id="${call.id}">Ring Karin <i>(fredag 27/11)</i></p>`,
      },
    ]);
  });

  it("ticks a follow-up done in Svara, and one that left the plan after she handled the candidate", () => {
    const page = onenotePage(weeklyTodoPageHtml(week([answer, survey]), "sv"));
    const changes = update(
      page,
      week([], { done: [answer.followUpId], handled: [candidateHash("p1", "asa")] }),
    );
    expect(changes.map((c) => [c.target, /to-do:completed/.test(c.content)])).toEqual([
      [`#${answer.id}`, true],
      [`#${survey.id}`, true],
    ]);
  });

  it("strikes through what the plan dropped, keeping the line's words", () => {
    const page = onenotePage(weeklyTodoPageHtml(week([survey]), "sv"));
    const [change] = update(page, week([]));
    expect(change).toEqual({
      target: `#${survey.id}`,
      action: "replace",
      content: `<p data-id="${survey.id}"><del>Enkät till Åsa <i>(torsdag 26/11)</i></del></p>`,
    });
  });

  it("ticks the week's line too when she ticked the same follow-up in today's section", () => {
    const today = item("li", "answer-due:1", "Svara Li", TODAY, true);
    const page = onenotePage(weeklyTodoPageHtml(week([today]), "sv"));
    page.patch([
      {
        target: `#${today.todayId}`,
        action: "replace",
        content: `<p data-tag="to-do:completed" data-id="${today.todayId}">Svara Li</p>`,
      },
    ]);
    const changes = update(page, week([today]));
    expect(changes).toHaveLength(1);
    expect(changes[0]!.target).toBe(`#${today.id}`);
    expect(changes[0]!.content).toContain('data-tag="to-do:completed"');
  });

  it("gives a page made before today's section had one its section on top, once", () => {
    const old = `<body><p data-tag="to-do" data-id="svara-todo-${"0".repeat(8)}">Gammal rad</p></body>`;
    const page = onenotePage(old);
    const today = item("li", "answer-due:1", "Svara Li", TODAY, true);
    update(page, week([today]));
    const ids = todoPageLines(page.html()).map((l) => l.dataId);
    expect(ids).toEqual([
      "svara-today",
      today.todayId,
      "svara-week",
      `svara-todo-${"0".repeat(8)}`,
      today.id,
    ]);
    expect(todoPageLines(page.html()).find((l) => l.dataId.endsWith("0".repeat(8)))?.struck).toBe(true);
    expect(todoPageChanges(week([today]), todoPageLines(page.html()), "sv")).toEqual([]);
  });
});

describe("an erased candidate on the weekly page", () => {
  const week = (items: TodoItem[], erased: string[] = []): WeeklyTodo => ({
    weekKey: "2026-W48",
    monday: "2026-11-23",
    today: TODAY,
    title: { sv: "v", en: "w" },
    items,
    done: [],
    handled: [],
    erased,
  });

  it("loses their lines whole — open, ticked or struck — and keeps everyone else's", () => {
    const asa = item("asa", "call", "Ring Åsa", TODAY, false);
    const asaLater = item("asa", "answer", "Svara Åsa", "2026-11-27", false);
    const li = item("li", "answer", "Svara Li", "2026-11-26", false);
    const page = onenotePage(weeklyTodoPageHtml(week([asa, asaLater, li]), "sv"));
    page.patch([
      {
        target: `#${asa.id}`,
        action: "replace",
        content: `<p data-tag="to-do:completed" data-id="${asa.id}">Ring Åsa</p>`,
      },
    ]);
    const changes = update(page, week([li], [candidateHash("p1", "asa")]));
    expect(changes.filter((c) => c.action === "delete")).toHaveLength(3); // week ×2, today ×1
    const html = page.html();
    expect(html).not.toContain("Åsa");
    expect(html).toContain("Svara Li");
    expect(todoPageChanges(week([li], [candidateHash("p1", "asa")]), todoPageLines(html), "sv")).toEqual([]);
  });

  it("places a new line beside one that stays, not beside one removed in the same change", () => {
    const asa = item("asa", "answer", "Svara Åsa", "2026-11-27", false);
    const li = item("li", "answer", "Svara Li", "2026-11-26", false);
    const page = onenotePage(weeklyTodoPageHtml(week([asa]), "sv"));
    update(page, week([li], [candidateHash("p1", "asa")]));
    const html = page.html();
    expect(html).not.toContain("Åsa");
    expect(html).toContain("Svara Li");
  });
});
