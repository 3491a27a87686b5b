import { strToU8 } from "fflate";
import { checkTeamsSchema } from "../../../scripts/teams/teamsSchema";
import { messages } from "./manifestText";
import { templatePackage, withManifest } from "./teamsFiles";

describe("checkTeamsSchema (the Teams schema in @microsoft/app-manifest)", () => {
  it("accepts the template and its Swedish strings", () => {
    const result = checkTeamsSchema(templatePackage());
    expect(result.problems).toEqual([]);
    expect(result.checks).toBe(5); // manifest.json read, its schema found, it fits; sv-SE.json read, it fits
  });

  it("reports a manifestVersion it has no schema for", () => {
    const files = withManifest((m) => (m.manifestVersion = "9.99"));
    expect(messages(checkTeamsSchema(files))).toEqual([
      '@microsoft/app-manifest ships no Teams schema for manifestVersion "9.99"',
    ]);
  });

  it("reports what the schema forbids, by its path: a short name over 30 characters", () => {
    const files = withManifest((m) => ((m.name as { short: string }).short = "S".repeat(31)));
    expect(messages(checkTeamsSchema(files))).toContainEqual(
      "manifest.json /name/short must NOT have more than 30 characters",
    );
  });

  it("reports a missing package file: manifest.json, or the language file localizationInfo names", () => {
    const { "manifest.json": _m, ...noManifest } = templatePackage();
    expect(messages(checkTeamsSchema(noManifest))).toEqual(["the package has no manifest.json"]);
    const { "sv-SE.json": _sv, ...noSwedish } = templatePackage();
    expect(messages(checkTeamsSchema(noSwedish))).toEqual(["sv-se: the package has no sv-SE.json"]);
  });

  it("reports Swedish strings that break the localization schema", () => {
    const files = { ...templatePackage(), "sv-SE.json": strToU8(JSON.stringify({ "name.short": "Svara" })) };
    expect(messages(checkTeamsSchema(files))).toContainEqual(
      "sv-SE.json / must have required property 'description.short'",
    );
  });

  it("reports a manifest.json that is not JSON", () => {
    const files = { ...templatePackage(), "manifest.json": strToU8("{ nope") };
    expect(messages(checkTeamsSchema(files))).toEqual([expect.stringMatching(/^manifest\.json is not JSON/)]);
  });
});
