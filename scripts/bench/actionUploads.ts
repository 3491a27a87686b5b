// Bytes a recruiter action uploads, by the size of its process (issue 13: a note or stage change at
// 1,000 candidates ≤ 400 KB up; at 20,000 sent ≤ 1 s): a process of n candidates written in
// storage v2 (decision 0009) with the production adapter, the pane's real wiring in Node, then one
// note and one stage change, each counted from "saved" until the engine is idle.
import { defaultStages, type Candidate, type ContactEvent, type Process } from "../../src/domain";
import { createProcesses } from "../../src/graph/processes";
import { makeCommand, stampNow, type Command } from "../../src/sync/commands";
import { DEMO_OWNER, startEmulator } from "../../test/graph-emulator";
import { benchGraph } from "./graphHttp";
import { startNodePane } from "./nodePane";
import { mark, quiet, since } from "./requestLog";

export interface ActionUpload {
  readonly action: "note" | "stage change";
  readonly candidates: number;
  /** Bytes of the process files PUT. */
  readonly bytesUp: number;
  /** Requests the emulator answered (Graph and downloads) until the engine was idle. */
  readonly requests: number;
  /** From dispatch ("saved") until the engine is idle (sent, follow-ups reconciled). */
  readonly ms: number;
}

const PROCESS_ID = "p-uploads";
const FILES = /approot:\/processes\//i;

/** A candidate as the scale seed has them: an application and a handful of mails each way. */
function candidateOf(i: number, at: string): Candidate {
  const contacts: ContactEvent[] = Array.from({ length: 6 }, (_, k) => ({
    id: `mail:${i}-${k}@example.se`,
    at,
    direction: k % 2 === 0 ? "in" : "out",
    channel: "email",
    kind: k === 0 ? "application" : k % 2 === 0 ? "message" : "answer",
    summary: k === 0 ? "Ansökan via mail" : "Fråga om tjänsten och svar om nästa steg",
    messageId: `AAMkADk-${i}-${k}`,
    eventId: null,
  }));
  return {
    id: `c-${i}`,
    name: `Kandidat ${i}`,
    emails: [`kandidat.${i}@example.se`],
    phone: null,
    linkedInUrl: null,
    stageId: "applied",
    rejection: null,
    consent: null,
    leftAt: null,
    retentionUntil: null,
    createdAt: at,
    updatedAt: at,
    contacts,
    stageHistory: [{ stageId: "applied", at }],
  };
}

function processOf(n: number, at: string): Process {
  return {
    id: PROCESS_ID,
    title: "Backendutvecklare",
    organisation: "Nordbank",
    owner: { name: DEMO_OWNER.name, email: DEMO_OWNER.email },
    language: "sv",
    answerWindowDays: 10,
    warningDay: 7,
    surveyUrl: null,
    nextStep: "",
    stages: defaultStages("sv"),
    milestones: [],
    candidates: Array.from({ length: n }, (_, i) => candidateOf(i, at)),
    updatedAt: at,
  };
}

/** Bytes of every process file the pane PUTs while `work` runs. */
async function uploaded(work: () => Promise<void>): Promise<number> {
  const real = globalThis.fetch;
  let bytes = 0;
  globalThis.fetch = async (...args: Parameters<typeof fetch>) => {
    const [input, init] = args;
    const url = input instanceof Request ? input.url : String(input);
    const method = (init?.method ?? (input instanceof Request ? input.method : "GET")).toUpperCase();
    if (method === "PUT" && FILES.test(decodeURIComponent(url)) && typeof init?.body === "string") {
      bytes += Buffer.byteLength(init.body);
    }
    return real(...args);
  };
  try {
    await work();
    return bytes;
  } finally {
    globalThis.fetch = real;
  }
}

/** One note and one stage change in a process of each size. */
export async function actionUploads(
  sizes: readonly number[] = [100, 1_000, 5_000, 20_000],
): Promise<ActionUpload[]> {
  const out: ActionUpload[] = [];
  for (const n of sizes) {
    const emu = await startEmulator({ port: 0, seed: "empty" });
    try {
      const at = new Date().toISOString();
      const created = await createProcesses(benchGraph(emu.url)).write(processOf(n, at), null);
      if (!created.ok) throw new Error(`bench: process of ${n} not written: ${created.error.code}`);
      const pane = await startNodePane(emu.url, DEMO_OWNER.email);
      try {
        await pane.engine.idle();
        await quiet(emu);
        const candidateId = `c-${Math.floor(n / 2)}`;
        const act = async (action: ActionUpload["action"], command: Command): Promise<void> => {
          const from = mark(emu);
          let ms = 0;
          const bytesUp = await uploaded(async () => {
            const started = performance.now();
            const saved = await pane.engine.dispatch(command);
            if (!saved.ok) throw new Error(`bench: ${action} not saved: ${saved.error.code}`);
            await pane.engine.idle();
            ms = Math.round(performance.now() - started);
            await quiet(emu);
          });
          out.push({ action, candidates: n, bytesUp, requests: since(emu, from).length, ms });
        };
        const stamp = stampNow();
        await act(
          "note",
          makeCommand(
            "AddNote",
            {
              processId: PROCESS_ID,
              candidateId,
              noteId: stamp.id,
              at: stamp.createdAt,
              text: "Ringde, återkommer",
            },
            stamp,
          ),
        );
        await act(
          "stage change",
          makeCommand(
            "MoveStage",
            { processId: PROCESS_ID, candidateId, stageId: "screening", rejection: null },
            stampNow(),
          ),
        );
      } finally {
        pane.engine.stop();
      }
    } finally {
      await emu.close();
    }
  }
  return out;
}

// `npx tsx scripts/bench/actionUploads.ts [sizes…]`: these figures alone.
if (require.main === module) {
  const sizes = process.argv
    .slice(2)
    .map(Number)
    .filter((n) => n > 0);
  void actionUploads(sizes.length ? sizes : undefined).then(
    (rows) => {
      console.table(rows);
      process.exit(0);
    },
    (e: unknown) => {
      console.error(e);
      process.exit(1);
    },
  );
}
