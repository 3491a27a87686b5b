// The small rules the adapters stand on: names OneNote accepts, keys that never change, and a
// stored follow-up that is trusted only when it is whole. (Pure: no emulator needed.)
import { demoDataset } from "../../graph-emulator";
import { parseProcessDocument, type Process } from "../../../src/domain";
import { transactionIdFor } from "../../../src/graph/adapters-support/transactionId";
import { decodeFollowUp, encodeFollowUp } from "../../../src/graph/adapters-support/followUpCodec";
import {
  followUpExtension,
  followUpFromExtension,
  followUpFromLegacyNotes,
} from "../../../src/graph/adapters-support/taskBody";
import {
  entryHtml,
  hasDataId,
  sectionBaseName,
  sectionName,
  sectionNumber,
} from "../../../src/graph/onenotePage";
import { answerFollowUp, callFollowUp } from "./followUps";
import { NOW, unwrap } from "./helpers";

const process: Process = unwrap(parseProcessDocument(demoDataset(NOW).processes[0])).process;

describe("names and keys", () => {
  it("names a process section so OneNote accepts it, and numbers its sequels", () => {
    const base = sectionBaseName({
      ...process,
      title: "C#/.NET-utvecklare: 100% <distans>?",
      organisation: "Åkeri & Co ~ AB",
    });
    expect(base).not.toMatch(/[?*\\/:<>|&#'"%~]/);
    expect(base.length).toBeLessThanOrEqual(44);
    expect(sectionNumber(base, base)).toBe(1);
    expect(sectionNumber(sectionName(base, 3), base)).toBe(3);
    expect(sectionNumber(`${base} (x)`, base)).toBeNull();
    expect(sectionNumber("Något annat (2)", base)).toBeNull();
  });

  it("gives a follow-up the same GUID-shaped transactionId every time, and another follow-up another", async () => {
    const a = callFollowUp().id;
    expect(await transactionIdFor(a)).toBe(await transactionIdFor(a));
    expect(await transactionIdFor(a)).not.toBe(await transactionIdFor(`${a}x`));
    expect(await transactionIdFor("x".repeat(100) + ":~åäö")).toMatch(/^[0-9a-f-]{36}$/);
  });

  it("recognises an entry by its exact data-id, not by one that merely starts the same", () => {
    const page = "<div><p data-id=\"k-10\">tio</p><p data-id='k-2'>två</p></div>";
    expect(hasDataId(page, "k-10")).toBe(true);
    expect(hasDataId(page, "k-2")).toBe(true);
    expect(hasDataId(page, "k-1")).toBe(false);
    expect(entryHtml({ id: "k-3", html: "<p>utan id</p>" })).toBe('<div data-id="k-3"><p>utan id</p></div>');
  });

  it("trusts a stored follow-up only when it is whole", () => {
    const f = answerFollowUp();
    expect(decodeFollowUp(encodeFollowUp(f))).toEqual(f);
    expect(followUpFromExtension(followUpExtension(f))).toEqual(f);
    expect(followUpFromLegacyNotes(`${f.body.sv}\n\n―― Svara ――\nsvara:v1 ${encodeFollowUp(f)}`)).toEqual(f);
    expect(decodeFollowUp("{")).toBeNull();
    expect(decodeFollowUp(JSON.stringify({ ...f, kind: "party" }))).toBeNull();
    expect(decodeFollowUp(JSON.stringify({ ...f, title: "bara svenska" }))).toBeNull();
    expect(followUpFromLegacyNotes("egna anteckningar")).toBeNull();
    expect(followUpFromExtension({ extensionName: "se.svara.followUp", followUp: "{" })).toBeNull();
  });
});
