// Renders assets/icon.svg to the PNG sizes manifest.xml declares, and to the Teams app package's two
// icons (teams/manifest.json), in Debian's headless chromium.
// The PNGs are committed; run this (`npx tsx scripts/render-icons.ts`) only after changing the SVG.
import { readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import type { Browser } from "playwright-core";
import { launchChromium } from "../test/e2e/support/browser";

/** 16/32/80: the ribbon button; 64: IconUrl; 128: HighResolutionIconUrl (docs/manifest.md). */
const ICON_SIZES = [16, 32, 64, 80, 128] as const;
/** Teams: the colour icon is 192×192, the outline icon 32×32 white on transparent (teams/README.md). */
const TEAMS_COLOR = { file: "teams-color-192.png", size: 192 } as const;
const TEAMS_OUTLINE = { file: "teams-outline-32.png", size: 32 } as const;

const sized = (svg: string, size: number): string =>
  svg.replace(/width="\d+" height="\d+"/, `width="${size}" height="${size}"`);

async function renderColor(browser: Browser, svg: string, size: number): Promise<Buffer> {
  const page = await browser.newPage({ viewport: { width: size, height: size }, deviceScaleFactor: 1 });
  try {
    await page.setContent(
      `<!doctype html><html><body style="margin:0;background:transparent">${sized(svg, size)}</body></html>`,
    );
    return await page.screenshot({ omitBackground: true, clip: { x: 0, y: 0, width: size, height: size } });
  } finally {
    await page.close();
  }
}

/**
 * Teams wants the outline icon white on transparent. It is derived from the colour icon rather than
 * drawn twice: every pixel turns white, and its opacity is how far it is from white in the colour
 * icon, so the teal bubble stays and the white check becomes a see-through cut-out.
 */
async function renderOutline(browser: Browser, svg: string, size: number): Promise<Buffer> {
  const page = await browser.newPage({ viewport: { width: size, height: size }, deviceScaleFactor: 1 });
  try {
    const dataUrl = await page.evaluate(
      async ({ source, side }) => {
        const image = new Image(side, side);
        image.src = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(source)}`;
        await image.decode();
        const canvas = document.createElement("canvas");
        canvas.width = side;
        canvas.height = side;
        const context = canvas.getContext("2d")!;
        context.drawImage(image, 0, 0, side, side);
        const pixels = context.getImageData(0, 0, side, side);
        const d = pixels.data;
        for (let i = 0; i < d.length; i += 4) {
          const darkness = 1 - Math.min(d[i]!, d[i + 1]!, d[i + 2]!) / 255;
          const ink = Math.min(1, darkness / 0.7); // the teal's darkest channel is ~0.94 from white
          d[i + 3] = Math.round(d[i + 3]! * ink);
          d[i] = d[i + 1] = d[i + 2] = 255;
        }
        context.putImageData(pixels, 0, 0);
        return canvas.toDataURL("image/png");
      },
      { source: sized(svg, size), side: size },
    );
    return Buffer.from(dataUrl.slice(dataUrl.indexOf(",") + 1), "base64");
  } finally {
    await page.close();
  }
}

async function main(): Promise<void> {
  const assets = path.resolve(__dirname, "..", "assets");
  const svg = await readFile(path.join(assets, "icon.svg"), "utf8");
  const browser = await launchChromium();
  const write = async (file: string, png: Buffer) => {
    await writeFile(path.join(assets, file), png);
    console.info(`assets/${file}`);
  };
  try {
    for (const size of ICON_SIZES) await write(`icon-${size}.png`, await renderColor(browser, svg, size));
    await write(TEAMS_COLOR.file, await renderColor(browser, svg, TEAMS_COLOR.size));
    await write(TEAMS_OUTLINE.file, await renderOutline(browser, svg, TEAMS_OUTLINE.size));
  } finally {
    await browser.close();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
