// `npm run bench [-- --build] [-- --check]`: Svara's budgets (ARCHITECTURE.md §6) as a table.
// --build rebuilds the production bundle first; --check exits 1 when a figure is over budget.
import path from "node:path";
import { taskPaneFirstPaint } from "./bench/bundleSize";
import { table, type Figure } from "./bench/figure";

const root = path.resolve(__dirname, "..");
const args = new Set(process.argv.slice(2));

async function main() {
  const figures: Figure[] = [taskPaneFirstPaint(root, args.has("--build"))];
  console.info(table(figures));
  if (args.has("--check") && figures.some((f) => !f.pass)) {
    console.error("A figure is over its budget.");
    process.exit(1);
  }
}

void main();
