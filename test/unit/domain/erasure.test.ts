// Erasing a candidate, as the process document carries it (decision 0010): marked first, planned
// for no more, then out with a receipt that names no one; read and written back unchanged.
import {
  beginErasure,
  candidateHash,
  finishErasure,
  isBeingErased,
  overviewRows,
  parseProcessDocument,
  pipeline,
  plan,
  processToJson,
  withoutErasing,
  type Process,
} from "../../../src/domain";
import { candidate, process, settings } from "./fixtures";

const NOW = "2026-11-24T15:00:00.000Z";
const LATER = "2026-11-24T15:05:00.000Z";
const asa = candidate();
const li = candidate({ id: "c-li-wang", name: "Li Wang", emails: ["li.wang@example.se"] });
const start = {
  id: "erase-1",
  candidateId: asa.id,
  by: "maja.lind@svara-demo.se",
  deleteMails: true,
  at: NOW,
};
const roundTrip = (p: Process): Process => {
  const read = parseProcessDocument(JSON.parse(processToJson(p)));
  if (!read.ok) throw new Error(read.error.code);
  expect(read.value.warnings).toEqual([]);
  return read.value.process;
};

describe("erasing a candidate in the process", () => {
  const before = process({ candidates: [asa, li] });

  it("marks them as being erased first, keeping what points to them, and plans nothing more for them", () => {
    const marked = beginErasure(before, start);
    expect(isBeingErased(marked, asa.id)).toBe(true);
    expect(marked.candidates).toEqual(before.candidates);
    expect(plan(asa, marked, settings, NOW)).toEqual([]);
    expect(plan(li, marked, settings, NOW)).toEqual(plan(li, before, settings, NOW));
    expect(withoutErasing(marked).candidates.map((c) => c.id)).toEqual([li.id]);
  });

  it("takes them off the overview's list and the pipeline as soon as the erasure is queued", () => {
    const marked = beginErasure(before, start);
    expect(overviewRows([marked], settings, NOW).map((r) => r.candidateId)).toEqual([li.id]);
    const inPipeline = pipeline(marked, settings, NOW).columns.flatMap((c) =>
      c.rows.map((r) => r.candidateId),
    );
    expect(inPipeline).toEqual([li.id]);
  });

  it("marks once however often the first step is sent", () => {
    const marked = beginErasure(before, start);
    expect(beginErasure(marked, { ...start, at: LATER })).toBe(marked);
  });

  it("ends with the candidate and their log out and a receipt that names no one, once", () => {
    const places = [{ place: "todo-tasks" as const, count: 2 }];
    const done = finishErasure(beginErasure(before, start), start.id, places, LATER);
    expect(done.candidates.map((c) => c.id)).toEqual([li.id]);
    expect(done.erasures).toEqual([
      {
        id: "erase-1",
        candidateRef: candidateHash(before.id, asa.id),
        startedAt: NOW,
        by: start.by,
        deleteMails: true,
        erasedAt: LATER,
        places,
      },
    ]);
    const text = JSON.stringify(done.erasures);
    for (const personal of [asa.id, asa.name, asa.emails[0]!]) expect(text).not.toContain(personal);
    expect(finishErasure(done, start.id, [], "2026-11-25T00:00:00.000Z")).toBe(done);
    expect(beginErasure(done, start)).toBe(done);
  });

  it("starts nothing for a candidate who is not there", () => {
    expect(beginErasure(process({ candidates: [li] }), start)).toEqual(process({ candidates: [li] }));
  });

  it("keeps a running erasure and a receipt through the process file, and old files byte for byte", () => {
    const marked = beginErasure(before, start);
    expect(roundTrip(marked)).toEqual(marked);
    const done = finishErasure(marked, start.id, [{ place: "drafts", count: 1 }], LATER);
    expect(roundTrip(done)).toEqual(done);
    expect(processToJson(before)).not.toContain("erasures");
  });

  it("drops an entry it cannot read with a warning, keeping the rest of the process", () => {
    const json = JSON.parse(processToJson(finishErasure(beginErasure(before, start), start.id, [], LATER)));
    json.erasures.push({ id: "broken" }, { ...json.erasures[0], id: "half", candidateId: "x" });
    const read = parseProcessDocument(json);
    if (!read.ok) throw new Error(read.error.code);
    expect(read.value.process.erasures?.map((e) => e.id)).toEqual(["erase-1"]);
    expect(read.value.warnings.map((w) => w.field)).toEqual(["erasures.1", "erasures.2"]);
  });
});
