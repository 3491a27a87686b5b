import { spawn, type ChildProcess } from "node:child_process";
import { createServer } from "node:net";
import path from "node:path";

const root = path.resolve(__dirname, "../../..");

/** True when nothing listens on the port (on localhost, where npm start listens). */
export function portIsFree(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const probe = createServer()
      .once("error", () => resolve(false))
      .once("listening", () => probe.close(() => resolve(true)));
    probe.listen(port, "localhost");
  });
}

/** The README's port when it is free (a developer's own npm start may hold it), else one the OS picks. */
export async function freePort(preferred: number): Promise<number> {
  if (await portIsFree(preferred)) return preferred;
  return new Promise((resolve) => {
    const probe = createServer().listen(0, "localhost", () => {
      const address = probe.address();
      probe.close(() => resolve(typeof address === "object" && address ? address.port : 0));
    });
  });
}

export interface RunningStart {
  /** Everything the command printed so far. */
  output(): string;
  /** Resolves with the time (Date.now()) the line matching `pattern` was printed. */
  line(pattern: RegExp, timeoutMs: number): Promise<number>;
  /** Ctrl+C, as in a terminal: SIGINT to the whole process group; resolves with npm's exit code or signal. */
  stop(timeoutMs?: number): Promise<number | string | null>;
}

function groupAlive(group: number): boolean {
  try {
    process.kill(group, 0);
    return true;
  } catch {
    return false;
  }
}

/** Runs the real `npm start` in its own process group, as a developer's terminal would. */
export function npmStart(env: Record<string, string>): RunningStart {
  const child: ChildProcess = spawn("npm", ["start"], {
    cwd: root,
    env: { ...process.env, ...env },
    detached: true,
    stdio: ["ignore", "pipe", "pipe"],
  });
  let output = "";
  const waiters: Array<{ pattern: RegExp; resolve: (at: number) => void }> = [];
  const onData = (chunk: Buffer) => {
    output += chunk.toString();
    for (const waiter of [...waiters])
      if (waiter.pattern.test(output)) {
        waiters.splice(waiters.indexOf(waiter), 1);
        waiter.resolve(Date.now());
      }
  };
  child.stdout!.on("data", onData);
  child.stderr!.on("data", onData);
  const exited = new Promise<number | string | null>((resolve) =>
    child.once("exit", (code, signal) => resolve(code ?? signal)),
  );

  return {
    output: () => output,
    line: (pattern, timeoutMs) =>
      new Promise((resolve, reject) => {
        if (pattern.test(output)) return resolve(Date.now());
        const timer = setTimeout(
          () => reject(new Error(`npm start printed no ${pattern} within ${timeoutMs} ms:\n${output}`)),
          timeoutMs,
        );
        void exited.then((code) => reject(new Error(`npm start exited (${code}):\n${output}`)));
        waiters.push({
          pattern,
          resolve: (at) => {
            clearTimeout(timer);
            resolve(at);
          },
        });
      }),
    stop: async (timeoutMs = 60_000) => {
      const group = -child.pid!;
      if (groupAlive(group)) process.kill(group, "SIGINT");
      const until = Date.now() + timeoutMs;
      // npm may exit before its children (the build stores its cache on the way out): wait for all.
      while (groupAlive(group) && Date.now() < until) await new Promise((r) => setTimeout(r, 100));
      if (groupAlive(group)) {
        process.kill(group, "SIGKILL");
        throw new Error(`npm start did not stop within ${timeoutMs} ms of Ctrl+C`);
      }
      return exited;
    },
  };
}
