import { checkResids } from "../../../scripts/manifest/resids";
import { broken, messages, realManifest, rootOf } from "./manifestText";

describe("checkResids", () => {
  it("accepts the real manifest: every resid resolves, every resource is used", () => {
    const result = checkResids(rootOf(realManifest()));
    expect(result.problems).toEqual([]);
    expect(result.checks).toBeGreaterThan(20);
  });

  it("rejects a resid with no resource, naming the element and the resid", () => {
    const xml = broken('<Label resid="Group.Label" />', '<Label resid="Group.Lable" />');
    expect(messages(checkResids(rootOf(xml)))).toContainEqual(
      expect.stringMatching(
        /<Label resid="Group\.Lable"> at .*ExtensionPoint\[MessageReadCommandSurface\].*: resid "Group\.Lable" is not in <Resources>/,
      ),
    );
  });

  it("rejects a resid that points at the wrong kind of resource", () => {
    const xml = broken('<Title resid="OpenPane.Title" />', '<Title resid="OpenPane.Description" />');
    expect(messages(checkResids(rootOf(xml)))).toContainEqual(
      expect.stringContaining(
        'resid "OpenPane.Description" is under <LongStrings> but must be under <ShortStrings>',
      ),
    );
  });

  it("rejects a SourceLocation resid that names a string, not a Url", () => {
    const xml = broken('<SourceLocation resid="Taskpane.Url" />', '<SourceLocation resid="Group.Label" />');
    expect(messages(checkResids(rootOf(xml)))).toContainEqual(
      expect.stringContaining('resid "Group.Label" is under <ShortStrings> but must be under <Urls>'),
    );
  });

  it("rejects a resource id longer than 32 characters, and the resid that uses it", () => {
    const long = "Svara.OpenTaskPane.Button.Label.X"; // 33
    const xml = broken('"OpenPane.Label"', `"${long}"`);
    const found = messages(checkResids(rootOf(xml)));
    expect(found).toContainEqual(`resource id "${long}" is 33 characters; at most 32 allowed`);
    expect(found).toContainEqual(expect.stringMatching(/resid ".*" is 33 characters; at most 32 allowed/));
  });

  it("rejects a resource id declared twice", () => {
    const xml = broken('<bt:Url id="Taskpane.Url"', '<bt:Url id="Icon.16"');
    expect(messages(checkResids(rootOf(xml)))).toContainEqual(
      'resource id "Icon.16" is declared more than once',
    );
  });

  it("rejects a resource nobody references", () => {
    const xml = broken(
      "</bt:ShortStrings>",
      '  <bt:String id="Unused.Label" DefaultValue="Never shown" />\n        </bt:ShortStrings>',
    );
    expect(messages(checkResids(rootOf(xml)))).toContainEqual(
      'resource "Unused.Label" (ShortStrings) is declared but never referenced',
    );
  });

  it("rejects a short string over 125 characters (its Swedish override included)", () => {
    const xml = broken(
      '<bt:Override Locale="sv-SE" Value="Öppna Svara" />',
      `<bt:Override Locale="sv-SE" Value="${"Ö".repeat(126)}" />`,
    );
    expect(messages(checkResids(rootOf(xml)))).toContainEqual(
      'resource "OpenPane.Label" (ShortStrings) has a value of 126 characters; 1 to 125 allowed',
    );
  });
});

describe("checkResids across the two VersionOverrides layers", () => {
  it("resolves the event runtime's page and script (Runtime and its javascript Override) to Urls", () => {
    const xml = broken(
      '<Override type="javascript" resid="JSRuntime.Url" />',
      '<Override type="javascript" resid="Group.Label" />',
    );
    expect(messages(checkResids(rootOf(xml)))).toContainEqual(
      expect.stringMatching(
        /<Override resid="Group.Label"> at .*Runtime\/Override: resid "Group.Label" is under <ShortStrings> but must be under <Urls>/,
      ),
    );
  });

  it("does not let the 1.0 layer use a resource only the 1.1 layer declares", () => {
    const xml = broken(
      /(<VersionOverrides xmlns="http:\/\/schemas.microsoft.com\/office\/mailappversionoverrides" [\s\S]*?)<SourceLocation resid="Taskpane.Url" \/>/,
      '$1<SourceLocation resid="WebViewRuntime.Url" />',
    );
    expect(messages(checkResids(rootOf(xml)))).toContainEqual(
      expect.stringMatching(/V1_0\]\/Hosts.*: resid "WebViewRuntime.Url" is not in <Resources>/),
    );
  });

  it("reports an unused resource per layer: the 1.0 copy of a string only the 1.1 layer still uses", () => {
    const inner = '<VersionOverrides xmlns="http://schemas.microsoft.com/office/mailappversionoverrides/1.1"';
    const [outer, rest] = realManifest().split(inner) as [string, string];
    const xml =
      outer.split('<Title resid="OpenPane.Title" />').join('<Title resid="OpenPane.Label" />') + inner + rest;
    const found = messages(checkResids(rootOf(xml)));
    expect(found).toEqual(['resource "OpenPane.Title" (ShortStrings) is declared but never referenced']);
  });
});
