import { allPages } from "../../../src/graph/adapters-support/paging";
import { graphOver, json, scriptedFetch } from "./fakeGraph";

const BASE = "https://graph.microsoft.com/v1.0";
const page = (ids: string[], next?: string) =>
  json(200, { value: ids.map((id) => ({ id })), ...(next ? { "@odata.nextLink": next } : {}) });

describe("a listing follows Graph's pages, and only real ones", () => {
  it("reads every page of a listing to its end", async () => {
    const { fetchImpl, sent } = scriptedFetch(
      page(["a", "b"], `${BASE}/me/todo/lists?$skiptoken=2`),
      page(["c"]),
    );
    const { http } = graphOver(fetchImpl);
    const listed = await allPages<{ id: string }>(http, "/me/todo/lists");
    expect(listed.ok && listed.value.items.map((i) => i.id)).toEqual(["a", "b", "c"]);
    expect(sent).toHaveLength(2);
  });

  it("stops with an error on the second page when a nextLink points to itself, instead of 255,331 requests", async () => {
    const self = `${BASE}/me/todo/lists/L/tasks?$skiptoken=1`;
    const { fetchImpl, sent } = scriptedFetch(...Array.from({ length: 50 }, () => page(["t"], self)));
    const { http } = graphOver(fetchImpl);
    const listed = await allPages(http, "/me/todo/lists/L/tasks", { what: "todo tasks" });
    expect(listed.ok).toBe(false);
    if (!listed.ok) {
      expect(listed.error.code).toBe("graph-paging-loop");
      expect(listed.error.retryable).toBe(true);
      expect(listed.error.cause).toEqual({ what: "todo tasks", problem: "repeated nextLink", pages: 2 });
    }
    expect(sent).toHaveLength(2);
  });

  it("catches a loop through two links as well", async () => {
    const a = `${BASE}/me/events?$skip=1`;
    const b = `${BASE}/me/events?$skip=2`;
    const { fetchImpl, sent } = scriptedFetch(page(["1"], a), page(["2"], b), page(["3"], a), page(["4"], b));
    const { http } = graphOver(fetchImpl);
    const listed = await allPages(http, "/me/events");
    expect(!listed.ok && listed.error.code).toBe("graph-paging-loop");
    expect(sent).toHaveLength(3);
  });

  it("stops past the page cap when every page has a new nextLink", async () => {
    let n = 0;
    const endless = () => page([`x${n}`], `${BASE}/me/events?$skip=${++n}`);
    const { fetchImpl, sent } = scriptedFetch(...Array.from({ length: 20 }, () => endless));
    const { http } = graphOver(fetchImpl);
    const listed = await allPages(http, "/me/events", { maxPages: 5 });
    expect(!listed.ok && listed.error.cause).toEqual({ what: "listing", problem: "page cap", pages: 5 });
    expect(sent).toHaveLength(5);
  });

  it.each([
    [
      "a proxy's HTML page",
      new Response("<html>Logga in på gästnätet</html>", {
        status: 200,
        headers: { "content-type": "text/html" },
      }),
    ],
    ["an empty object", json(200, {})],
    [
      "JSON cut off mid-way",
      new Response('{"value":[{"id":"AAMk', { status: 200, headers: { "content-type": "application/json" } }),
    ],
  ])("takes %s on a later page as an error, not as the end of the list", async (_what, bad) => {
    const { fetchImpl } = scriptedFetch(page(["a"], `${BASE}/me/events?$skip=1`), bad);
    const { http } = graphOver(fetchImpl);
    const listed = await allPages(http, "/me/events");
    expect(!listed.ok && listed.error.code).toBe("graph-answer-malformed");
  });

  it("stops at the limit without following further links", async () => {
    const { fetchImpl, sent } = scriptedFetch(page(["a", "b"], `${BASE}/me/messages?$skip=2`));
    const { http } = graphOver(fetchImpl);
    const listed = await allPages<{ id: string }>(http, "/me/messages", { limit: 2 });
    expect(listed.ok && listed.value.items).toHaveLength(2);
    expect(sent).toHaveLength(1);
  });
});
