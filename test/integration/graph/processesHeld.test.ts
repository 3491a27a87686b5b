// A pane opened again on the same device holds last time's copy of the processes (IndexedDB): the
// listing's ETags say which changed since, and only those are downloaded (issue 13: a later start
// at 5,000 candidates downloaded 18 MB of unchanged logs).
import type { FetchLike } from "../../../src/graph/middleware/fetchTransport";
import type { StoredProcess } from "../../../src/graph/ports";
import { createProcesses } from "../../../src/graph/processes";
import type { RunningEmulator } from "../../graph-emulator";
import { counted, emulator, graphFor, unwrap } from "./helpers";

let emu: RunningEmulator;
beforeEach(async () => {
  emu = await emulator("demo");
});
afterEach(() => emu.close());

/** The adapter of a new pane, counting the documents it downloads. */
function newPane() {
  const downloads: string[] = [];
  const download: FetchLike = (url, init) => {
    downloads.push(url);
    return fetch(url, init);
  };
  return { processes: createProcesses(graphFor(emu), { download }), downloads };
}

/** What the device cache gives back: plain JSON, through IndexedDB's structured clone. */
const throughTheCache = (stored: readonly StoredProcess[]): StoredProcess[] => structuredClone([...stored]);

/** The demo's processes in the layout of today (version 2: index and log shards). */
async function writtenOnce(): Promise<StoredProcess[]> {
  const { processes } = newPane();
  const listed = unwrap(await processes.listAll()).processes;
  for (const s of listed)
    unwrap(await processes.write({ ...s.process, nextStep: "Delad i version 2" }, s.etag));
  return [...unwrap(await processes.listAll()).processes];
}

describe("a pane opened again on the same device", () => {
  it("downloads none of the processes that are listed unchanged since its copy", async () => {
    const copy = throughTheCache(await writtenOnce());
    expect(copy.every((s) => s.etag.startsWith("svara2:") && s.files)).toBe(true);

    const later = newPane();
    const { result, requests } = await counted(emu, () => later.processes.listAll(copy));
    const listed = unwrap(result);
    expect(later.downloads).toEqual([]);
    expect(requests).toBe(1); // the listing
    expect(listed.processes.map((s) => [s.process.id, s.etag])).toEqual(
      copy.map((s) => [s.process.id, s.etag]),
    );
  });

  it("downloads the one process another device changed, and shows its change", async () => {
    const copy = throughTheCache(await writtenOnce());
    const elsewhere = newPane().processes;
    const changed = copy[0]!;
    unwrap(await elsewhere.listAll());
    unwrap(
      await elsewhere.write({ ...changed.process, nextStep: "Ändrad på hennes andra dator" }, changed.etag),
    );

    const later = newPane();
    const listed = unwrap(await later.processes.listAll(copy)).processes;
    // Its index and log shard(s): the listing's download URLs name no file, so they are counted.
    const itsFiles = [...emu.state.driveItems.values()].filter((i) =>
      String(i["name"]).startsWith(`${changed.process.id}.`),
    );
    expect(later.downloads).toHaveLength(itsFiles.length);
    expect(listed.find((s) => s.process.id === changed.process.id)?.process.nextStep).toBe(
      "Ändrad på hennes andra dator",
    );
  });

  it("writes to a process kept from its copy without reading it first, and only what changed", async () => {
    const copy = throughTheCache(await writtenOnce());
    const later = newPane();
    const [kept] = unwrap(await later.processes.listAll(copy)).processes;
    const withCandidate = kept!.process.candidates.find((c) => c.contacts.length > 0)!;

    const { result, log } = await counted(emu, () =>
      later.processes.write(
        {
          ...kept!.process,
          candidates: kept!.process.candidates.map((c) =>
            c.id === withCandidate.id ? { ...c, phone: "+46 70 123 45 67" } : c,
          ),
        },
        kept!.etag,
      ),
    );
    const written = unwrap(result);
    expect(later.downloads).toEqual([]);
    expect(log.map((e) => e.method)).toEqual(["PUT"]); // the candidate's shard, nothing read first
    const again = unwrap(await newPane().processes.read(kept!.process.id))!;
    expect(again.etag).toBe(written.etag);
    expect(again.process.candidates.find((c) => c.id === withCandidate.id)?.phone).toBe("+46 70 123 45 67");
  });

  it("reads a process again when its copy holds no notes on the files (a copy from an older version)", async () => {
    const copy = throughTheCache(await writtenOnce()).map(({ files: _files, ...rest }) => rest);
    const later = newPane();
    unwrap(await later.processes.listAll(copy));
    expect(later.downloads.length).toBeGreaterThanOrEqual(copy.length);
  });
});
