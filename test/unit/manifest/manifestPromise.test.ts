// What the stores' listings promise: the answer window is set per process (1–90 calendar or
// working days), so no description may promise a fixed number of days, and the Swedish speaks of
// "svarsdatum" (the review's term), never the invoicing word "förfallodagar".
import { readFileSync } from "node:fs";
import path from "node:path";
import { child } from "../../../scripts/manifest/xmlTree";
import { realManifest, ROOT, rootOf } from "./manifestText";

const json = (file: string): Record<string, unknown> =>
  JSON.parse(readFileSync(path.join(ROOT, file), "utf8")) as Record<string, unknown>;

function listings(): [string, string][] {
  const description = child(rootOf(realManifest()), "Description")!;
  const teams = json("teams/manifest.json").description as Record<string, string>;
  const teamsSv = json("teams/sv-SE.json");
  const support = readFileSync(path.join(ROOT, "src/support/support.html"), "utf8");
  return [
    ["manifest.xml (en)", description.attrs.DefaultValue!],
    ["manifest.xml (sv)", description.children[0]!.attrs.Value!],
    ["teams/manifest.json short", teams.short!],
    ["teams/manifest.json full", teams.full!],
    ["teams/sv-SE.json short", teamsSv["description.short"] as string],
    ["teams/sv-SE.json full", teamsSv["description.full"] as string],
    ["support.html", support],
  ];
}

const FIXED_DAYS = /\b(\d+|tio|ten)\s+(dagar|days|arbetsdagar|working days)\b/i;

describe("what Svara's listings promise a recruiter", () => {
  it.each(listings())("%s promises no fixed number of days: each process sets its own window", (_, text) => {
    expect(text).not.toMatch(FIXED_DAYS);
    expect(text).not.toMatch(/förfallodag|due dates?/i);
  });

  it("says the candidate hears back in time, in Swedish with 'svarsdatum'", () => {
    const [en, sv] = listings();
    expect(sv![1]).toContain("svarsdatum");
    expect(en![1]).toMatch(/in time/);
  });

  it("would catch the old promise", () => {
    expect("Svara varje kandidat inom 10 dagar").toMatch(FIXED_DAYS);
    expect("answer within ten days").toMatch(FIXED_DAYS);
  });
});
