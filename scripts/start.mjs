// `npm start`: the Graph emulator with the demo seed, and the workbench (the local Outlook stand-in)
// with the real task pane beside it. No tenant, no account, no network.
//
// The workbench is the production build (minified, React's production mode, no dev-server client),
// served as it is built: a development bundle took three times as long to reach a usable pane on a
// 2-core machine (issue 11). The emulator and the build start together; the build then watches
// src/ and rebuilds what changed (reload the page). `npm run dev` keeps the dev server's live reload.
import { spawn } from "node:child_process";
import { createRequire } from "node:module";
import path from "node:path";
import { createInterface } from "node:readline";
import { fileURLToPath } from "node:url";
import { serveBuild } from "./start/serveBuild.mjs";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const require = createRequire(import.meta.url);
const emulatorPort = Number(process.env.SVARA_EMULATOR_PORT || 4100);
const webPort = Number(process.env.SVARA_PORT || 3000);
const emulatorUrl = `http://127.0.0.1:${emulatorPort}/v1.0`;
const outDir = path.join(root, ".start-dist");
// `npm run dev`: the same, through webpack's dev server (development build, the page reloads itself).
const dev = process.argv.includes("--dev");
const children = [];
let stopping = false;
let web;

function run(args, env = {}) {
  const child = spawn(process.execPath, args, {
    cwd: root,
    env: { ...process.env, ...env },
    stdio: ["ignore", "pipe", "inherit"],
  });
  children.push(child);
  child.on("exit", (code) => {
    if (stopping) return;
    console.error(`${path.basename(args[0])} stopped${code === null ? "" : ` with exit code ${code}`}`);
    void shutdown(code || 1);
  });
  return child;
}

async function shutdown(code = 0) {
  if (stopping) return;
  stopping = true;
  await web?.close();
  await Promise.all(
    children
      .filter((child) => child.exitCode === null && child.signalCode === null)
      .map((child) => new Promise((resolve) => child.once("exit", resolve).kill("SIGTERM"))),
  );
  process.exit(code);
}
process.on("SIGINT", () => void shutdown(0));
process.on("SIGTERM", () => void shutdown(0));

/** Resolves with the first line that matches; every other line is passed on to the terminal. */
function firstLine(child, pattern, onOther = (line) => console.info(line)) {
  return new Promise((resolve) => {
    createInterface({ input: child.stdout }).on("line", (line) => {
      if (pattern.test(line)) resolve(line);
      else onOther(line);
    });
  });
}

const emulator = run([
  require.resolve("tsx/cli"),
  "test/graph-emulator/cli.ts",
  "--port",
  String(emulatorPort),
  "--seed",
  "demo",
]);
const build = run(
  [
    require.resolve("webpack-cli/bin/cli.js"),
    ...(dev
      ? ["serve", "--mode", "development", "--env", "workbench"]
      : ["--mode", "production", "--env", "workbench", "--env", `outDir=${outDir}`, "--watch"]),
    "--stats",
    "errors-warnings",
  ],
  { SVARA_EMULATOR_URL: emulatorUrl, SVARA_PORT: String(webPort) },
);

// webpack says "compiled successfully" (or "with N errors") after each build; errors are shown in full.
let built = false;
const firstBuild = new Promise((resolve) => {
  createInterface({ input: build.stdout }).on("line", (line) => {
    if (/compiled successfully/.test(line)) {
      if (built && !dev) console.info(`Svara: rebuilt ${new Date().toLocaleTimeString()}; reload the page.`);
      built = true;
      resolve();
    } else if (/compiled with \d+ error/.test(line)) console.error(line);
    else if (line.trim()) console.info(line);
  });
});

if (!dev) web = await serveBuild(outDir, webPort);
const [listening] = await Promise.all([firstLine(emulator, /listening on/), firstBuild]);
console.info(listening);
console.info("");
console.info(`Svara workbench:      http://localhost:${webPort}/`);
console.info(`Task pane alone:      http://localhost:${webPort}/taskpane.html?host=workbench`);
console.info(`Graph emulator (demo): ${emulatorUrl}`);
console.info(
  dev
    ? "Ctrl+C stops both. Edits reload the page."
    : "Ctrl+C stops both. Edits rebuild in the background (reload the page); `npm run dev` reloads it for you.",
);
