import { checkControlIds } from "../../../scripts/manifest/controlIds";
import { broken, messages, realManifest, rootOf } from "./manifestText";

describe("checkControlIds", () => {
  it("accepts the real manifest: four groups, four buttons per layer, ids distinct within each layer", () => {
    const result = checkControlIds(rootOf(realManifest()));
    expect(result.problems).toEqual([]);
    expect(result.checks).toBe(32); // 8 ids × 2 assertions × 2 layers (1.0 and 1.1)
  });

  it("rejects a reused id inside the 1.1 layer alone, naming that layer", () => {
    const xml = broken(
      /(<VersionOverrides xmlns="http:\/\/schemas.microsoft.com\/office\/mailappversionoverrides\/1.1"[\s\S]*?)id="Svara.ApptAttendee.Open"/,
      '$1id="Svara.ApptOrganizer.Open"',
    );
    const found = messages(checkControlIds(rootOf(xml)));
    expect(found).toHaveLength(1);
    expect(found[0]).toMatch(/V1_1\].*reuses the id of the one at .*V1_1\]/);
  });

  it("rejects a button that reuses another surface's id", () => {
    const xml = broken('id="Svara.MessageCompose.Open"', 'id="Svara.MessageRead.Open"');
    expect(messages(checkControlIds(rootOf(xml)))).toContainEqual(
      expect.stringMatching(
        /<Control xsi:type="Button" id="Svara\.MessageRead\.Open"> at .*\[MessageComposeCommandSurface\].* reuses the id of the one at .*\[MessageReadCommandSurface\]/,
      ),
    );
  });

  it("rejects a group without an id", () => {
    const xml = broken('<Group id="Svara.ApptAttendee.Group">', "<Group>");
    expect(messages(checkControlIds(rootOf(xml)))).toContainEqual(
      expect.stringContaining("<Group> at OfficeApp[MailApp]/"),
    );
  });
});
