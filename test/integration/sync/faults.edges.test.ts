// Fault rows "at the edge": every listing Svara makes, answered with a proxy's HTML page, `{}`, JSON
// cut off mid-way and a nextLink that points to itself, over real HTTP against the emulator. Each
// is a retryable error (never an empty list), writes nothing while the listing is bad, stops a
// looping nextLink within two pages, and works again once the answers are Graph's.
import { parseProcessDocument, type Process } from "../../../src/domain";
import { isRetryable, type Result } from "../../../src/domain/result";
import { createGraphAdapters, type GraphAdapters } from "../../../src/graph/adapters";
import { createMailDelta } from "../../../src/graph/mailDelta";
import { makeCommand } from "../../../src/sync/commands";
import { demoDataset, startEmulator, type RunningEmulator } from "../../graph-emulator";
import type { MalformedAs } from "../../graph-emulator/malformed";
import {
  graphHttp,
  Network,
  NOW,
  occurrences,
  pageBodies,
  untilSent,
  world,
  type World,
} from "./syncOverEmulator";

const BACKEND = "p-nordbank-backend";
const demo = demoDataset(NOW).processes.map((p) => {
  const parsed = parseProcessDocument(p);
  if (!parsed.ok) throw new Error(parsed.error.code);
  return parsed.value.process;
});
const backend = demo.find((p) => p.id === BACKEND) as Process;
const asa = backend.candidates.find((c) => c.id === "c-asa-oberg")!;

interface Listing {
  readonly name: string;
  /** The emulator path (glob) of the listing. */
  readonly path: string;
  readonly run: (a: GraphAdapters, emu: RunningEmulator) => Promise<Result<unknown>>;
}

const LISTINGS: readonly Listing[] = [
  { name: "To Do lists", path: "/me/todo/lists", run: (a) => a.todo.listFollowUps() },
  { name: "To Do tasks", path: "/me/todo/lists/*/tasks", run: (a) => a.todo.listFollowUps() },
  { name: "calendar follow-ups", path: "/me/events", run: (a) => a.calendar.listFollowUps() },
  { name: "calendar ends", path: "/me/events", run: (a) => a.calendar.completeFollowUps(["no-such-event"]) },
  {
    name: "drafts",
    path: "/me/mailFolders/drafts/messages",
    run: (a) =>
      a.drafts.createDrafts([
        {
          id: "d-edge-1",
          to: [{ name: "Åsa Öberg", email: "asa.oberg@example.se" }],
          subject: "Hej",
          html: "<p>Hej</p>",
          replyToMessageId: null,
        },
      ]),
  },
  {
    name: "candidate mails",
    path: "/me/messages",
    run: (a) => a.mailLinks.messagesOfCandidate({ processId: BACKEND, candidateId: asa.id }),
  },
  {
    name: "categories",
    path: "/me/outlook/masterCategories",
    run: (a) => a.mailLinks.ensureCategory("Svara: Edge"),
  },
  {
    name: "inbox delta",
    path: "/me/mailFolders/inbox/messages/delta",
    run: (_a, emu) => createMailDelta(graphHttp(emu, new Network())).changes("inbox", null),
  },
  {
    name: "sent items delta",
    path: "/me/mailFolders/sentitems/messages/delta",
    run: (_a, emu) => createMailDelta(graphHttp(emu, new Network())).changes("sentitems", null),
  },
  { name: "OneNote notebooks", path: "/me/onenote/notebooks", run: (a) => a.notes.ensurePage(backend, asa) },
  {
    name: "OneNote sections",
    path: "/me/onenote/notebooks/*/sections",
    run: (a) => a.notes.ensurePage(backend, asa),
  },
  {
    name: "OneNote pages",
    path: "/me/onenote/sections/*/pages",
    run: (a) => a.notes.ensurePage(backend, asa),
  },
  {
    name: "process documents",
    path: "/me/drive/special/approot:/processes:/children",
    run: (a) => a.processes.listAll(),
  },
  {
    name: "app folder (templates)",
    path: "/me/drive/special/approot/children",
    run: (a) => a.templates.read(),
  },
];
const KINDS: readonly MalformedAs[] = ["html", "empty-object", "truncated", "self-link"];

const WRITES = new Set(["POST", "PATCH", "PUT", "DELETE"]);
const figures: Array<{ listing: string; fault: string; error: string; requests: number; writes: number }> =
  [];

describe("every listing Svara makes, answered with something that is not a listing", () => {
  let emu: RunningEmulator;
  beforeAll(async () => {
    emu = await startEmulator({ port: 0, seed: "demo", now: NOW });
    // The notebook, the process's section and Åsa's page, the To Do list and a category exist, so
    // every later listing is one a real sync makes.
    const a = createGraphAdapters(graphHttp(emu, new Network()));
    expect((await a.notes.ensurePage(backend, asa)).ok).toBe(true);
    expect((await a.todo.listFollowUps()).ok).toBe(true);
    expect((await a.mailLinks.ensureCategory("Svara: Edge")).ok).toBe(true);
  });
  afterAll(async () => {
    console.info(
      `edges: ${figures.length} rows\n${figures.map((f) => `${f.listing} | ${f.fault} | ${f.error} | ${f.requests} requests | ${f.writes} writes`).join("\n")}`,
    );
    await emu.close();
  });
  afterEach(() => emu.faults.clear());

  const rows = LISTINGS.flatMap((l) => KINDS.map((k) => [l.name, k, l] as const));
  it.each(rows)(
    "%s answered as %s: a retryable error, nothing written, then fine again",
    async (_n, kind, listing) => {
      const adapters = createGraphAdapters(graphHttp(emu, new Network())); // cold caches: it must list
      emu.faults.malformed(kind, { method: "GET", path: listing.path, count: 1_000 });
      const before = emu.requests.all().length;
      const result = await listing.run(adapters, emu);
      const sent = emu.requests.all().slice(before);
      expect(result.ok).toBe(false);
      if (result.ok) return;
      expect(isRetryable(result.error)).toBe(true);
      expect(result.error.code).toBe(kind === "self-link" ? "graph-paging-loop" : "graph-answer-malformed");
      // A $batch of GETs (the cold start's mail folder lookups) reads; its sub-requests say.
      const methods: string[] = sent.flatMap((r) =>
        r.path === "/$batch" ? (r.batch ?? []).map((b) => b.method) : [r.method],
      );
      const writes = methods.filter((m) => WRITES.has(m)).length;
      expect(writes).toBe(0);
      // A looping nextLink stops on its second page (before: 255,331 requests in 2 s).
      expect(sent.length).toBeLessThanOrEqual(kind === "self-link" ? 5 : 4);
      figures.push({
        listing: listing.name,
        fault: kind,
        error: result.error.code,
        requests: sent.length,
        writes,
      });

      emu.faults.clear();
      const again = await listing.run(createGraphAdapters(graphHttp(emu, new Network())), emu);
      expect(again.ok).toBe(true);
    },
  );
});

describe("a sweep and a note through bad answers: nothing twinned, nothing lost, nothing stuck", () => {
  let w: World;
  afterEach(async () => {
    await w.close();
  });

  it.each(KINDS)(
    "a sweep whose To Do and calendar listings come back as %s creates no task or event twice",
    async (kind) => {
      w = await world();
      expect((await w.pane.engine.sweepFollowUps()).ok).toBe(true);
      const tasks = w.emu.state.todoTasks.size;
      const events = w.emu.state.events.size;
      expect(tasks).toBeGreaterThan(0);

      const rules = [
        w.emu.faults.malformed(kind, { method: "GET", path: "/me/todo/lists/*/tasks", count: 1_000 }),
        w.emu.faults.malformed(kind, { method: "GET", path: "/me/events", count: 1_000 }),
      ];
      await w.clock.advance(61_000); // past the listings' 60 s caches
      const before = w.emu.requests.all().length;
      const bad = await w.pane.engine.sweepFollowUps();
      const requests = w.emu.requests.all().length - before;
      expect(bad.ok).toBe(false);
      expect(w.emu.state.todoTasks.size).toBe(tasks); // before: 14/14 twinned in one sweep
      expect(w.emu.state.events.size).toBe(events);

      for (const r of rules) w.emu.faults.remove(r.id);
      await w.clock.advance(61_000);
      expect((await w.pane.engine.sweepFollowUps()).ok).toBe(true);
      expect(w.emu.state.todoTasks.size).toBe(tasks);
      expect(w.emu.state.events.size).toBe(events);
      console.info(
        `edges sweep | ${kind} | tasks ${tasks} → ${w.emu.state.todoTasks.size} | events ${events} → ${w.emu.state.events.size} | ${requests} requests in the bad sweep`,
      );
    },
  );

  it.each(["html", "empty", "truncated"] as const)(
    "a note whose page read comes back as %s is appended once, when the page reads whole again",
    async (kind) => {
      w = await world();
      const first = makeCommand(
        "AddNote",
        { processId: BACKEND, candidateId: asa.id, noteId: "n-edge-0", at: NOW, text: "Första." },
        { id: "n-edge-0", createdAt: NOW },
      );
      await w.pane.engine.dispatch(first);
      await untilSent(w, [first.id]);
      const rule = w.emu.faults.malformed(kind, {
        method: "GET",
        path: "/me/onenote/pages/*/content",
        count: 3,
      });
      const id = `n-edge-${kind}`;
      const cmd = makeCommand(
        "AddNote",
        { processId: BACKEND, candidateId: asa.id, noteId: id, at: NOW, text: "Ring i dag." },
        { id, createdAt: NOW },
      );
      await w.pane.engine.dispatch(cmd);
      await w.pane.engine.idle();
      expect(w.statuses.get(cmd.id)).toMatchObject({
        state: "pending",
        error: { code: "graph-answer-malformed" },
      });
      expect(occurrences(pageBodies(w.emu), `data-id="${id}"`)).toBe(0); // nothing appended on a bad read
      await untilSent(w, [cmd.id]);
      expect(w.emu.faults.fired(rule.id)).toBe(3);
      expect(w.statuses.get(cmd.id)?.state).toBe("sent");
      expect(occurrences(pageBodies(w.emu), `data-id="${id}"`)).toBe(1);
    },
  );
});
