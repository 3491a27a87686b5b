import path from "node:path";
import { formatProblem, validateManifestFile, validateManifestXml } from "../../../scripts/manifest";
import { broken, ROOT } from "./manifestText";

describe("validateManifest (all checks)", () => {
  it("passes the real manifest.xml, converter and unified schema included", async () => {
    const result = await validateManifestFile(path.join(ROOT, "manifest.xml"));
    expect(result.problems).toEqual([]);
    expect(result.checks).toBeGreaterThan(100);
  });

  it("rejects XML that is not well-formed, naming the line", async () => {
    const xml = broken("</FormSettings>", "</FormSetings>");
    const result = await validateManifestXml(xml, { rootDir: ROOT });
    expect(result.problems).toHaveLength(1);
    expect(formatProblem("manifest.xml", result.problems[0]!)).toMatch(
      /^manifest\.xml: \[xml\] not well-formed XML: line \d+: .*FormSettings/,
    );
  });

  it("reports problems from several checks at once, one line each", async () => {
    const xml = broken("<Version>0.1.0.0</Version>", "<Version>1.0</Version>").replace(
      'resid="OpenPane.Label"',
      'resid="OpenPane.Lable"',
    );
    const result = await validateManifestXml(xml, { rootDir: ROOT, skipUnified: true });
    const lines = result.problems.map((p) => formatProblem("manifest.xml", p));
    expect(lines).toContainEqual(expect.stringMatching(/^manifest\.xml: \[identity\] <Version> "1\.0"/));
    expect(lines).toContainEqual(
      expect.stringMatching(/^manifest\.xml: \[resid\] .*"OpenPane\.Lable" is not in/),
    );
  });
});
