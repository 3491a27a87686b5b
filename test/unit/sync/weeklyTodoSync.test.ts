import { DEFAULT_SETTINGS, ok } from "../../../src/domain";
import type { NotesPort, TodoPage } from "../../../src/graph/ports";
import { syncWeeklyTodo } from "../../../src/sync/weeklyTodoSync";
import { applied, candidate, process } from "../domain/fixtures";

describe("the weekly to-do page follows the plan", () => {
  it("hands OneNote this week's plan and the recruiter's language, each to-do with its ids", async () => {
    const pages: TodoPage[] = [];
    const notes = {
      ensurePage: jest.fn(),
      appendEntry: jest.fn(),
      syncTodoPage: async (page: TodoPage) => {
        pages.push(page);
        return ok({ created: true, changed: 0, ticked: [] });
      },
    } as unknown as NotesPort;
    const late = candidate({ contacts: [applied("2026-11-10T09:00:00.000Z")] });
    const result = await syncWeeklyTodo(
      notes,
      [process({ candidates: [late] })],
      DEFAULT_SETTINGS,
      "en",
      "2026-11-25T08:00:00.000Z",
    );
    expect(result).toEqual({ ok: true, value: { created: true, changed: 0, completions: [] } });
    expect(pages[0]!.language).toBe("en");
    expect(pages[0]!.todo.title.en).toBe("Svara – to do week 48, 2026");
    expect(pages[0]!.todo.items.length).toBeGreaterThan(0);
    for (const item of pages[0]!.todo.items) {
      expect(item.id).toMatch(/^svara-todo-[0-9a-f]{8}-[0-9a-f]{8}$/);
      expect(item.todayId).toMatch(/^svara-today-[0-9a-f]{8}-[0-9a-f]{8}$/);
    }
  });

  it("queues one CompleteFollowUp for a to-do the recruiter ticked in OneNote", async () => {
    const late = candidate({ contacts: [applied("2026-11-10T09:00:00.000Z")] });
    const processes = [process({ candidates: [late] })];
    let tickedId = "";
    const notes = {
      syncTodoPage: async (page: TodoPage) => {
        tickedId = page.todo.items[0]!.followUpId;
        return ok({ created: false, changed: 0, ticked: [tickedId, "p-other:c-other:call:x"] });
      },
    } as unknown as NotesPort;
    const result = await syncWeeklyTodo(notes, processes, DEFAULT_SETTINGS, "sv", "2026-11-25T08:00:00.000Z");
    if (!result.ok) throw new Error(result.error.code);
    expect(result.value.completions).toHaveLength(1);
    const [command] = result.value.completions;
    expect(command!.type).toBe("CompleteFollowUp");
    expect(command!.id).toBe(`done:${command!.payload.followUpId}`);
    expect(command!.payload).toMatchObject({ processId: late && processes[0]!.id, candidateId: late.id });
  });
});
