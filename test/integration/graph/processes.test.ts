// The recruiter's processes live as JSON documents in her OneDrive app folder.
import { demoDataset, type RunningEmulator } from "../../graph-emulator";
import { createProcesses } from "../../../src/graph/processes";
import type { Process } from "../../../src/domain";
import { counted, emulator, graphFor, NOW, unwrap } from "./helpers";

let emu: RunningEmulator;
beforeEach(async () => {
  emu = await emulator("demo");
});
afterEach(() => emu.close());

const demo = demoDataset(NOW);

describe("process documents in the app folder", () => {
  it("reads every process with one Graph request, whatever their number", async () => {
    const processes = createProcesses(graphFor(emu));
    const { result, requests, log } = await counted(emu, () => processes.listAll());
    const listed = unwrap(result);
    expect(listed.unreadable).toEqual([]);
    expect(listed.processes.map((p) => p.process.id).sort()).toEqual(demo.processes.map((p) => p.id).sort());
    expect(listed.processes.every((p) => p.etag.length > 0)).toBe(true);
    // The listing; the documents themselves come from the pre-authenticated download URLs.
    expect(log.filter((e) => e.path.startsWith("/me/")).length).toBe(1);
    expect(requests).toBe(1);
  });

  it("reports a document it cannot read instead of dropping it", async () => {
    const http = graphFor(emu);
    unwrap(
      await http.put(
        "/me/drive/special/approot:/processes/p-broken.json:/content",
        '{"schema":"svara.process/1"',
        {
          headers: { "Content-Type": "application/json" },
        },
      ),
    );
    unwrap(
      await http.put(
        "/me/drive/special/approot:/processes/p-future.json:/content",
        '{"schema":"svara.process/9"}',
        {
          headers: { "Content-Type": "application/json" },
        },
      ),
    );
    const listed = unwrap(await createProcesses(http).listAll());
    expect(listed.processes).toHaveLength(demo.processes.length);
    expect(listed.unreadable.map((e) => e.field).sort()).toEqual(["p-broken.json", "p-future.json"]);
    expect(listed.unreadable.find((e) => e.field === "p-future.json")?.code).toBe(
      "unsupported-process-schema",
    );
  });

  it("has no processes before the first one is saved", async () => {
    const empty = await emulator("empty");
    try {
      const listed = unwrap(await createProcesses(graphFor(empty)).listAll());
      expect(listed).toEqual({ processes: [], unreadable: [] });
      expect(unwrap(await createProcesses(graphFor(empty)).read("p-none"))).toBeNull();
    } finally {
      await empty.close();
    }
  });

  it("saves a change with the version it read, and reads it back", async () => {
    const processes = createProcesses(graphFor(emu));
    const stored = unwrap(await processes.read(demo.processes[0]!.id))!;
    const changed: Process = { ...stored.process, nextStep: "Intervjuer vecka 50 – åäö 😀" };
    const written = unwrap(await processes.write(changed, stored.etag));
    expect(written.etag).not.toBe(stored.etag);
    const again = unwrap(await processes.read(changed.id))!;
    expect(again.process.nextStep).toBe("Intervjuer vecka 50 – åäö 😀");
    expect(again.etag).toBe(written.etag);
  });

  it("refuses to overwrite a process someone else changed meanwhile (412 → conflict)", async () => {
    const processes = createProcesses(graphFor(emu));
    const stored = unwrap(await processes.read(demo.processes[0]!.id))!;
    unwrap(await processes.write({ ...stored.process, nextStep: "Från en annan flik" }, stored.etag));
    const stale = await processes.write({ ...stored.process, nextStep: "Från den här fliken" }, stored.etag);
    expect(stale.ok).toBe(false);
    if (!stale.ok) expect(stale.error.code).toBe("conflict");
    expect(unwrap(await processes.read(stored.process.id))!.process.nextStep).toBe("Från en annan flik");
  });

  it("creates a new process once, and will not create it over an existing one", async () => {
    const processes = createProcesses(graphFor(emu));
    const template = unwrap(await processes.read(demo.processes[0]!.id))!.process;
    const fresh: Process = { ...template, id: "p-new-role", title: "Ny roll", candidates: [] };
    const created = unwrap(await processes.write(fresh, null));
    expect(unwrap(await processes.read("p-new-role"))!.etag).toBe(created.etag);
    const twice = await processes.write({ ...fresh, title: "En annan ny roll" }, null);
    expect(twice.ok).toBe(false);
    if (!twice.ok) expect(twice.error.code).toBe("conflict");
  });

  it("recognises its own save when the connection dropped after OneDrive stored it", async () => {
    const processes = createProcesses(graphFor(emu));
    const stored = unwrap(await processes.read(demo.processes[1]!.id))!;
    emu.faults.dropAfterCommit({ method: "PUT", path: "/me/drive/special/approot:*" });
    const changed = { ...stored.process, nextStep: "Sparat trots avbrott" };
    const written = unwrap(await processes.write(changed, stored.etag));
    expect(written.process.nextStep).toBe("Sparat trots avbrott");
    expect(unwrap(await processes.read(changed.id))!.etag).toBe(written.etag);
  });

  it("creates a new process once even when the connection drops after OneDrive stored it", async () => {
    const processes = createProcesses(graphFor(emu));
    const template = unwrap(await processes.read(demo.processes[0]!.id))!.process;
    const fresh: Process = {
      ...template,
      id: "p-dropped-create",
      title: "Avbruten men sparad",
      candidates: [],
    };
    emu.faults.dropAfterCommit({ method: "PUT", path: "/me/drive/special/approot:*" });
    const created = unwrap(await processes.write(fresh, null));
    expect(unwrap(await processes.read("p-dropped-create"))!.etag).toBe(created.etag);
    const files = [...emu.state.driveItems.values()].filter((i) => i["name"] === "p-dropped-create.json");
    expect(files).toHaveLength(1);
  });
});
