// Renders assets/icon.svg to the PNG sizes manifest.xml declares, in Debian's headless chromium.
// The PNGs are committed; run this (`npx tsx scripts/render-icons.ts`) only after changing the SVG.
import { readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import { launchChromium } from "../test/e2e/support/browser";

/** 16/32/80: the ribbon button; 64: IconUrl; 128: HighResolutionIconUrl (docs/manifest.md). */
const ICON_SIZES = [16, 32, 64, 80, 128] as const;

async function main(): Promise<void> {
  const assets = path.resolve(__dirname, "..", "assets");
  const svg = await readFile(path.join(assets, "icon.svg"), "utf8");
  const browser = await launchChromium();
  try {
    for (const size of ICON_SIZES) {
      const page = await browser.newPage({ viewport: { width: size, height: size }, deviceScaleFactor: 1 });
      const sized = svg.replace(/width="\d+" height="\d+"/, `width="${size}" height="${size}"`);
      await page.setContent(
        `<!doctype html><html><body style="margin:0;background:transparent">${sized}</body></html>`,
      );
      const png = await page.screenshot({
        omitBackground: true,
        clip: { x: 0, y: 0, width: size, height: size },
      });
      await writeFile(path.join(assets, `icon-${size}.png`), png);
      await page.close();
      console.info(`assets/icon-${size}.png`);
    }
  } finally {
    await browser.close();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
