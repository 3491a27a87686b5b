// A status update to 200 candidates: 200 personalised drafts (issue 6: ≤ 10 $batch requests).
import { createDrafts } from "../../src/graph/drafts";
import type { DraftRequest } from "../../src/graph/ports";
import { startEmulator } from "../../test/graph-emulator";
import type { Figure } from "./figure";
import { benchGraph } from "./graphHttp";
import { batchCount, describe, mark, since } from "./requestLog";

const DRAFTS = 200;
const MAX_BATCHES = 10;

const draft = (i: number): DraftRequest => ({
  id: `bench-status-${i}`,
  to: [{ name: `Kandidat ${i}`, email: `kandidat${i}@example.se` }],
  subject: "Läget i rekryteringen: Backendutvecklare",
  html: `<p>Hej Kandidat ${i}!</p><p>Vi är mitt i intervjuerna och hör av oss senast fredag.</p>`,
  replyToMessageId: null,
});

export async function statusUpdateDrafts(): Promise<Figure> {
  const emu = await startEmulator({ port: 0, seed: "empty" });
  try {
    const drafts = createDrafts(benchGraph(emu.url));
    const from = mark(emu);
    const made = await drafts.createDrafts(Array.from({ length: DRAFTS }, (_, i) => draft(i)));
    const log = since(emu, from);
    const created = made.ok ? made.value.created.length : 0;
    const batches = batchCount(log);
    return {
      name: `Status update: ${DRAFTS} personalised drafts`,
      measured: `${log.length} requests, ${batches} $batch (${created}/${DRAFTS} made)`,
      budget: `≤ ${MAX_BATCHES} $batch`,
      pass: created === DRAFTS && batches <= MAX_BATCHES,
      detail: describe(log),
    };
  } finally {
    await emu.close();
  }
}
