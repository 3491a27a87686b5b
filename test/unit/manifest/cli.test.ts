import { spawnSync } from "node:child_process";
import { copyFileSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { broken, ROOT } from "./manifestText";

const TSX = path.join(ROOT, "node_modules", ".bin", "tsx");
const CLI = path.join(ROOT, "scripts", "validate-manifest.ts");

const run = (...args: string[]) =>
  spawnSync(TSX, [CLI, ...args], { cwd: ROOT, encoding: "utf8", timeout: 60_000 });

/** A copy of the manifest (edited) beside a copy of assets/, in a temp folder. */
function copyWith(xml: string): { file: string; dir: string } {
  const dir = mkdtempSync(path.join(os.tmpdir(), "svara-cli-"));
  mkdirSync(path.join(dir, "assets"));
  for (const size of [16, 32, 64, 80, 128]) {
    copyFileSync(path.join(ROOT, "assets", `icon-${size}.png`), path.join(dir, "assets", `icon-${size}.png`));
  }
  const file = path.join(dir, "broken.xml");
  writeFileSync(file, xml);
  return { file, dir };
}

describe("scripts/validate-manifest.ts (npm run validate)", () => {
  it("prints 'manifest.xml: valid (N checks)' and exits 0 for the real manifest", () => {
    const result = run("manifest.xml");
    expect(result.stderr).toBe("");
    expect(result.stdout).toMatch(/^manifest\.xml: valid \(\d+ checks\)\n$/);
    expect(result.status).toBe(0);
  });

  it("prints one line per problem, naming the file, and exits 1", () => {
    const { file, dir } = copyWith(
      broken("<ProviderName>Svara</ProviderName>", "<ProviderName>Svara</ProviderName><Oops />"),
    );
    try {
      const result = run(file);
      expect(result.status).toBe(1);
      const lines = result.stderr.trim().split("\n");
      expect(lines).toContainEqual(
        expect.stringMatching(/^broken\.xml: \[order\] <Oops> is not expected inside <OfficeApp/),
      );
      expect(lines[lines.length - 1]).toMatch(/^broken\.xml: \d+ problems? \(\d+ checks\)$/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it("with --no-localhost rejects the dev manifest's localhost URLs", () => {
    const result = run("manifest.xml", "--no-localhost");
    expect(result.status).toBe(1);
    expect(result.stderr).toContain("points at localhost, which a release manifest must not");
  });

  it("accepts a release copy whose URLs were rewritten (as SVARA_PUBLIC_URL does) with --no-localhost", () => {
    const { file, dir } = copyWith(broken("https://localhost:3000", "https://svara.example"));
    try {
      const result = run(file, "--no-localhost");
      expect(result.stderr).toBe("");
      expect(result.status).toBe(0);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it("exits 2 with usage on bad arguments", () => {
    expect(run().status).toBe(2);
    expect(run("manifest.xml", "--strict").status).toBe(2);
  });
});
