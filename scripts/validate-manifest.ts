// `npm run validate`: checks manifest.xml offline (docs/manifest.md says what and what not).
// Usage: tsx scripts/validate-manifest.ts <manifest.xml>. Exit 1 on any problem.
import path from "node:path";
import { formatProblem, validateManifestFile } from "./manifest";

async function main(): Promise<number> {
  const file = process.argv[2];
  if (!file) {
    console.error("usage: tsx scripts/validate-manifest.ts <manifest.xml>");
    return 2;
  }
  const label = path.basename(file);
  const { problems, checks } = await validateManifestFile(file);
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

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
