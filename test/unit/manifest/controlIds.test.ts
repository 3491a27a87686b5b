import { checkControlIds } from "../../../scripts/manifest/controlIds";
import { broken, messages, realManifest, rootOf } from "./manifestText";

describe("checkControlIds", () => {
  it("accepts the real manifest: four groups, four buttons, all ids distinct", () => {
    const result = checkControlIds(rootOf(realManifest()));
    expect(result.problems).toEqual([]);
    expect(result.checks).toBe(16);
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
