import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { buildTeamsPackage } from "../../../scripts/teams/packageFiles";
import { ROOT } from "./manifestText";

const TSX = path.join(ROOT, "node_modules", ".bin", "tsx");
const CLI = path.join(ROOT, "scripts", "validate-teams.ts");
const PUBLIC_URL = "https://svara.contoso.example";
const CLIENT_ID = "11111111-2222-3333-4444-555555555555";

const run = (...args: string[]) =>
  spawnSync(TSX, [CLI, ...args], { cwd: ROOT, encoding: "utf8", timeout: 60_000 });

describe("scripts/validate-teams.ts (npm run validate:teams)", () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(path.join(os.tmpdir(), "svara-teams-cli-"));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  const zip = (name: string, bytes: Uint8Array): string => {
    const file = path.join(dir, name);
    writeFileSync(file, bytes);
    return file;
  };

  it("with no file checks the template in teams/ and exits 0", () => {
    const result = run();
    expect(result.stderr).toBe("");
    expect(result.stdout).toMatch(/^teams\/manifest\.json: valid \(\d+ checks\)\n$/);
    expect(result.status).toBe(0);
  });

  it("reads a built package from its zip and checks it against its public URL", () => {
    const file = zip(
      "svara-teams.zip",
      buildTeamsPackage(ROOT, { publicUrl: PUBLIC_URL, clientId: CLIENT_ID, version: "0.1.0" }),
    );
    const result = run(file, "--public-url", PUBLIC_URL);
    expect(result.stderr).toBe("");
    expect(result.stdout).toMatch(/^svara-teams\.zip: valid \(\d+ checks\)\n$/);
    expect(result.status).toBe(0);
  });

  it("prints one line per problem, naming the file, and exits 1: a package built for another host", () => {
    const file = zip(
      "other.zip",
      buildTeamsPackage(ROOT, { publicUrl: "https://other.example", clientId: CLIENT_ID, version: "0.1.0" }),
    );
    const result = run(file, "--public-url", PUBLIC_URL);
    expect(result.status).toBe(1);
    const lines = result.stderr.trim().split("\n");
    expect(lines).toContainEqual(
      expect.stringMatching(/^other\.zip: \[url\] staticTabs\[0\]\.contentUrl: .* is not under/),
    );
    expect(lines[lines.length - 1]).toMatch(/^other\.zip: \d+ problems \(\d+ checks\)$/);
  });

  it("reports a file that is not a zip", () => {
    const result = run(zip("broken.zip", Buffer.from("not a zip")), "--public-url", PUBLIC_URL);
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(/^broken\.zip: \[zip\] cannot be read/);
  });

  it("exits 2 with usage on bad arguments", () => {
    expect(run("a.zip", "b.zip").status).toBe(2);
    expect(run("--public-url", "not-a-url").status).toBe(2);
    expect(run("--strict").status).toBe(2);
  });
});
