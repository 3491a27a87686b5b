// `npm run emulator -- --port 4100 --seed demo|empty|scale [--data FILE] [--now ISO] [--links graph]`
import { startEmulator, type SeedName } from "./index";

function arg(name: string): string | undefined {
  const i = process.argv.indexOf(`--${name}`);
  if (i >= 0) return process.argv[i + 1];
  const eq = process.argv.find((a) => a.startsWith(`--${name}=`));
  return eq?.slice(name.length + 3);
}

const USAGE = `Usage: npm run emulator -- [--port 4100] [--seed demo|empty|scale|pipeline] [--data FILE] [--now ISO] [--links self|graph]
  --port   TCP port on 127.0.0.1 (0 picks a free one)        default 4100
  --seed   demo (Maja Lind's recruitment mailbox), empty, scale (5,000 candidates, 50,000 mails)
           or pipeline (10,000 candidates, one application mail each)
  --data   keep state in FILE across restarts (loaded when it exists; the seed is ignored then)
  --now    the demo seed's "now" (ISO date-time), for a deterministic mailbox
  --links  graph: write nextLink/deltaLink with https://graph.microsoft.com/v1.0 (see README)`;

async function main(): Promise<void> {
  if (process.argv.includes("--help") || process.argv.includes("-h")) {
    console.info(USAGE);
    return;
  }
  const seed = (arg("seed") ?? "demo") as SeedName;
  if (!["demo", "empty", "scale", "pipeline"].includes(seed))
    throw new Error(`--seed must be demo, empty, scale or pipeline, not ${seed}`);
  const port = Number(arg("port") ?? "4100");
  const links = arg("links") === "graph" ? "graph" : "self";
  const emulator = await startEmulator({ port, seed, now: arg("now"), dataFile: arg("data"), links });
  console.info(`Graph emulator listening on ${emulator.url}`);
  const stop = (): void => {
    void emulator.close().then(() => process.exit(0));
  };
  process.on("SIGINT", stop);
  process.on("SIGTERM", stop);
}

main().catch((e: unknown) => {
  console.error(e instanceof Error ? e.message : e);
  process.exit(1);
});
