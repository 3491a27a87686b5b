import { readFileSync } from "node:fs";
import path from "node:path";
import { DEV_URL, releaseManifest, type Manifest } from "../../../scripts/teams/packageFiles";
import { checkTeamsIcons } from "../../../scripts/teams/teamsIcons";
import { checkTeamsIdentity } from "../../../scripts/teams/teamsIdentity";
import { checkTeamsUrls, collectUrls } from "../../../scripts/teams/teamsUrls";
import { messages, ROOT } from "./manifestText";
import { manifestOf, tab, templatePackage } from "./teamsFiles";

const PUBLIC_URL = "https://svara.contoso.example";
const CLIENT_ID = "11111111-2222-3333-4444-555555555555";
const template = (): Manifest => manifestOf(templatePackage());
const release = (): Manifest =>
  releaseManifest(template(), { publicUrl: PUBLIC_URL, clientId: CLIENT_ID, version: "0.1.0" });
const edited = (edit: (m: Manifest) => void, m = template()): Manifest => {
  edit(m);
  return m;
};

describe("checkTeamsIdentity", () => {
  it("accepts the template: a GUID id and package.json's semver version", () => {
    expect(checkTeamsIdentity(template(), { version: "0.1.0" }).problems).toEqual([]);
  });

  it("rejects an id that is not a GUID", () => {
    const m = edited((x) => (x.id = "svara-teams"));
    expect(messages(checkTeamsIdentity(m))).toEqual([
      'id "svara-teams" is not a GUID (xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx)',
    ]);
  });

  it("rejects a version that is not semver, which the schema lets through", () => {
    for (const version of ["0.1", "0.1.0.0", "01.2.3", "v1.2.3"]) {
      const m = edited((x) => (x.version = version));
      expect(messages(checkTeamsIdentity(m))).toEqual([
        `version "${version}" is not semver (major.minor.patch)`,
      ]);
    }
    expect(checkTeamsIdentity(edited((x) => (x.version = "1.2.3-beta.1+42"))).problems).toEqual([]);
  });

  it("rejects a version other than package.json's", () => {
    expect(messages(checkTeamsIdentity(template(), { version: "0.2.0" }))).toEqual([
      'version "0.1.0" is not package.json\'s "0.2.0"',
    ]);
  });
});

describe("checkTeamsIcons", () => {
  const asset = (name: string) => readFileSync(path.join(ROOT, "assets", name));

  it("accepts the template's icons: colour 192×192, outline 32×32 with transparency", () => {
    const result = checkTeamsIcons(template(), templatePackage());
    expect(result.problems).toEqual([]);
    expect(result.checks).toBe(7);
  });

  it("rejects a colour icon that is not 192×192", () => {
    const files = { ...templatePackage(), "color.png": asset("icon-128.png") };
    expect(messages(checkTeamsIcons(template(), files))).toEqual([
      "icons.color: color.png is 128×128 but must be 192×192",
    ]);
  });

  it("rejects an outline icon that is not 32×32", () => {
    const files = { ...templatePackage(), "outline.png": asset("icon-64.png") };
    expect(messages(checkTeamsIcons(template(), files))).toEqual([
      "icons.outline: outline.png is 64×64 but must be 32×32",
    ]);
  });

  it("rejects an outline icon without an alpha channel", () => {
    const opaque = Buffer.from(asset("teams-outline-32.png"));
    opaque[25] = 2; // IHDR colour type: truecolour, no alpha
    const files = { ...templatePackage(), "outline.png": opaque };
    expect(messages(checkTeamsIcons(template(), files))).toEqual([
      "icons.outline: outline.png has no alpha channel; Teams wants white on a transparent background",
    ]);
  });

  it("rejects an icon the package does not hold, or one that is not a PNG", () => {
    const { "color.png": _c, ...files } = templatePackage();
    expect(messages(checkTeamsIcons(template(), files))).toEqual([
      'icons.color: "color.png" is not in the package',
    ]);
    const svg = { ...templatePackage(), "outline.png": asset("icon.svg") };
    expect(messages(checkTeamsIcons(template(), svg))).toEqual(["icons.outline: outline.png is not a PNG"]);
  });
});

describe("checkTeamsUrls", () => {
  const check = (m: Manifest, publicUrl = DEV_URL) => messages(checkTeamsUrls(m, { publicUrl }));

  it("accepts the template on the dev server and a release on its public URL", () => {
    expect(check(template())).toEqual([]);
    expect(check(release(), PUBLIC_URL)).toEqual([]);
  });

  it("finds every URL in the manifest but the schema's own address", () => {
    expect(collectUrls(template()).map((u) => u.where)).toEqual([
      "developer.websiteUrl",
      "developer.privacyUrl",
      "developer.termsOfUseUrl",
      "staticTabs[0].contentUrl",
      "staticTabs[0].websiteUrl",
    ]);
  });

  it("rejects a URL that is not https", () => {
    const m = edited(
      (x) => ((x.developer as Record<string, string>).websiteUrl = "http://localhost:3000/support.html"),
    );
    expect(check(m)).toEqual(["developer.websiteUrl: http://localhost:3000/support.html must use https://"]);
  });

  it("rejects a URL whose host validDomains does not list", () => {
    const m = edited(
      (x) => ((x.developer as Record<string, string>).privacyUrl = "https://contoso.example/privacy"),
    );
    expect(check(m)).toEqual(["developer.privacyUrl: contoso.example is not in validDomains"]);
  });

  it("accepts a host a wildcard domain covers, and rejects a domain written as a URL", () => {
    const m = edited((x) => {
      (x.developer as Record<string, string>).privacyUrl = "https://www.contoso.example/privacy";
      x.validDomains = ["localhost:3000", "*.contoso.example"];
    });
    expect(check(m)).toEqual([]);
    const url = edited((x) => x.validDomains!.push("https://contoso.example"));
    expect(check(url)).toEqual([
      'validDomains: "https://contoso.example" must be a host (no scheme, no path)',
    ]);
  });

  it("rejects a tab page outside the public URL", () => {
    expect(check(template(), PUBLIC_URL)).toContainEqual(
      `staticTabs[0].contentUrl: ${DEV_URL}/dashboard.html?host=teams is not under the public URL ${PUBLIC_URL}`,
    );
    const elsewhere = edited(
      (x) => (tab(x).websiteUrl = "https://localhost:3000.evil.example/dashboard.html"),
    );
    expect(check(elsewhere)).toContainEqual(
      "staticTabs[0].websiteUrl: https://localhost:3000.evil.example/dashboard.html is not under the public URL https://localhost:3000",
    );
  });

  it("rejects a tab that does not tell the page it is in Teams", () => {
    const m = edited((x) => (tab(x).contentUrl = `${DEV_URL}/dashboard.html`));
    expect(check(m)).toEqual([
      "staticTabs[0].contentUrl must say ?host=teams: the page decides it is in Teams before loading TeamsJS",
    ]);
  });

  it("rejects localhost anywhere in a release", () => {
    const m = edited((x) => {
      x.validDomains!.push("localhost:3000");
      (x.developer as Record<string, string>).termsOfUseUrl = "https://localhost:3000/support.html";
    }, release());
    expect(check(m, PUBLIC_URL)).toEqual([
      'validDomains: "localhost:3000" is local in a release',
      "developer.termsOfUseUrl: https://localhost:3000/support.html points at localhost in a release",
    ]);
  });

  it("rejects a sign-on resource other than api://{host}/{clientId}", () => {
    const m = edited((x) => (x.webApplicationInfo!.resource = `api://${CLIENT_ID}`), release());
    expect(check(m, PUBLIC_URL)).toEqual([
      `webApplicationInfo.resource "api://${CLIENT_ID}" must be the Application ID URI api://svara.contoso.example/${CLIENT_ID}`,
    ]);
  });

  it("rejects the template's placeholder client id in a release", () => {
    const m = edited((x) => {
      x.webApplicationInfo = {
        id: "00000000-0000-0000-0000-000000000000",
        resource: "api://svara.contoso.example/00000000-0000-0000-0000-000000000000",
      };
    }, release());
    expect(check(m, PUBLIC_URL)).toEqual([
      "webApplicationInfo.id is the template's placeholder; build with SVARA_CLIENT_ID set",
    ]);
  });
});
