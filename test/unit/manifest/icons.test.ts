import { readFileSync } from "node:fs";
import path from "node:path";
import { checkIcons, pngSize } from "../../../scripts/manifest/icons";
import { broken, messages, realManifest, ROOT, rootOf } from "./manifestText";

const check = (xml: string) => checkIcons(rootOf(xml), { rootDir: ROOT });

describe("pngSize", () => {
  it("reads width and height from the IHDR chunk", () => {
    for (const size of [16, 32, 64, 80, 128]) {
      expect(pngSize(readFileSync(path.join(ROOT, "assets", `icon-${size}.png`)))).toEqual({
        width: size,
        height: size,
      });
    }
  });

  it("says so when the bytes are not a PNG", () => {
    expect(pngSize(readFileSync(path.join(ROOT, "assets", "icon.svg")))).toEqual({ error: "is not a PNG" });
    expect(pngSize(Buffer.alloc(4))).toEqual({ error: "is not a PNG" });
  });
});

describe("checkIcons", () => {
  it("accepts the real manifest: every declared icon exists at its size", () => {
    const result = check(realManifest());
    expect(result.problems).toEqual([]);
    expect(result.checks).toBeGreaterThan(10);
  });

  it("rejects a ribbon image whose file has the wrong size", () => {
    const xml = broken(
      'id="Icon.32" DefaultValue="https://localhost:3000/assets/icon-32.png"',
      'id="Icon.32" DefaultValue="https://localhost:3000/assets/icon-16.png"',
    );
    expect(messages(check(xml))).toContainEqual(
      '<bt:Image resid="Icon.32" size="32"> → resource "Icon.32": assets/icon-16.png is 16×16 but must be 32×32',
    );
  });

  it("rejects IconUrl when its file is not 64×64", () => {
    const xml = broken(
      '<IconUrl DefaultValue="https://localhost:3000/assets/icon-64.png" />',
      '<IconUrl DefaultValue="https://localhost:3000/assets/icon-80.png" />',
    );
    expect(messages(check(xml))).toContainEqual("<IconUrl>: assets/icon-80.png is 80×80 but must be 64×64");
  });

  it("rejects an icon file that does not exist", () => {
    const xml = broken("assets/icon-128.png", "assets/icon-256.png");
    expect(messages(check(xml))).toContainEqual(
      "<HighResolutionIconUrl>: assets/icon-256.png does not exist",
    );
  });

  it("rejects an icon that is not a PNG", () => {
    const xml = broken("assets/icon-80.png", "assets/icon.svg");
    expect(messages(check(xml))).toContainEqual(expect.stringContaining("assets/icon.svg is not a PNG"));
  });

  it("rejects an icon served from outside assets/", () => {
    const xml = broken("https://localhost:3000/assets/icon-64.png", "https://localhost:3000/img/icon-64.png");
    expect(messages(check(xml))).toContainEqual(
      "<IconUrl>: https://localhost:3000/img/icon-64.png is not under /assets/",
    );
  });

  it("rejects a button icon list without a mandatory size", () => {
    const xml = broken(/\s*<bt:Image size="80" resid="Icon.80" \/>/, "");
    expect(messages(check(xml))).toContainEqual(
      expect.stringMatching(/<Icon> at .* has no size="80" image \(mandatory\)/),
    );
  });

  it("rejects a size Office does not support", () => {
    const xml = broken('<bt:Image size="32" resid="Icon.32" />', '<bt:Image size="36" resid="Icon.32" />');
    expect(messages(check(xml))).toContainEqual(
      '<bt:Image resid="Icon.32" size="36">: size must be one of 16,20,24,32,40,48,64,80',
    );
  });
});
