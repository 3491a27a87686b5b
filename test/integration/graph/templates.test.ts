// Her own templates live as one JSON document in her OneDrive app folder.
import type { RunningEmulator } from "../../graph-emulator";
import { createTemplatesDocument } from "../../../src/graph/templates";
import type { Template } from "../../../src/domain";
import { counted, emulator, graphFor, unwrap } from "./helpers";

let emu: RunningEmulator;
beforeEach(async () => {
  emu = await emulator("demo");
});
afterEach(() => emu.close());

const mine: Template = {
  id: "t-thanks",
  kind: "custom",
  language: "sv",
  name: "Tack för samtalet",
  subject: "Tack för samtalet om {{process.title}}",
  body: "Hej {{candidate.firstName}},\n\ntack för i dag.",
  builtIn: false,
};

describe("her templates document in the app folder", () => {
  it("has none before she saves one, then gives back what she saved in one Graph request", async () => {
    const port = createTemplatesDocument(graphFor(emu));
    expect(unwrap(await port.read())).toBeNull();
    const written = unwrap(await port.write([mine], null));
    expect(written.etag).toBeTruthy();
    const { result, requests } = await counted(emu, () => port.read());
    expect(unwrap(result)).toEqual({ templates: [mine], etag: written.etag });
    // The item's metadata from Graph; the document itself from the pre-authenticated download URL.
    expect(requests).toBe(1);
  });

  it("refuses to write over a document changed on another device since it was read", async () => {
    const phone = createTemplatesDocument(graphFor(emu));
    const laptop = createTemplatesDocument(graphFor(emu));
    const first = unwrap(await phone.write([mine], null));
    unwrap(await laptop.write([mine, { ...mine, id: "t-other", name: "Annan" }], first.etag));
    const stale = await phone.write([], first.etag);
    expect(stale.ok ? null : stale.error.code).toBe("conflict");
    // Creating "the first" document when one exists is a conflict too, never an overwrite.
    const again = await createTemplatesDocument(graphFor(emu)).write([], null);
    expect(again.ok ? null : again.error.code).toBe("conflict");
    expect(unwrap(await phone.read())?.templates.map((t) => t.id)).toEqual(["t-thanks", "t-other"]);
  });
});
