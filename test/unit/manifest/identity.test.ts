import { checkIdentity } from "../../../scripts/manifest/identity";
import { broken, messages, realManifest, rootOf } from "./manifestText";

const ID = "1a6aadfa-5773-4a46-89e4-ce5257f2ba14";

describe("checkIdentity", () => {
  it("accepts the real manifest", () => {
    expect(checkIdentity(rootOf(realManifest())).problems).toEqual([]);
  });

  it.each([
    ["{1a6aadfa-5773-4a46-89e4-ce5257f2ba14}"],
    ["1a6aadfa57734a4689e4ce5257f2ba14"],
    ["1a6aadfa-5773-4a46-89e4-ce5257f2ba1g"],
  ])("rejects the Id %s: not a GUID", (id) => {
    const xml = broken(`<Id>${ID}</Id>`, `<Id>${id}</Id>`);
    expect(messages(checkIdentity(rootOf(xml)))).toContainEqual(
      expect.stringContaining(`<Id> "${id}" is not a GUID`),
    );
  });

  it.each([["1.0"], ["1.0.0"], ["1.0.0.0.0"], ["1.0.0.70000"], ["v1.0.0.0"]])(
    "rejects the Version %s",
    (version) => {
      const xml = broken("<Version>0.1.0.0</Version>", `<Version>${version}</Version>`);
      expect(messages(checkIdentity(rootOf(xml)))).toContainEqual(
        `<Version> "${version}" must be n.n.n.n (four numbers, each 0–65535)`,
      );
    },
  );

  it("rejects a missing DefaultLocale", () => {
    const xml = broken("<DefaultLocale>en-US</DefaultLocale>", "");
    expect(messages(checkIdentity(rootOf(xml)))).toContainEqual(
      '<DefaultLocale> "" must be a culture name such as en-US',
    );
  });

  it("rejects an unknown permission", () => {
    const xml = broken("<Permissions>ReadWriteItem</Permissions>", "<Permissions>ReadWrite</Permissions>");
    expect(messages(checkIdentity(rootOf(xml)))).toContainEqual(
      expect.stringContaining('<Permissions> "ReadWrite" must be one of'),
    );
  });

  it("rejects a Swedish description the unified manifest would truncate", () => {
    const long =
      "Svara varje kandidat i tid: se status, svarsdatum, uppföljningar och svarsmallar direkt i Outlook.";
    const xml = broken(
      /<Override Locale="sv-SE" Value="Svara varje kandidat[^"]*" \/>/,
      `<Override Locale="sv-SE" Value="${long}" />`,
    );
    expect(messages(checkIdentity(rootOf(xml)))).toContainEqual(
      `<Description> (sv-SE) is ${long.length} characters; over 80 the unified manifest's description.short gets truncated`,
    );
  });

  it("rejects a display name over 30 characters", () => {
    const xml = broken(
      '<DisplayName DefaultValue="Svara">',
      '<DisplayName DefaultValue="Svara – answer every candidate in time">',
    );
    expect(messages(checkIdentity(rootOf(xml)))).toContainEqual(
      expect.stringContaining("<DisplayName> (default) is 38 characters"),
    );
  });
});
