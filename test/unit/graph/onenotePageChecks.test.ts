import { ok, err, type Result } from "../../../src/domain/result";
import { malformedAnswer } from "../../../src/graph/adapters-support/answerShape";
import type { GraphAppError } from "../../../src/graph/graphError";
import type { GraphHttp } from "../../../src/graph/graphHttp";
import { createCandidatePages } from "../../../src/graph/onenoteCandidatePages";
import type { SvaraNotebook } from "../../../src/graph/onenoteNotebook";
import { readablePage, SETTLE_MS } from "../../../src/graph/onenotePageChecks";

const page = (...ids: string[]): string =>
  `<html lang="sv-SE"><head><title>Åsa Öberg</title></head><body data-absolute-enabled="true" style="font-family:Calibri">` +
  ids.map((id) => `<p data-id="${id}">${id}</p>`).join("") +
  `</body></html>`;

describe("a OneNote page read counts only when it is a whole OneNote page", () => {
  it("takes OneNote's output HTML", () => {
    expect(readablePage(page("svara-log"))).toEqual({ ok: true, value: page("svara-log") });
  });

  it.each([
    ["an empty answer", ""],
    ["no answer at all", undefined],
    ["JSON where HTML should be", { value: [] }],
    ["a captive portal's sign-in page", "<html><body><form>Logga in på gästnätet</form></body></html>"],
    ["a page cut off mid-way", page("svara-log").slice(0, 140)],
  ])("refuses %s as a retryable error", (_what, body) => {
    const read = readablePage(body);
    expect(!read.ok && read.error).toMatchObject({ code: "graph-answer-malformed", retryable: true });
  });
});

/** A notebook whose page reads come from a script, and whose appends are counted. */
function fakeBook(
  reads: Array<Result<string, GraphAppError>>,
  appendAnswers: Array<Result<void, GraphAppError>> = [],
) {
  const appends: string[] = [];
  const book = {
    pageContent: async () => reads.shift() ?? err(malformedAnswer("onenote page", "script ran out")),
    append: async (_pageId: string, entries: readonly { id: string }[]) => {
      appends.push(...entries.map((e) => e.id));
      return appendAnswers.shift() ?? ok(undefined);
    },
  } as unknown as SvaraNotebook;
  return { book, appends };
}

const cutOff: GraphAppError = {
  code: "graph-offline",
  message: { sv: "", en: "" },
  retryable: true,
};
const entry = { id: "note-1", html: "<p>Ring i dag.</p>" };

describe("the log never writes an entry twice because a read was bad", () => {
  it("does not append on an unreadable page, and says try again", async () => {
    const { book, appends } = fakeBook([err(malformedAnswer("onenote page", "not a OneNote page"))]);
    const notes = createCandidatePages({} as GraphHttp, book, () => 0);
    const result = await notes.appendEntry("p1", entry);
    expect(!result.ok && result.error.retryable).toBe(true);
    expect(appends).toEqual([]);
  });

  it("does not append when a read after a lost append comes back shorter than the page was", async () => {
    let t = 0;
    const { book, appends } = fakeBook(
      [
        ok(page("svara-log", "e0")), // before: the page as it was
        ok(page("svara-log", "e0")), // after the lost answer: OneNote's read lags behind
        ok(page("svara-log")), // the outbox's retry: a stale, shorter read
        ok(page("svara-log", "e0", "note-1")), // later: the read has caught up
      ],
      [err(cutOff)],
    );
    const notes = createCandidatePages({} as GraphHttp, book, () => t);
    expect((await notes.appendEntry("p1", entry)).ok).toBe(false);
    t += 5_000;
    const retried = await notes.appendEntry("p1", entry);
    expect(!retried.ok && retried.error.cause).toMatchObject({ problem: "shorter than known" });
    t += 5_000;
    expect(await notes.appendEntry("p1", entry)).toEqual({ ok: true, value: "already-there" });
    expect(appends).toEqual(["note-1"]); // once
  });

  it("writes the entry again once OneNote has had time to show a lost append that never happened", async () => {
    let t = 0;
    const { book, appends } = fakeBook(
      [ok(page("svara-log")), ok(page("svara-log")), ok(page("svara-log")), ok(page("svara-log"))],
      [err(cutOff)],
    );
    const notes = createCandidatePages({} as GraphHttp, book, () => t);
    await notes.appendEntry("p1", entry);
    t += 10_000;
    expect((await notes.appendEntry("p1", entry)).ok).toBe(false); // still settling: no append
    t += SETTLE_MS;
    expect(await notes.appendEntry("p1", entry)).toEqual({ ok: true, value: "appended" });
    expect(appends).toEqual(["note-1", "note-1"]); // the first never reached the page
  });

  it("believes a shorter page once it has settled: entries she deleted herself do not block the log", async () => {
    let t = 0;
    const { book, appends } = fakeBook([ok(page("svara-log", "a", "b")), ok(page("svara-log"))]);
    const notes = createCandidatePages({} as GraphHttp, book, () => t);
    expect(await notes.appendEntry("p1", { id: "a", html: "" })).toEqual({
      ok: true,
      value: "already-there",
    });
    t += SETTLE_MS;
    expect(await notes.appendEntry("p1", entry)).toEqual({ ok: true, value: "appended" });
    expect(appends).toEqual(["note-1"]);
  });
});
