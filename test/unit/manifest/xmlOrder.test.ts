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
    const requirements = /\s*<Requirements>\s*<bt:Sets DefaultMinVersion="1\.5">[\s\S]*?<\/Requirements>/;
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
});
