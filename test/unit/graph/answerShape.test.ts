import fc from "fast-check";
import { readCollectionPage } from "../../../src/graph/adapters-support/answerShape";
import { SHAPES } from "../../../src/graph/adapters-support/listingShapes";
import { isRetryable } from "../../../src/domain/result";

const isListing = (body: unknown): boolean =>
  typeof body === "object" &&
  body !== null &&
  Array.isArray((body as { value?: unknown }).value) &&
  ((body as { value: unknown[] }).value as unknown[]).every(
    (i) => typeof i === "object" && i !== null && typeof (i as { id?: unknown }).id === "string",
  );

describe("a Graph answer is a listing only when it has the shape the adapter reads", () => {
  it.each([
    ["a proxy's HTML page", "<html><body>Please sign in to the guest network</body></html>"],
    ["an empty object", {}],
    ["JSON cut off mid-way (kept as text)", '{"value":[{"id":"AAMk'],
    ["no body at all", undefined],
    ["null", null],
    ["a bare array", [{ id: "a" }]],
    ["value that is not an array", { value: { id: "a" } }],
  ])("refuses %s as a retryable error, never as an empty list", (_what, body) => {
    const page = readCollectionPage(body, "todo tasks");
    expect(page.ok).toBe(false);
    if (page.ok) return;
    expect(page.error.code).toBe("graph-answer-malformed");
    expect(isRetryable(page.error)).toBe(true);
    expect(page.error.message.sv).toMatch(/försöker igen/);
    expect(page.error.message.en).toMatch(/try again/);
  });

  it("never puts the body in the error: bodies carry candidates' names", () => {
    const page = readCollectionPage("<html>Åsa Öberg</html>", "onenote pages");
    expect(JSON.stringify(page)).not.toMatch(/Åsa/);
  });

  it("refuses a page with an item that lacks a field its adapter finds items by", () => {
    const page = readCollectionPage(
      { value: [{ id: "s1", displayName: "Säljare" }, { id: "s2" }] },
      "onenote sections",
      SHAPES.sections,
    );
    expect(page.ok).toBe(false);
    if (!page.ok)
      expect(page.error.cause).toEqual({ what: "onenote sections", problem: "item without displayName" });
  });

  it("refuses a field of the wrong type and a link that is not a string", () => {
    expect(readCollectionPage({ value: [{ id: 7 }] }, "x").ok).toBe(false);
    expect(
      readCollectionPage({ value: [{ id: "t", linkedResources: "nope" }] }, "x", SHAPES.todoTasks).ok,
    ).toBe(false);
    expect(readCollectionPage({ value: [], "@odata.nextLink": 3 }, "x").ok).toBe(false);
  });

  it("takes a real listing, an empty one included, with its links", () => {
    expect(readCollectionPage({ value: [] }, "x")).toEqual({ ok: true, value: { value: [] } });
    const page = readCollectionPage(
      { value: [{ id: "t1", status: null, linkedResources: [] }], "@odata.nextLink": "https://graph/next" },
      "todo tasks",
      SHAPES.todoTasks,
    );
    expect(page).toEqual({
      ok: true,
      value: { value: [{ id: "t1", status: null, linkedResources: [] }], nextLink: "https://graph/next" },
    });
  });

  it("never turns anything that is not a listing into an empty list (any JSON value)", () => {
    fc.assert(
      fc.property(fc.oneof(fc.anything(), fc.record({ value: fc.anything() })), (body) => {
        const page = readCollectionPage(body, "x");
        expect(page.ok).toBe(isListing(body));
        if (!page.ok) expect(isRetryable(page.error)).toBe(true);
      }),
    );
  });
});
