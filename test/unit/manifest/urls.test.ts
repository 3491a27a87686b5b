import { checkUrls, collectUrls } from "../../../scripts/manifest/urls";
import { broken, messages, realManifest, rootOf } from "./manifestText";

describe("checkUrls", () => {
  it("accepts the real manifest (https://localhost:3000 throughout)", () => {
    const root = rootOf(realManifest());
    expect(checkUrls(root).problems).toEqual([]);
    expect(collectUrls(root).length).toBeGreaterThanOrEqual(8);
  });

  it("rejects an http:// URL outside localhost, naming the element", () => {
    const xml = broken(
      '<SupportUrl DefaultValue="https://localhost:3000/support.html" />',
      '<SupportUrl DefaultValue="http://svara.example/support" />',
    );
    expect(messages(checkUrls(rootOf(xml)))).toEqual([
      "<SupportUrl> at OfficeApp[MailApp]/SupportUrl: http://svara.example/support must use https:// (http:// is tolerated only for localhost)",
    ]);
  });

  it("rejects an http:// URL in a resource override", () => {
    const xml = broken(
      '<bt:Url id="Taskpane.Url" DefaultValue="https://localhost:3000/taskpane.html" />',
      '<bt:Url id="Taskpane.Url" DefaultValue="https://localhost:3000/taskpane.html"><bt:Override Locale="sv-SE" Value="http://svara.example/sv/taskpane.html" /></bt:Url>',
    );
    expect(messages(checkUrls(rootOf(xml)))).toContainEqual(
      expect.stringMatching(
        /<bt:Url id="Taskpane.Url"> at .*\(Override sv-SE\): http:\/\/svara\.example\/sv\/taskpane\.html must use https/,
      ),
    );
  });

  it("tolerates http:// on localhost (a developer's machine)", () => {
    const xml = broken("https://localhost:3000/support.html", "http://localhost:3000/support.html");
    expect(checkUrls(rootOf(xml)).problems).toEqual([]);
  });

  it("with noLocalhost rejects localhost (a release manifest) and accepts a rewritten copy", () => {
    const dev = rootOf(realManifest());
    expect(messages(checkUrls(dev, { noLocalhost: true }))).toContainEqual(
      "<SupportUrl> at OfficeApp[MailApp]/SupportUrl: https://localhost:3000/support.html points at localhost, which a release manifest must not",
    );
    const release = rootOf(broken("https://localhost:3000", "https://svara.example"));
    expect(checkUrls(release, { noLocalhost: true }).problems).toEqual([]);
  });

  it("rejects a relative URL", () => {
    const xml = broken("https://localhost:3000/support.html", "/support.html");
    expect(messages(checkUrls(rootOf(xml)))).toContainEqual(
      expect.stringContaining('"/support.html" is not an absolute URL'),
    );
  });
});
