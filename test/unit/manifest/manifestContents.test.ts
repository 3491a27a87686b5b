// What Svara's manifest promises (docs/manifest.md), so a change to it is a deliberate one.
import { collectResources } from "../../../scripts/manifest/resids";
import { child, walk, xsiType, type XmlElement } from "../../../scripts/manifest/xmlTree";
import { realManifest, rootOf } from "./manifestText";

const root = rootOf(realManifest());
const all = [...walk(root)];
const named = (name: string): XmlElement[] => all.filter((el) => el.name === name);

describe("manifest.xml declares", () => {
  it("a MailApp with ReadWriteItem, Mailbox 1.5 at the base, en-US with Swedish overrides", () => {
    expect(xsiType(root)).toBe("MailApp");
    expect(child(root, "ProviderName")!.text).toBe("Svara");
    expect(child(root, "Permissions")!.text).toBe("ReadWriteItem");
    expect(child(root, "DefaultLocale")!.text).toBe("en-US");
    const set = child(child(child(root, "Requirements")!, "Sets")!, "Set")!;
    expect(set.attrs).toEqual({ Name: "Mailbox", MinVersion: "1.5" });
    for (const name of ["DisplayName", "Description"]) {
      expect(child(root, name)!.children.map((o) => o.attrs.Locale)).toEqual(["sv-SE"]);
    }
  });

  it("VersionOverrides 1.1 inside 1.0, requiring Mailbox 1.5, holding the commands once", () => {
    const outer = child(root, "VersionOverrides")!;
    expect(xsiType(outer)).toBe("VersionOverridesV1_0");
    expect(outer.children.map((c) => c.name)).toEqual(["VersionOverrides"]);
    const inner = outer.children[0]!;
    expect(xsiType(inner)).toBe("VersionOverridesV1_1");
    const sets = child(child(inner, "Requirements")!, "Sets")!;
    expect(sets.attrs.DefaultMinVersion).toBe("1.5");
    expect(child(sets, "Set")!.attrs.Name).toBe("Mailbox");
  });

  it("a task pane button on the four surfaces, pinnable on message read only", () => {
    const points = named("ExtensionPoint");
    expect(points.map(xsiType)).toEqual([
      "MessageReadCommandSurface",
      "MessageComposeCommandSurface",
      "AppointmentOrganizerCommandSurface",
      "AppointmentAttendeeCommandSurface",
    ]);
    for (const point of points) {
      const actions = [...walk(point)].filter((el) => el.name === "Action");
      expect(actions.map(xsiType)).toEqual(["ShowTaskpane"]);
      expect(child(actions[0]!, "SourceLocation")!.attrs.resid).toBe("Taskpane.Url");
      const pinning = child(actions[0]!, "SupportsPinning")?.text;
      expect(pinning).toBe(xsiType(point) === "MessageReadCommandSurface" ? "true" : undefined);
    }
    const url = collectResources(root).find((r) => r.id === "Taskpane.Url")!;
    expect(url.element.attrs.DefaultValue).toBe("https://localhost:3000/taskpane.html");
  });

  it("only what exists: no FunctionFile, no event handler, no AppDomains, no WebApplicationInfo", () => {
    for (const name of [
      "FunctionFile",
      "LaunchEvent",
      "LaunchEvents",
      "Runtimes",
      "AppDomains",
      "WebApplicationInfo",
    ]) {
      expect(named(name)).toEqual([]);
    }
    expect(all.filter((el) => xsiType(el) === "ExecuteFunction" || xsiType(el) === "LaunchEvent")).toEqual(
      [],
    );
  });

  it("a Swedish override for every string resource", () => {
    const strings = collectResources(root).filter(
      (r) => r.kind === "ShortStrings" || r.kind === "LongStrings",
    );
    expect(strings.length).toBeGreaterThan(0);
    for (const r of strings) {
      expect({ id: r.id, locales: r.element.children.map((o) => o.attrs.Locale) }).toEqual({
        id: r.id,
        locales: ["sv-SE"],
      });
    }
  });

  it("Svara's own icons at 16, 32 and 80 on every button, 64 and 128 for the add-in", () => {
    expect(child(root, "IconUrl")!.attrs.DefaultValue).toBe("https://localhost:3000/assets/icon-64.png");
    expect(child(root, "HighResolutionIconUrl")!.attrs.DefaultValue).toBe(
      "https://localhost:3000/assets/icon-128.png",
    );
    for (const icon of named("Icon")) {
      expect(icon.children.map((img) => img.attrs.size)).toEqual(["16", "32", "80"]);
    }
  });
});
