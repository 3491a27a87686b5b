import { Tally, type CheckResult } from "./problem";
import { residResolver } from "./resids";
import { child, children, describe, layerOf, parentsOf, walk, xsiType, type XmlElement } from "./xmlTree";

/**
 * Event-based activation, checked beyond element order: what Outlook needs for a LaunchEvent to
 * run at all, which the XSD does not say. From Microsoft's docs (event-based-activation.md,
 * onmessagesend-onappointmentsend-events.md, the Runtime and LaunchEvent element references).
 */

/** Each event's first Mailbox requirement set (event-based-activation.md, "Supported events"). */
const EVENT_MIN_MAILBOX: Readonly<Record<string, string>> = {
  OnNewMessageCompose: "1.10",
  OnNewAppointmentOrganizer: "1.10",
  OnMessageAttachmentsChanged: "1.11",
  OnAppointmentAttachmentsChanged: "1.11",
  OnMessageRecipientsChanged: "1.11",
  OnAppointmentAttendeesChanged: "1.11",
  OnAppointmentTimeChanged: "1.11",
  OnAppointmentRecurrenceChanged: "1.11",
  OnInfoBarDismissClicked: "1.11",
  OnMessageSend: "1.12",
  OnAppointmentSend: "1.12",
  OnMessageCompose: "1.12",
  OnAppointmentOrganizer: "1.12",
  OnMessageFromChanged: "1.13",
  OnAppointmentFromChanged: "1.13",
  OnSensitivityLabelChanged: "1.13",
  OnMessageDecrypt: "1.16",
};

const SEND_EVENTS = new Set(["OnMessageSend", "OnAppointmentSend"]);
const SEND_MODES = ["PromptUser", "SoftBlock", "Block"];
/** What Office.actions.associate can be given: a plain JavaScript identifier. */
const FUNCTION_NAME = /^[A-Za-z_$][A-Za-z0-9_$]*$/;

/** "1.12" > "1.5": requirement set versions compare part by part, not as decimals. */
export function compareVersions(a: string, b: string): number {
  const pa = a.split(".").map(Number);
  const pb = b.split(".").map(Number);
  for (let i = 0; i < Math.max(pa.length, pb.length); i += 1) {
    const d = (pa[i] ?? 0) - (pb[i] ?? 0);
    if (d !== 0) return d;
  }
  return 0;
}

/** The Mailbox version a VersionOverrides layer requires, if it says. */
function mailboxMinVersion(layer: XmlElement): string | undefined {
  const requirements = child(layer, "Requirements");
  const sets = requirements && child(requirements, "Sets");
  if (!sets) return undefined;
  const mailbox = children(sets, "Set").find((s) => s.attrs.Name?.toLowerCase() === "mailbox");
  if (!mailbox) return undefined;
  return mailbox.attrs.MinVersion ?? sets.attrs.DefaultMinVersion ?? "1.1";
}

/** The handlers the manifest names: `{ type, functionName, sendMode }` of every LaunchEvent. */
export function launchEventHandlers(
  root: XmlElement,
): { type: string; functionName: string; sendMode: string | undefined }[] {
  return [...walk(root)]
    .filter((el) => el.name === "LaunchEvent" && xsiType(el) === undefined)
    .map((el) => ({
      type: el.attrs.Type ?? "",
      functionName: el.attrs.FunctionName ?? "",
      sendMode: el.attrs.SendMode,
    }));
}

const pathOf = (url: string): string => {
  try {
    return new URL(url).pathname;
  } catch {
    return url; // urls.ts reports a URL that does not parse
  }
};

export function checkLaunchEvents(root: XmlElement): CheckResult {
  const tally = new Tally("launch");
  const parents = parentsOf(root);
  const resolve = residResolver(root);
  const all = [...walk(root)];

  for (const point of all.filter((el) => el.name === "ExtensionPoint" && xsiType(el) === "LaunchEvent")) {
    const layer = layerOf(point, parents);
    const where = `${describe(point)} at ${point.path}`;
    if (
      !tally.expect(
        layer !== undefined && xsiType(layer) === "VersionOverridesV1_1",
        `${where} must be in VersionOverrides 1.1 (the 1.0 schema has no event-based activation)`,
      )
    ) {
      continue;
    }
    const declared = mailboxMinVersion(layer!);
    const seen = new Set<string>();
    for (const event of children(child(point, "LaunchEvents") ?? point, "LaunchEvent")) {
      const type = event.attrs.Type ?? "";
      const what = `<LaunchEvent Type="${type}">`;
      const needs = EVENT_MIN_MAILBOX[type];
      if (!tally.expect(needs !== undefined, `${what} is not an Outlook event Svara knows`)) continue;
      tally.expect(!seen.has(type), `${what} is declared twice; Outlook runs one handler per event`);
      seen.add(type);
      tally.expect(
        FUNCTION_NAME.test(event.attrs.FunctionName ?? ""),
        `${what} FunctionName "${event.attrs.FunctionName ?? ""}" must be a JavaScript identifier (Office.actions.associate)`,
      );
      tally.expect(
        declared !== undefined && compareVersions(declared, needs!) >= 0,
        `${what} needs Mailbox ${needs}, but its VersionOverrides requires ${declared ?? "no Mailbox version"}: ` +
          `clients without ${needs} would read the handler they cannot run`,
      );
      const mode = event.attrs.SendMode;
      if (SEND_EVENTS.has(type)) {
        // Left out, SendMode means SoftBlock: a choice that can stop the recruiter's mail must be written down.
        tally.expect(
          mode !== undefined && SEND_MODES.includes(mode),
          `${what} needs an explicit SendMode (${SEND_MODES.join(", ")}), not ${mode ?? "the SoftBlock default"}`,
        );
      } else {
        tally.expect(mode === undefined, `${what} has a SendMode, which only send events use`);
      }
    }

    // The extension point names the runtime it runs in: the one Runtime of its host.
    let host: XmlElement | undefined = parents.get(point);
    while (host && host.name !== "Host") host = parents.get(host);
    const runtimes = children(child(host ?? point, "Runtimes") ?? point, "Runtime");
    if (
      !tally.expect(runtimes.length === 1, `${where} needs exactly one <Runtime> in its host's <Runtimes>`)
    ) {
      continue;
    }
    const runtime = runtimes[0]!;
    const source = child(point, "SourceLocation")?.attrs.resid;
    tally.expect(
      source === runtime.attrs.resid,
      `${where}: SourceLocation resid "${source ?? ""}" must be the Runtime's resid "${runtime.attrs.resid ?? ""}"`,
    );
    tally.expect(
      (runtime.attrs.lifetime ?? "short") === "short",
      `<Runtime> lifetime "${runtime.attrs.lifetime}" is for shared runtimes; event-based activation uses "short"`,
    );
    const page = resolve(runtime, runtime.attrs.resid ?? "");
    if (page) {
      tally.expect(
        pathOf(page.element.attrs.DefaultValue ?? "").endsWith(".html"),
        `<Runtime resid="${page.id}"> must point at an HTML page (web, Mac and new Outlook load it)`,
      );
    }
    const overrides = children(runtime, "Override");
    const script = overrides[0];
    if (
      !tally.expect(
        overrides.length === 1 && script?.attrs.type === "javascript",
        `<Runtime resid="${runtime.attrs.resid ?? ""}"> needs one <Override type="javascript">: ` +
          `classic Outlook on Windows runs the handler from a JavaScript file, without the page`,
      )
    ) {
      continue;
    }
    const js = resolve(script!, script!.attrs.resid ?? "");
    if (js) {
      tally.expect(
        pathOf(js.element.attrs.DefaultValue ?? "").endsWith(".js"),
        `<Override type="javascript" resid="${js.id}"> must point at a .js file`,
      );
    }
  }

  for (const runtimes of all.filter((el) => el.name === "Runtimes")) {
    const host = parents.get(runtimes);
    const used = [...walk(host ?? runtimes)].some(
      (el) => el.name === "ExtensionPoint" && xsiType(el) === "LaunchEvent",
    );
    tally.expect(used, `<Runtimes> at ${runtimes.path} has no LaunchEvent extension point to run`);
  }
  return tally.result();
}
