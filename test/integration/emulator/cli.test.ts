// `npm run emulator -- --port N --seed demo|empty|scale [--data FILE] [--now ISO]`: one line on
// stdout, then serves until stopped; --data keeps state across restarts.
import { spawn, type ChildProcess } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

const ROOT = join(__dirname, "../../..");
const TSX = join(ROOT, "node_modules/.bin/tsx");

interface Running {
  child: ChildProcess;
  url: string;
  stdout: () => string;
}

function start(args: string[]): Promise<Running> {
  const child = spawn(TSX, ["test/graph-emulator/cli.ts", ...args], {
    cwd: ROOT,
    stdio: ["ignore", "pipe", "pipe"],
  });
  let out = "";
  let err = "";
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`CLI did not start: ${err}`)), 15_000);
    child.stderr!.on("data", (d: Buffer) => (err += d.toString()));
    child.stdout!.on("data", (d: Buffer) => {
      out += d.toString();
      const m = /^Graph emulator listening on (http:\/\/127\.0\.0\.1:\d+\/v1\.0)\n/.exec(out);
      if (m) {
        clearTimeout(timer);
        resolve({ child, url: m[1]!, stdout: () => out });
      }
    });
    child.on("exit", (code) => reject(new Error(`CLI exited with ${code}: ${err}`)));
  });
}

function stop(r: Running): Promise<void> {
  return new Promise((resolve) => {
    r.child.once("exit", () => resolve());
    r.child.kill("SIGTERM");
  });
}

const auth = { headers: { Authorization: "Bearer cli" } };

it("prints exactly one line and serves the demo mailbox for a fixed --now", async () => {
  const r = await start(["--port", "0", "--seed", "demo", "--now", "2026-11-24T15:00:00Z"]);
  try {
    const me = (await (await fetch(`${r.url}/me`, auth)).json()) as { displayName: string };
    expect(me.displayName).toBe("Maja Lind");
    expect(r.stdout().split("\n").filter(Boolean)).toHaveLength(1);
  } finally {
    await stop(r);
  }
});

it("keeps state across restarts with --data", async () => {
  const dir = mkdtempSync(join(tmpdir(), "svara-emulator-"));
  const data = join(dir, "state.json");
  try {
    const a = await start(["--port", "0", "--seed", "empty", "--data", data]);
    const created = await fetch(`${a.url}/me/todo/lists`, {
      method: "POST",
      headers: { ...auth.headers, "Content-Type": "application/json" },
      body: JSON.stringify({ displayName: "Svara" }),
    });
    expect(created.status).toBe(201);
    await stop(a);
    const b = await start(["--port", "0", "--seed", "demo", "--data", data]);
    try {
      const lists = (await (await fetch(`${b.url}/me/todo/lists`, auth)).json()) as {
        value: { displayName: string }[];
      };
      expect(lists.value.map((l) => l.displayName)).toEqual(["Tasks", "Svara"]);
    } finally {
      await stop(b);
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
