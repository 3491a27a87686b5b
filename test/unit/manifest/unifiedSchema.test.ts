import { checkUnifiedSchema, draft04Keywords } from "../../../scripts/manifest/unifiedSchema";
import { broken, messages, realManifest } from "./manifestText";

describe("checkUnifiedSchema (office-addin-manifest-converter + @microsoft/app-manifest schema)", () => {
  it("converts the real manifest and the result, Swedish locale file included, fits the schema", async () => {
    const result = await checkUnifiedSchema(realManifest());
    expect(result.problems).toEqual([]);
    // manifest.json written, its schema found, it fits; sv-se.json written, it fits
    expect(result.checks).toBe(5);
  });

  it("reports a manifest the converter cannot read", async () => {
    const xml = broken("<Id>1a6aadfa-5773-4a46-89e4-ce5257f2ba14</Id>", "<Id>not-a-guid</Id>");
    expect(messages(await checkUnifiedSchema(xml))).toEqual([
      expect.stringMatching(/^office-addin-manifest-converter could not convert it: [\s\S]*Manifest/),
    ]);
  });

  it("reports what the XML schema allows but the unified manifest does not: 4 icons on a button", async () => {
    const xml = broken(
      '<bt:Image size="16" resid="Icon.16" />',
      '<bt:Image size="16" resid="Icon.16" />\n                      <bt:Image size="64" resid="Icon.64" />',
    ).replace(
      "</bt:Images>",
      '  <bt:Image id="Icon.64" DefaultValue="https://localhost:3000/assets/icon-64.png" />\n        </bt:Images>',
    );
    expect(messages(await checkUnifiedSchema(xml))).toContainEqual(
      expect.stringMatching(
        /^manifest\.json \/extensions\/0\/ribbons\/0\/.*\/icons must NOT have more than 3 items/,
      ),
    );
  });

  it("reports a Swedish override that breaks the localization schema", async () => {
    const xml = broken(
      '<Override Locale="sv-SE" Value="Svara" />',
      `<Override Locale="sv-SE" Value="${"S".repeat(101)}" />`,
    );
    expect(messages(await checkUnifiedSchema(xml))).toContainEqual(
      expect.stringMatching(/^sv-se\.json \/name\.full must NOT have more than 100 characters/),
    );
  });

  it("finds the draft-04-only keywords that would make compiling with Ajv's default draft wrong", () => {
    const schema = {
      id: "http://example/schema#",
      properties: { id: { type: "string" }, n: { type: "number", maximum: 3, exclusiveMaximum: true } },
    };
    expect(draft04Keywords(schema, "#")).toEqual(["#/id", "#/properties/n/exclusiveMaximum"]);
  });
});
