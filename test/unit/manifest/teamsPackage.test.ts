import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { strFromU8 } from "fflate";
import { schemaRoot } from "../../../scripts/manifest/appManifestSchema";
import {
  buildTeamsPackage,
  DEV_URL,
  releaseManifest,
  unzipPackage,
} from "../../../scripts/teams/packageFiles";
import { ROOT } from "./manifestText";
import { manifestOf, tab, templatePackage } from "./teamsFiles";

const CLIENT_ID = "11111111-2222-3333-4444-555555555555";
const RELEASE = { publicUrl: "https://svara.contoso.example", clientId: CLIENT_ID, version: "2.3.4" };
const packageVersion = (
  JSON.parse(readFileSync(path.join(ROOT, "package.json"), "utf8")) as { version: string }
).version;

describe("the Teams app package (teams/ → dist/teams/svara-teams.zip)", () => {
  it("is written for the newest Teams schema @microsoft/app-manifest ships", () => {
    const versions = readdirSync(schemaRoot)
      .filter((d) => /^v\d+\.\d+$/.test(d))
      .map((d) => d.slice(1))
      .sort((a, b) => {
        const [am, an] = a.split(".").map(Number);
        const [bm, bn] = b.split(".").map(Number);
        return am! - bm! || an! - bn!;
      });
    expect(manifestOf(templatePackage()).manifestVersion).toBe(versions[versions.length - 1]);
  });

  it("carries package.json's version in the template too", () => {
    expect(manifestOf(templatePackage()).version).toBe(packageVersion);
  });

  it("opens the overview as a personal tab that tells the page it is in Teams", () => {
    expect(tab(manifestOf(templatePackage()))).toMatchObject({
      contentUrl: `${DEV_URL}/dashboard.html?host=teams`,
      websiteUrl: `${DEV_URL}/dashboard.html`,
      scopes: ["personal"],
    });
  });

  it("moves every URL, the domain and the sign-on resource to the public URL in a release", () => {
    const release = releaseManifest(manifestOf(templatePackage()), RELEASE);
    const text = JSON.stringify(release);
    expect(text).not.toContain("localhost");
    expect(tab(release).contentUrl).toBe("https://svara.contoso.example/dashboard.html?host=teams");
    expect(release.validDomains).toEqual(["svara.contoso.example"]);
    expect(release.version).toBe("2.3.4");
    expect(release.webApplicationInfo).toEqual({
      id: CLIENT_ID,
      resource: `api://svara.contoso.example/${CLIENT_ID}`,
    });
  });

  it("declares no single sign-on at all when the build has no client id, rather than a made-up one", () => {
    const release = releaseManifest(manifestOf(templatePackage()), { ...RELEASE, clientId: "" });
    expect(release.webApplicationInfo).toBeUndefined();
  });

  it("zips manifest.json, both icons and the Swedish strings at the zip's root, the same bytes each time", () => {
    const zip = buildTeamsPackage(ROOT, RELEASE);
    const files = unzipPackage(zip);
    expect(Object.keys(files).sort()).toEqual(["color.png", "manifest.json", "outline.png", "sv-SE.json"]);
    expect(JSON.parse(strFromU8(files["manifest.json"]!))).toMatchObject({ version: "2.3.4" });
    expect(Buffer.from(files["outline.png"]!)).toEqual(
      readFileSync(path.join(ROOT, "assets/teams-outline-32.png")),
    );
    expect(Buffer.from(buildTeamsPackage(ROOT, RELEASE))).toEqual(Buffer.from(zip));
  });
});
