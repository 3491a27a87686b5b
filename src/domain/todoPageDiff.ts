// Keeping the weekly to-do page true: what the plan wants against what the page holds, as the
// fewest OneNote PATCH changes, each aimed at one of Svara's data-ids. A follow-up done is ticked; a
// changed one is rewritten in place (the same follow-up with new words, or the candidate's next
// step taking the line of the one that left); one that left the plan with nothing in its place is
// struck through (or ticked when she handled the candidate this week). What the recruiter wrote
// (elements without Svara's data-ids) and what she ticked is never a target, and words she added
// inside a Svara line are kept when it is ticked or struck through. An erased candidate's lines are
// removed (decision 0010). Applying the result and asking
// again gives no changes: the page is its own memory, nothing else is stored.

import { fnv1a } from "./followUp";
import type { Language } from "./result";
import {
  TODO_HEADING_IDS,
  todayItems,
  todoHeadingHtml,
  todoHeadingText,
  todoItemHtml,
  todoItemText,
  type TodoItem,
  type TodoList,
  type WeeklyTodo,
} from "./weeklyTodo";

/** An element of the page carrying one of Svara's data-ids, as read back from OneNote. */
export interface TodoPageLine {
  readonly dataId: string;
  /** Its inner markup as OneNote gave it: kept when the line is ticked or struck through. */
  readonly inner: string;
  /** Its words as OneNote shows them. */
  readonly text: string;
  /** Shown ticked (`data-tag="to-do:completed"`). */
  readonly ticked: boolean;
  /** Struck through (<del>, <s> or OneNote's line-through style). */
  readonly struck: boolean;
}

/** One change of OneNote's page PATCH. */
export interface TodoPageChange {
  readonly target: string;
  readonly action: "append" | "insert" | "replace" | "delete";
  readonly position?: "before" | "after";
  /** Empty for "delete". */
  readonly content: string;
}

interface LineKey {
  readonly list: TodoList;
  /** Null on lines written before the id named the candidate (`svara-todo-{follow-up}`). */
  readonly candidate: string | null;
  readonly followUp: string;
}

/** What a to-do line's data-id says: its list, candidate and follow-up (hashes). */
function todoLineKey(dataId: string): LineKey | null {
  const m = /^svara-(todo|today)-([0-9a-f]{8})(?:-([0-9a-f]{8}))?$/.exec(dataId);
  if (!m) return null;
  return {
    list: m[1] === "todo" ? "week" : "today",
    candidate: m[3] ? m[2]! : null,
    followUp: m[3] ?? m[2]!,
  };
}

const followUpKey = (item: TodoItem): string => fnv1a(item.followUpId);
const candidateOf = (item: TodoItem): string => todoLineKey(item.id)!.candidate!;
const lineId = (item: TodoItem, list: TodoList): string => (list === "week" ? item.id : item.todayId);
const sameWords = (a: string, b: string): boolean =>
  a.replace(/\s+/g, " ").trim() === b.replace(/\s+/g, " ").trim();

/** The items of the week the recruiter ticked on the page, in either section. */
export function tickedTodoItems(todo: WeeklyTodo, page: readonly TodoPageLine[]): readonly TodoItem[] {
  const ticked = new Set(page.filter((l) => l.ticked).map((l) => todoLineKey(l.dataId)?.followUp));
  return todo.items.filter((item) => ticked.has(followUpKey(item)));
}

interface Keyed {
  readonly line: TodoPageLine;
  readonly key: LineKey;
}

/** The changes that bring the page (in its own language) in line with the week. */
export function todoPageChanges(
  todo: WeeklyTodo,
  page: readonly TodoPageLine[],
  language: Language,
): TodoPageChange[] {
  const keyed: Keyed[] = page.flatMap((line) => {
    const key = todoLineKey(line.dataId);
    return key ? [{ line, key }] : [];
  });
  const done = new Set([
    ...todo.done.map(fnv1a),
    ...keyed.filter((k) => k.line.ticked).map((k) => k.key.followUp),
  ]);
  const handled = new Set(todo.handled);
  const erased = new Set(todo.erased ?? []);
  const inPlan = new Set(todo.items.map(followUpKey));
  // A rewrite gives a line a new data-id: inserts later in the same PATCH aim at the new one.
  const renamed = new Map<string, string>();
  const changes: TodoPageChange[] = [];
  const pending: Record<TodoList, TodoItem[]> = { today: [], week: [] };

  for (const list of ["today", "week"] as const) {
    const wanted = list === "today" ? todayItems(todo) : todo.items;
    const lines = keyed.filter((k) => k.key.list === list);
    const byFollowUp = new Map<string, TodoPageLine>();
    for (const { line, key } of lines) if (!byFollowUp.has(key.followUp)) byFollowUp.set(key.followUp, line);

    for (const item of wanted) {
      const line = byFollowUp.get(followUpKey(item));
      if (!line) {
        pending[list].push(item);
        continue;
      }
      if (line.ticked) continue;
      const tickedElsewhere = done.has(followUpKey(item));
      const stale =
        line.struck ||
        line.dataId !== lineId(item, list) ||
        !sameWords(line.text, todoItemText(item, language));
      if (!tickedElsewhere && !stale) continue;
      changes.push(replace(line.dataId, todoItemHtml(item, language, { list, ticked: tickedElsewhere })));
      renamed.set(line.dataId, lineId(item, list));
    }

    const wantedKeys = new Set(wanted.map(followUpKey));
    for (const { line, key } of lines) {
      // An erased candidate's line goes whole, ticked or struck alike: it names them.
      if (key.candidate && erased.has(key.candidate)) {
        changes.push({ target: `#${line.dataId}`, action: "delete", content: "" });
        continue;
      }
      if (wantedKeys.has(key.followUp) || line.ticked || line.struck) continue;
      const successor = key.candidate ? pending[list].findIndex((i) => candidateOf(i) === key.candidate) : -1;
      if (done.has(key.followUp)) {
        changes.push(
          replace(line.dataId, `<p data-tag="to-do:completed" data-id="${line.dataId}">${line.inner}</p>`),
        );
      } else if (successor >= 0) {
        const [item] = pending[list].splice(successor, 1);
        const ticked = done.has(followUpKey(item!));
        changes.push(replace(line.dataId, todoItemHtml(item!, language, { list, ticked })));
        renamed.set(line.dataId, lineId(item!, list));
      } else if (key.candidate && handled.has(key.candidate) && !inPlan.has(key.followUp)) {
        // Gone from the plan after she mailed or called them: handled. (A line that only left
        // today's section is still open: a tick there would read back as done.)
        changes.push(
          replace(line.dataId, `<p data-tag="to-do:completed" data-id="${line.dataId}">${line.inner}</p>`),
        );
      } else {
        changes.push(replace(line.dataId, `<p data-id="${line.dataId}"><del>${line.inner}</del></p>`));
      }
    }
  }

  const heading = (list: TodoList) => page.find((l) => l.dataId === TODO_HEADING_IDS[list]);
  const todayHeading = heading("today");
  if (todayHeading && !sameWords(todayHeading.text, todoHeadingText("today", todo.today, language))) {
    changes.push(replace(TODO_HEADING_IDS.today, todoHeadingHtml("today", todo.today, language)));
  }
  // A follow-up she ticked in the other section comes ticked: a tick is one fact, shown twice.
  const html = (list: TodoList) =>
    pending[list].map((item) => todoItemHtml(item, language, { list, ticked: done.has(followUpKey(item)) }));
  const final = (id: string) => renamed.get(id) ?? id;
  // New lines are placed beside lines that stay, never beside one removed in this same PATCH.
  const staying = keyed.filter((k) => !(k.key.candidate && erased.has(k.key.candidate)));
  const last = (list: TodoList) => [...staying].reverse().find((k) => k.key.list === list)?.line.dataId;
  const firstOfWeek =
    heading("week")?.dataId ?? staying.find((k) => k.key.list === "week")?.line.dataId ?? null;
  let weekHeading = heading("week") !== undefined;

  // Today's section sits at the top: a page made before it had one gets it above the week's list.
  const lastToday = last("today") ?? (todayHeading ? TODO_HEADING_IDS.today : undefined);
  if (lastToday) {
    if (pending.today.length > 0) changes.push(insert(final(lastToday), "after", html("today")));
  } else {
    const section = [
      todoHeadingHtml("today", todo.today, language),
      ...html("today"),
      ...(weekHeading ? [] : [todoHeadingHtml("week", todo.today, language)]),
    ];
    changes.push(firstOfWeek ? insert(final(firstOfWeek), "before", section) : append(section));
    weekHeading = true;
  }
  const lastWeek = last("week") ?? (weekHeading ? TODO_HEADING_IDS.week : undefined);
  if (lastWeek) {
    if (pending.week.length > 0) changes.push(insert(final(lastWeek), "after", html("week")));
  } else changes.push(append([todoHeadingHtml("week", todo.today, language), ...html("week")]));
  return changes;
}

const replace = (dataId: string, content: string): TodoPageChange => ({
  target: `#${dataId}`,
  action: "replace",
  content,
});

const insert = (
  dataId: string,
  position: "before" | "after",
  content: readonly string[],
): TodoPageChange => ({
  target: `#${dataId}`,
  action: "insert",
  position,
  content: content.join(""),
});

const append = (content: readonly string[]): TodoPageChange => ({
  target: "body",
  action: "append",
  content: content.join(""),
});
