import type { RequestEntry } from "../../graph-emulator";
import { batchCount, describe as describeLog, isReconcile } from "../../../scripts/bench/requestLog";
import { details } from "../../../scripts/bench/figure";

const entry = (method: string, path: string, batch?: RequestEntry["batch"]): RequestEntry => ({
  seq: 1,
  at: "2026-11-25T10:00:00.000Z",
  method,
  path,
  query: "",
  status: 200,
  durationMs: 1,
  clientRequestId: null,
  dropped: false,
  ...(batch ? { batch } : {}),
});
const sub = (url: string) => ({ id: "1", method: "POST", url, status: 201 });

describe("the bench reads the emulator's request log", () => {
  it("counts To Do and calendar requests, and $batches made only of them, as follow-up reconcile", () => {
    expect(isReconcile(entry("GET", "/me/todo/lists"))).toBe(true);
    expect(isReconcile(entry("POST", "/me/events"))).toBe(true);
    expect(isReconcile(entry("PUT", "/me/drive/special/approot:/processes/p.json:/content"))).toBe(false);
    expect(isReconcile(entry("POST", "/$batch", [sub("/me/todo/lists/x/tasks"), sub("/me/events")]))).toBe(
      true,
    );
    expect(isReconcile(entry("POST", "/$batch", [sub("/me/messages")]))).toBe(false);
  });

  it("names what the requests were, ids and app-folder paths folded", () => {
    const log = [
      entry("GET", "/me/drive/special/approot:/processes:/children"),
      entry("POST", "/$batch", [sub("/me/events"), sub("/me/events")]),
      entry("POST", "/$batch", [sub("/me/events")]),
      entry("GET", "/me/onenote/pages/0-e0573c96664d4dbeaf94f3cd5a1cb1ee!1-91451cac/content"),
      entry("GET", "/me/onenote/pages/0-e0573c96664d4dbeaf94f3cd5a1cb1ee!1-91451cac/content"),
    ];
    expect(describeLog(log)).toBe(
      "GET /me/drive/special/approot:/…:/children, POST $batch[2], POST $batch[1], 2× GET /me/onenote/pages/{id}/content",
    );
    expect(batchCount(log)).toBe(2);
  });

  it("prints a figure's detail under the table, only for figures that have one", () => {
    expect(
      details([
        { name: "a", measured: "1", budget: "2", pass: true, detail: "GET /me" },
        { name: "b", measured: "1", budget: "2", pass: true },
      ]),
    ).toBe("- a: GET /me");
  });
});
