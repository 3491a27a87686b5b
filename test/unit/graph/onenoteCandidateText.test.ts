// A candidate's OneNote page as the export shows it: the words of each paragraph, heading, list
// item and table row, as OneNote hands the page back (its output HTML), without the markup.
import { pageTextEntries } from "../../../src/graph/onenoteCandidateText";

const page = (inner: string) =>
  `<html lang="sv-SE"><head><title>Åsa Öberg</title><meta name="created" content="2026-11-24T15:00:00Z" /></head>` +
  `<body data-absolute-enabled="true" style="font-family:Calibri;font-size:11pt">${inner}</body></html>`;

describe("the OneNote page read as text for an export", () => {
  it("gives one entry per heading, paragraph and list item, in page order, entities decoded", () => {
    const html = page(
      `<div id="div:{1}" data-id="svara-log" style="position:absolute;left:48px;top:120px">` +
        `<h1 data-id="svara-candidate-c1">Åsa Öberg</h1>` +
        `<p data-id="svara-header"><span style="font-weight:bold">Process:</span> Backend &amp; drift<br/>` +
        `<span style="font-weight:bold">Steg:</span> Intervju</p>` +
        `<h2>Logg</h2>` +
        `<div data-id="n-1"><p>24 nov 14:00 · Anteckning: Stark i &lt;Kotlin&gt;.</p></div>` +
        `<ul><li>Ring tisdag</li><li></li><li>Skicka case</li></ul>` +
        `</div>`,
    );
    expect(pageTextEntries(html)).toEqual([
      "Åsa Öberg",
      "Process: Backend & drift\nSteg: Intervju",
      "Logg",
      "24 nov 14:00 · Anteckning: Stark i <Kotlin>.",
      "Ring tisdag",
      "Skicka case",
    ]);
  });

  it("keeps a table row as one entry with its cells side by side, and leaves out the page title", () => {
    const html = page(
      `<table><tr><td>Lön</td><td>45 000</td></tr><tr><th>Start</th><td>1 mars</td></tr></table>`,
    );
    expect(pageTextEntries(html)).toEqual(["Lön · 45 000", "Start · 1 mars"]);
  });

  it("gives no entries for an empty page and never shows a script's or style's text", () => {
    expect(pageTextEntries(page(`<div><p> </p></div>`))).toEqual([]);
    expect(pageTextEntries(page(`<style>p{color:red}</style><p>Hej</p><script>alert(1)</script>`))).toEqual([
      "Hej",
    ]);
  });
});
