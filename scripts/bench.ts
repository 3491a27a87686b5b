// `npm run bench [-- --build] [-- --check] [-- --no-scale]`: Svara's budgets (ARCHITECTURE.md §6)
// as a table, then the requests each figure is made of. --build rebuilds the bundles first;
// --check exits 1 when a figure is over budget; --no-scale leaves out the chromium figures against
// the emulator's scale and pipeline seeds (they use the browser tests' .e2e-dist build, or build one).
import path from "node:path";
import { recruiterActions } from "./bench/actionRequests";
import { bundleFigures } from "./bench/bundleSize";
import { statusUpdateDrafts } from "./bench/draftsBatch";
import { details, table, type Figure } from "./bench/figure";
import { followUpSweep } from "./bench/followUpSweep";

const root = path.resolve(__dirname, "..");
const args = new Set(process.argv.slice(2));

async function main(): Promise<number> {
  const figures: Figure[] = [
    ...bundleFigures(root, args.has("--build")),
    ...(await recruiterActions()),
    ...(await followUpSweep()),
    await statusUpdateDrafts(),
  ];
  if (!args.has("--no-scale")) {
    const { candidateCardAtScale } = await import("./bench/scaleCard");
    figures.push(...(await candidateCardAtScale(root, args.has("--build"))));
    const { detectionFirstStart } = await import("./bench/detectionStart");
    figures.push(...(await detectionFirstStart()));
    const { uploadsPerAction } = await import("./bench/uploadsPerAction");
    figures.push(...(await uploadsPerAction()));
    const { mailBurst } = await import("./bench/mailBurst");
    figures.push(...(await mailBurst()));
    figures.push(...(await (await import("./bench/jsBeforeCard")).jsBeforeFirstCard(root, false)));
    const { overviewAtScale } = await import("./bench/overviewAtScale");
    figures.push(...(await overviewAtScale(root, false)));
  }
  console.info(table(figures));
  console.info(`\nRequests (from the emulator's log):\n${details(figures)}`);
  if (args.has("--check") && figures.some((f) => !f.pass)) {
    console.error("A figure is over its budget.");
    return 1;
  }
  return 0;
}

// The pane's wiring leaves its timers and channel open (a pane runs until closed): exit explicitly.
main().then(
  (code) => process.exit(code),
  (e: unknown) => {
    console.error(e);
    process.exit(1);
  },
);
