// `npm start`: the Graph emulator with the demo seed, and the workbench (the local Outlook stand-in)
// with the real task pane beside it. No tenant, no account, no network.
import { spawn } from "node:child_process";
import { createInterface } from "node:readline";

const emulatorPort = Number(process.env.SVARA_EMULATOR_PORT || 4100);
const webPort = Number(process.env.SVARA_PORT || 3000);
const children = [];

function run(command, args, env = {}) {
  const child = spawn(command, args, {
    env: { ...process.env, ...env },
    stdio: ["ignore", "pipe", "inherit"],
  });
  children.push(child);
  child.on("exit", (code) => {
    if (code !== 0 && code !== null) {
      console.error(`${command} ${args.join(" ")} stopped with exit code ${code}`);
      shutdown(code);
    }
  });
  return child;
}

function shutdown(code = 0) {
  for (const child of children) child.kill("SIGTERM");
  process.exit(code);
}
process.on("SIGINT", () => shutdown(0));
process.on("SIGTERM", () => shutdown(0));

const emulator = run("npx", [
  "tsx",
  "test/graph-emulator/cli.ts",
  "--port",
  String(emulatorPort),
  "--seed",
  "demo",
]);
const emulatorUrl = await new Promise((resolve, reject) => {
  const lines = createInterface({ input: emulator.stdout });
  const timer = setTimeout(() => reject(new Error("The Graph emulator did not start within 30 s")), 30_000);
  lines.on("line", (line) => {
    const match = /listening on (\S+)/.exec(line);
    if (match) {
      clearTimeout(timer);
      resolve(match[1]);
    } else console.info(line);
  });
});

const web = run("npx", ["webpack", "serve", "--mode", "development", "--env", "workbench"], {
  SVARA_EMULATOR_URL: emulatorUrl,
  SVARA_PORT: String(webPort),
});
const webLines = createInterface({ input: web.stdout });
let announced = false;
webLines.on("line", (line) => {
  if (/compiled successfully/.test(line) && !announced) {
    announced = true;
    console.info("");
    console.info(`Svara workbench:      http://localhost:${webPort}/`);
    console.info(`Task pane alone:      http://localhost:${webPort}/taskpane.html?host=workbench`);
    console.info(`Graph emulator (demo): ${emulatorUrl}`);
    console.info("Ctrl+C stops both.");
  } else if (/error/i.test(line)) console.error(line);
});
