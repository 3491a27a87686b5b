import { execFileSync } from "node:child_process";
import path from "node:path";
import { startEmulator } from "../../graph-emulator";
import { E2E_NOW } from "./clock";
import { serveStatic } from "./staticServer";

/**
 * Builds the workbench in production mode (the browser tests run what ships), serves it, and
 * starts the Graph emulator with the demo seed at a fixed "now" so every run sees the same mailbox.
 */
export default async function globalSetup() {
  const root = path.resolve(__dirname, "../../..");
  const outDir = path.join(root, ".e2e-dist");
  if (!process.env.E2E_SKIP_BUILD) {
    execFileSync(
      "npx",
      ["webpack", "--mode", "production", "--env", "workbench", "--env", `outDir=${outDir}`],
      {
        cwd: root,
        stdio: ["ignore", "ignore", "inherit"],
      },
    );
  }
  const emulator = await startEmulator({ port: 0, seed: "demo", now: E2E_NOW });
  const web = await serveStatic(outDir);
  process.env.E2E_WEB_URL = web.url;
  process.env.E2E_GRAPH_URL = emulator.url;
  (globalThis as Record<string, unknown>).__svaraE2e = { emulator, web };
}
