// What Svara's manifest promises (docs/manifest.md), so a change to it is a deliberate one.
import { collectResources } from "../../../scripts/manifest/resids";
import { launchEventHandlers } from "../../../scripts/manifest/launchEvents";
import { child, walk, walkLayer, xsiType, type XmlElement } from "../../../scripts/manifest/xmlTree";
import { realManifest, rootOf } from "./manifestText";

const root = rootOf(realManifest());
const all = [...walk(root)];
const named = (name: string): XmlElement[] => all.filter((el) => el.name === name);
const layers = named("VersionOverrides");

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

  it("two layers: buttons for every Mailbox 1.5 client in 1.0, and in 1.1 (Mailbox 1.12) with the send handler", () => {
    const outer = child(root, "VersionOverrides")!;
    expect(xsiType(outer)).toBe("VersionOverridesV1_0");
    // No Requirements in 1.0: the base's Mailbox 1.5 already holds (repeating it changes nothing).
    expect(outer.children.map((c) => c.name)).toEqual(["Hosts", "Resources", "VersionOverrides"]);
    const inner = child(outer, "VersionOverrides")!;
    expect(xsiType(inner)).toBe("VersionOverridesV1_1");
    const sets = child(child(inner, "Requirements")!, "Sets")!;
    expect(sets.attrs.DefaultMinVersion).toBe("1.12");
    expect(child(sets, "Set")!.attrs.Name).toBe("Mailbox");
  });

  it("a task pane button on the four surfaces in both layers, pinnable on message read in 1.1 only", () => {
    for (const layer of layers) {
      const points = [...walkLayer(layer)].filter(
        (el) => el.name === "ExtensionPoint" && xsiType(el)!.endsWith("CommandSurface"),
      );
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
        const pinnable =
          xsiType(layer) === "VersionOverridesV1_1" && xsiType(point) === "MessageReadCommandSurface";
        expect(child(actions[0]!, "SupportsPinning")?.text).toBe(pinnable ? "true" : undefined);
      }
    }
    const urls = collectResources(root).filter((r) => r.id === "Taskpane.Url");
    expect(urls.map((u) => u.element.attrs.DefaultValue)).toEqual([
      "https://localhost:3000/taskpane.html",
      "https://localhost:3000/taskpane.html",
    ]);
  });

  it("the send handler in the 1.1 layer: OnMessageSend → onMessageSendHandler, PromptUser, HTML page + JS file", () => {
    expect(launchEventHandlers(root)).toEqual([
      { type: "OnMessageSend", functionName: "onMessageSendHandler", sendMode: "PromptUser" },
    ]);
    const runtime = named("Runtime");
    expect(runtime.map((r) => r.attrs)).toEqual([{ resid: "WebViewRuntime.Url" }]);
    expect(child(runtime[0]!, "Override")!.attrs).toEqual({ type: "javascript", resid: "JSRuntime.Url" });
    const url = (id: string) => collectResources(root).find((r) => r.id === id)!.element.attrs.DefaultValue;
    expect(url("WebViewRuntime.Url")).toBe("https://localhost:3000/commands.html");
    expect(url("JSRuntime.Url")).toBe("https://localhost:3000/commands.js");
  });

  it("only what exists: no FunctionFile, no ExecuteFunction, no AppDomains, no WebApplicationInfo", () => {
    for (const name of ["FunctionFile", "AppDomains", "WebApplicationInfo"]) {
      expect(named(name)).toEqual([]);
    }
    expect(all.filter((el) => xsiType(el) === "ExecuteFunction")).toEqual([]);
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
