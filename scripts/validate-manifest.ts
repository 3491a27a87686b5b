// `npm run validate`: checks manifest.xml offline (docs/manifest.md says what it does and does not).
// Usage: tsx scripts/validate-manifest.ts <manifest.xml> [--no-localhost]
//   --no-localhost  for a release manifest (dist/manifest.xml built with SVARA_PUBLIC_URL)
// Prints one line per problem and exits 1, or prints "<file>: valid (N checks)" and exits 0.
import path from "node:path";
import { formatProblem, validateManifestFile } from "./manifest";

async function main(args: string[]): Promise<number> {
  const flags = args.filter((a) => a.startsWith("--"));
  const files = args.filter((a) => !a.startsWith("--"));
  const unknown = flags.filter((f) => f !== "--no-localhost");
  if (files.length !== 1 || unknown.length > 0) {
    console.error("usage: tsx scripts/validate-manifest.ts <manifest.xml> [--no-localhost]");
    return 2;
  }
  const file = files[0]!;
  const label = path.basename(file);
  const { problems, checks } = await validateManifestFile(file, {
    noLocalhost: flags.includes("--no-localhost"),
  });
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

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
