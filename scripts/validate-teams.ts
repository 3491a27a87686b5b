// `npm run validate:teams`: checks the Teams app package offline (teams/README.md says what).
// Usage: tsx scripts/validate-teams.ts [svara-teams.zip] [--public-url https://…]
//   no file       the template: teams/manifest.json with its icons and language files from the repo
//   a .zip        a built package, e.g. dist/teams/svara-teams.zip, read as Teams reads it
//   --public-url  where the tab's pages are served (default: the dev server); a non-local one makes
//                 it a release check: no localhost anywhere, and a real client id for single sign-on
// Prints one line per problem and exits 1, or prints "<file>: valid (N checks)" and exits 0.
import { readFileSync } from "node:fs";
import path from "node:path";
import { formatProblem } from "./manifest";
import { validateTeamsPackage } from "./teams";
import { DEV_URL, TEMPLATE, templateFiles, unzipPackage, type PackageFiles } from "./teams/packageFiles";

const ROOT = path.resolve(__dirname, "..");
const USAGE = "usage: tsx scripts/validate-teams.ts [package.zip] [--public-url https://host]";

function parseArgs(args: string[]): { file?: string; publicUrl: string } | undefined {
  let publicUrl = DEV_URL;
  const files: string[] = [];
  for (let i = 0; i < args.length; i += 1) {
    const arg = args[i]!;
    if (arg === "--public-url" && args[i + 1] && URL.canParse(args[i + 1]!)) publicUrl = args[++i]!;
    else if (arg.startsWith("--")) return undefined;
    else files.push(arg);
  }
  return files.length > 1 ? undefined : { file: files[0], publicUrl };
}

function main(args: string[]): number {
  const parsed = parseArgs(args);
  if (!parsed) {
    console.error(USAGE);
    return 2;
  }
  const label = parsed.file ? path.basename(parsed.file) : TEMPLATE;
  let files: PackageFiles;
  try {
    files = parsed.file ? unzipPackage(readFileSync(parsed.file)) : templateFiles(ROOT);
  } catch (error) {
    console.error(formatProblem(label, { check: "zip", message: `cannot be read: ${String(error)}` }));
    return 1;
  }
  const version = (JSON.parse(readFileSync(path.join(ROOT, "package.json"), "utf8")) as { version: string })
    .version;
  const { problems, checks } = validateTeamsPackage(files, { publicUrl: parsed.publicUrl, version });
  for (const p of problems) console.error(formatProblem(label, p));
  if (problems.length > 0) {
    console.error(
      `${label}: ${problems.length} problem${problems.length === 1 ? "" : "s"} (${checks} checks)`,
    );
    return 1;
  }
  console.info(`${label}: valid (${checks} checks)`);
  return 0;
}

process.exit(main(process.argv.slice(2)));
