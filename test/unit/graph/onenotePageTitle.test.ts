// The candidate's page is theirs by its id; its title and heading only follow the name. And the
// older To Do format's marker is found where Svara wrote it, never inside a candidate's name.
import { rememberOneNotePage } from "../../../src/domain";
import { encodeFollowUp } from "../../../src/graph/adapters-support/followUpCodec";
import { followUpFromLegacyNotes } from "../../../src/graph/adapters-support/taskBody";
import { candidatePageHtml, candidateMarker } from "../../../src/graph/onenotePage";
import { renameChanges, titleOf } from "../../../src/graph/onenotePageTitle";
import { answerFollowUp } from "../../integration/graph/followUps";
import { candidate, process } from "../domain/fixtures";

const anna = candidate({ id: "c-anna", name: "Anna & Bo Berg" });
const page = candidatePageHtml(process({ candidates: [anna] }), anna, "2026-11-24T15:00:00.000Z");

describe("a candidate's OneNote page", () => {
  it("reads the page's title as its words, & and all", () => {
    expect(titleOf(page)).toBe("Anna & Bo Berg");
    expect(titleOf("<html><body></body></html>")).toBeNull();
  });

  it("changes nothing while the name is the page's title", () => {
    expect(renameChanges(page, anna)).toEqual([]);
  });

  it("renames the title and the heading after a rename, escaped as OneNote's HTML wants it", () => {
    const renamed = { ...anna, name: "Anna <Berg> & Co" };
    expect(renameChanges(page, renamed)).toEqual([
      { target: "title", action: "replace", content: "Anna &lt;Berg&gt; &amp; Co" },
      {
        target: `#${candidateMarker("c-anna")}`,
        action: "replace",
        content: `<h1 data-id="${candidateMarker("c-anna")}">Anna &lt;Berg&gt; &amp; Co</h1>`,
      },
    ]);
  });

  it("renames only the title of a page whose heading the recruiter deleted", () => {
    const noHeading = page.replace(/<h1[\s\S]*?<\/h1>/, "");
    expect(renameChanges(noHeading, { ...anna, name: "Anna Berg" }).map((c) => c.target)).toEqual(["title"]);
  });

  it("keeps the page id in the process document once, and not for a candidate who left", () => {
    const p = process({ candidates: [anna] });
    const kept = rememberOneNotePage(p, "c-anna", "0-page!1-sec");
    expect(kept.candidates[0]!.oneNotePageId).toBe("0-page!1-sec");
    expect(rememberOneNotePage(kept, "c-anna", "0-page!1-sec")).toBe(kept);
    expect(rememberOneNotePage(p, "c-gone", "0-page!1-sec")).toBe(p);
  });
});

describe("the older To Do format's marker", () => {
  it("is read where Svara wrote it, not inside a name that contains it", () => {
    const f = answerFollowUp();
    const hostile = {
      ...f,
      title: { sv: "Svara svara:v1 {} Anna", en: "Answer svara:v1 {} Anna" },
      body: { sv: 'Ring svara:v1 {"id":1}', en: 'Call svara:v1 {"id":1}' },
    };
    const notes = `${hostile.body.sv}\n\n―― Svara ――\nsvara:v1 ${encodeFollowUp(hostile)}`;
    expect(followUpFromLegacyNotes(notes)).toEqual(hostile);
    expect(followUpFromLegacyNotes("Ring svara:v1 {}")).toBeNull();
  });
});
