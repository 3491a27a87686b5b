import { checkOrder } from "../../../scripts/manifest/xmlOrder";
import { broken, messages, realManifest, rootOf } from "./manifestText";

const PERMISSIONS = "  <Permissions>ReadWriteItem</Permissions>\n";

describe("checkOrder (XSD sequences of MS-OWEMXML)", () => {
  it("accepts the real manifest", () => {
    const result = checkOrder(rootOf(realManifest()));
    expect(result.problems).toEqual([]);
    expect(result.checks).toBeGreaterThan(50);
  });

  it("rejects OfficeApp children out of sequence (Permissions before FormSettings)", () => {
    const xml = broken(PERMISSIONS, "").replace("  <FormSettings>", `${PERMISSIONS}  <FormSettings>`);
    expect(messages(checkOrder(rootOf(xml)))).toContainEqual(
      expect.stringContaining("<FormSettings> must come before <Permissions> inside <OfficeApp"),
    );
  });

  it("rejects VersionOverrides 1.1 children out of sequence (Requirements after Hosts)", () => {
    const requirements = /\s*<Requirements>\s*<bt:Sets DefaultMinVersion="1\.12">[\s\S]*?<\/Requirements>/;
    const block = requirements.exec(realManifest())![0];
    const xml = broken(requirements, "").replace("      </Hosts>", `      </Hosts>${block}`);
    expect(messages(checkOrder(rootOf(xml)))).toContainEqual(
      expect.stringMatching(
        /<Requirements> must come before <Hosts> inside <VersionOverrides xsi:type="VersionOverridesV1_1">/,
      ),
    );
  });

  it("rejects a Supertip whose Description comes before its Title", () => {
    const xml = broken(
      /(<Title resid="OpenPane.Title" \/>)(\s*)(<Description resid="OpenPane.Description" \/>)/,
      "$3$2$1",
    );
    expect(messages(checkOrder(rootOf(xml)))).toContainEqual(
      expect.stringMatching(
        /<Title resid="OpenPane.Title"> must come before <Description .*inside <Supertip>/,
      ),
    );
  });

  it("rejects a Button whose Action comes before its Icon", () => {
    const xml = broken(
      /(<Icon>[\s\S]*?<\/Icon>)(\s*)(<Action xsi:type="ShowTaskpane">[\s\S]*?<\/Action>)/,
      "$3$2$1",
    );
    expect(messages(checkOrder(rootOf(xml)))).toContainEqual(
      expect.stringMatching(
        /<Icon> must come before <Action xsi:type="ShowTaskpane">.*inside <Control xsi:type="Button"/,
      ),
    );
  });

  it("rejects a MailApp without its required Rule", () => {
    const xml = broken(/\s*<Rule xsi:type="RuleCollection"[\s\S]*?<\/Rule>\n(?=\s*<!--)/, "\n");
    expect(messages(checkOrder(rootOf(xml)))).toContainEqual(
      expect.stringContaining(
        '<OfficeApp xsi:type="MailApp"> (OfficeApp[MailApp]) is missing its required <Rule>',
      ),
    );
  });

  it("rejects an element the modelled sequence does not know", () => {
    const xml = broken(
      "<DesktopFormFactor>",
      "<DesktopFormFactor><SupportsSharedFolders>true</SupportsSharedFolders>",
    );
    expect(messages(checkOrder(rootOf(xml)))).toContainEqual(
      expect.stringContaining("<SupportsSharedFolders> is not expected inside <DesktopFormFactor>"),
    );
  });

  it("rejects two Supertips on one button (maxOccurs)", () => {
    const xml = broken(/(<Supertip>[\s\S]*?<\/Supertip>)/, "$1$1");
    expect(messages(checkOrder(rootOf(xml)))).toContainEqual(
      expect.stringMatching(/has 2 <Supertip> elements; at most 1 allowed/),
    );
  });

  it("rejects a root that is not a MailApp", () => {
    const xml = broken('xsi:type="MailApp"', 'xsi:type="TaskPaneApp"');
    expect(messages(checkOrder(rootOf(xml)))).toContainEqual(
      expect.stringContaining('the root must be <OfficeApp xsi:type="MailApp">'),
    );
  });

  it("rejects SupportsPinning in the 1.0 layer, which has no such element", () => {
    const xml = broken(
      /(<VersionOverrides xmlns="http:\/\/schemas.microsoft.com\/office\/mailappversionoverrides" [\s\S]*?<SourceLocation resid="Taskpane.Url" \/>)/,
      "$1<SupportsPinning>true</SupportsPinning>",
    );
    expect(messages(checkOrder(rootOf(xml)))).toContainEqual(
      expect.stringMatching(
        /<SupportsPinning> is not expected inside <Action xsi:type="ShowTaskpane"> \(.*VersionOverrides\[VersionOverridesV1_0\]\/Hosts/,
      ),
    );
  });

  it("rejects an event Runtimes element in the 1.0 layer's host (1.1 only)", () => {
    const xml = broken(
      /(<VersionOverrides xmlns="http:\/\/schemas.microsoft.com\/office\/mailappversionoverrides" [\s\S]*?<Host xsi:type="MailHost">)/,
      '$1<Runtimes><Runtime resid="WebViewRuntime.Url" /></Runtimes>',
    );
    expect(messages(checkOrder(rootOf(xml)))).toContainEqual(
      expect.stringMatching(/<Runtimes> is not expected inside <Host xsi:type="MailHost"> \(.*V1_0\]\/Hosts/),
    );
  });

  it("rejects a 1.1 host whose Runtimes come after the DesktopFormFactor", () => {
    const runtimes = /\s*<Runtimes>[\s\S]*?<\/Runtimes>/;
    const block = runtimes.exec(realManifest())![0];
    // The 1.1 layer is indented one step deeper than the 1.0 one.
    const xml = broken(runtimes, "").replace(
      "          </DesktopFormFactor>\n        </Host>",
      `          </DesktopFormFactor>${block}\n        </Host>`,
    );
    expect(messages(checkOrder(rootOf(xml)))).toContainEqual(
      expect.stringContaining(
        '<Runtimes> must come before <DesktopFormFactor> inside <Host xsi:type="MailHost">',
      ),
    );
  });

  it("rejects a LaunchEvent extension point whose SourceLocation comes before its events", () => {
    const xml = broken(
      /(<LaunchEvents>[\s\S]*?<\/LaunchEvents>)(\s*)(<SourceLocation resid="WebViewRuntime.Url" \/>)/,
      "$3$2$1",
    );
    expect(messages(checkOrder(rootOf(xml)))).toContainEqual(
      expect.stringContaining('<LaunchEvents> must come before <SourceLocation resid="WebViewRuntime.Url">'),
    );
  });

  it("rejects a LaunchEvent extension point without its events, and a Runtime with two Overrides", () => {
    const xml = broken(/\s*<LaunchEvents>[\s\S]*?<\/LaunchEvents>/, "").replace(
      '<Override type="javascript" resid="JSRuntime.Url" />',
      '<Override type="javascript" resid="JSRuntime.Url" /><Override type="javascript" resid="JSRuntime.Url" />',
    );
    const found = messages(checkOrder(rootOf(xml)));
    expect(found).toContainEqual(
      expect.stringMatching(
        /<ExtensionPoint xsi:type="LaunchEvent"> \(.*\) is missing its required <LaunchEvents>/,
      ),
    );
    expect(found).toContainEqual(expect.stringMatching(/has 2 <Override> elements; at most 1 allowed/));
  });
});
