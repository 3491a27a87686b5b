import { Tally, type CheckResult } from "./problem";
import { describe, layerOf, parentsOf, walk, xsiType, type XmlElement } from "./xmlTree";

/**
 * Child order per the XSD sequences of MS-OWEMXML (the Office add-in manifest spec) for the
 * elements Svara uses. Office rejects a manifest whose children are out of sequence, and
 * office-addin-manifest-converter does not notice (it looks elements up by name).
 *
 * `min`/`max` are the XSD's minOccurs/maxOccurs (max Infinity = unbounded). An element we model
 * that has a child we do not list is reported: add the child here, at its XSD position, before
 * using it — do not guess.
 */
interface Particle {
  name: string;
  min: number;
  max: number;
}

const one = (name: string): Particle => ({ name, min: 1, max: 1 });
const opt = (name: string): Particle => ({ name, min: 0, max: 1 });
const many = (name: string, min = 1): Particle => ({ name, min, max: Infinity });

/** appforoffice/1.1: OfficeApp's sequence, then MailApp's extension of it. */
const MAIL_APP = [
  one("Id"),
  opt("AlternateId"),
  one("Version"),
  one("ProviderName"),
  one("DefaultLocale"),
  one("DisplayName"),
  one("Description"),
  opt("IconUrl"),
  opt("HighResolutionIconUrl"),
  opt("SupportUrl"),
  opt("AppDomains"),
  opt("Hosts"),
  one("Requirements"),
  one("FormSettings"),
  opt("Permissions"),
  one("Rule"),
  opt("DisableEntityHighlighting"),
  opt("VersionOverrides"),
];

const LOCALE_AWARE = [many("Override", 0)];

/** mailappversionoverrides (1.0): VersionOverridesV1_0. */
const VERSION_OVERRIDES_1_0 = [
  opt("Description"),
  opt("Requirements"),
  opt("Hosts"),
  opt("Resources"),
  opt("VersionOverrides"),
];

/** mailappversionoverrides/1.1: VersionOverridesV1_1. */
const VERSION_OVERRIDES_1_1 = [
  opt("Description"),
  opt("Requirements"),
  opt("Hosts"),
  opt("Resources"),
  opt("WebApplicationInfo"),
  opt("EquivalentAddins"),
  opt("ConnectedServiceControls"),
  opt("ExtendedPermissions"),
  opt("VersionOverrides"),
];

const CONTROL_BUTTON = [one("Label"), opt("Tooltip"), one("Supertip"), one("Icon"), one("Action")];

/** MailHost: 1.0 has the desktop form factor only; 1.1 adds the event runtime and mobile. */
const MAIL_HOST_1_0 = [one("DesktopFormFactor")];
const MAIL_HOST_1_1 = [opt("Runtimes"), opt("DesktopFormFactor"), opt("MobileFormFactor")];

/** ShowTaskpane: 1.0 knows only where the page is; pinning and the rest came with 1.1. */
const SHOW_TASKPANE_1_0 = [one("SourceLocation")];
const SHOW_TASKPANE_1_1 = [
  one("SourceLocation"),
  opt("SupportsPinning"),
  opt("SupportsNoItemContext"),
  opt("SupportsMultiSelect"),
];

/** mailappversionoverrides/1.1 LaunchEvent extension point: the events, then the runtime's page. */
const LAUNCH_EVENT_POINT = [one("LaunchEvents"), one("SourceLocation")];

/**
 * Picks the content model for an element from its name, xsi:type, parent and the VersionOverrides
 * layer it is in (`VersionOverridesV1_0` / `VersionOverridesV1_1`; undefined in the base manifest).
 */
function modelFor(
  el: XmlElement,
  parent: XmlElement | undefined,
  layer: string | undefined,
): Particle[] | undefined {
  const type = xsiType(el);
  const parentName = parent?.name;
  const v1_1 = layer === "VersionOverridesV1_1";
  switch (el.name) {
    case "OfficeApp":
      return type === "MailApp" ? MAIL_APP : undefined;
    case "DisplayName":
    case "Description":
    case "IconUrl":
    case "HighResolutionIconUrl":
    case "SupportUrl":
      return parentName === "OfficeApp" ? LOCALE_AWARE : parentName === "Supertip" ? [] : undefined;
    case "AppDomains":
      return [many("AppDomain")];
    case "Hosts":
      return [many("Host")];
    case "Requirements":
      return parentName === "OfficeApp" ? [one("Sets"), opt("Methods")] : [opt("Sets"), opt("Methods")];
    case "Sets":
      return [many("Set")];
    case "FormSettings":
      return [many("Form")];
    case "Form":
      return [one("DesktopSettings"), opt("TabletSettings"), opt("PhoneSettings")];
    case "DesktopSettings":
    case "TabletSettings":
    case "PhoneSettings":
      // ItemEditMailAppSettings has no RequestedHeight; ItemRead's settings do.
      return xsiType(parent!) === "ItemEdit"
        ? [one("SourceLocation")]
        : [one("SourceLocation"), opt("RequestedHeight")];
    case "Rule":
      return type === "RuleCollection" ? [many("Rule")] : [];
    case "VersionOverrides":
      if (type === "VersionOverridesV1_0") return VERSION_OVERRIDES_1_0;
      if (type === "VersionOverridesV1_1") return VERSION_OVERRIDES_1_1;
      return undefined;
    case "Host":
      if (type !== "MailHost") return [];
      return v1_1 ? MAIL_HOST_1_1 : MAIL_HOST_1_0;
    case "Runtimes":
      return [many("Runtime")];
    case "Runtime":
      return [opt("Override")];
    case "Override":
      return parentName === "Runtime" ? [] : undefined;
    case "DesktopFormFactor":
      return [opt("FunctionFile"), many("ExtensionPoint")];
    case "ExtensionPoint":
      if (type === "LaunchEvent") return v1_1 ? LAUNCH_EVENT_POINT : undefined; // launchEvents.ts reports 1.0
      return type?.endsWith("CommandSurface") && !type.startsWith("Mobile")
        ? [many("OfficeTab", 0), many("CustomTab", 0)]
        : undefined;
    case "LaunchEvents":
      return [many("LaunchEvent")];
    case "LaunchEvent":
      return parentName === "LaunchEvents" ? [] : undefined;
    case "OfficeTab":
      return [many("Group")];
    case "CustomTab":
      return [many("Group"), one("Label")];
    case "Group":
      return [one("Label"), opt("Tooltip"), many("Control")];
    case "Control":
      return type === "Button" ? CONTROL_BUTTON : undefined;
    case "Supertip":
      return [one("Title"), one("Description")];
    case "Icon":
      return [many("Image")];
    case "Action":
      if (type !== "ShowTaskpane") return undefined;
      return v1_1 ? SHOW_TASKPANE_1_1 : SHOW_TASKPANE_1_0;
    case "Resources":
      return [opt("Images"), opt("Urls"), opt("ShortStrings"), opt("LongStrings")];
    case "Images":
      return [many("Image")];
    case "Urls":
      return [many("Url")];
    case "ShortStrings":
    case "LongStrings":
      return [many("String")];
    case "Image":
    case "Url":
    case "String":
      return parentName === "Icon" ? [] : [many("Override", 0)];
    default:
      return undefined;
  }
}

function checkSequence(el: XmlElement, model: Particle[], tally: Tally): void {
  const where = `${describe(el)} (${el.path})`;
  const counts = new Map<string, number>();
  let position = 0;
  let previous: XmlElement | undefined;
  for (const c of el.children) {
    const index = model.findIndex((p) => p.name === c.name);
    if (!tally.expect(index >= 0, `${describe(c)} is not expected inside ${where}`)) continue;
    const inOrder = index >= position;
    tally.expect(
      inOrder,
      `${describe(c)} must come before ${previous ? describe(previous) : "its siblings"} inside ${where} ` +
        `(XSD order: ${model.map((p) => p.name).join(", ")})`,
    );
    if (inOrder) position = index;
    counts.set(c.name, (counts.get(c.name) ?? 0) + 1);
    previous = c;
  }
  for (const p of model) {
    const n = counts.get(p.name) ?? 0;
    tally.expect(n >= p.min, `${where} is missing its required <${p.name}>`);
    tally.expect(n <= p.max, `${where} has ${n} <${p.name}> elements; at most ${p.max} allowed`);
  }
}

/** Checks child order and occurrence for every element we have a content model for. */
export function checkOrder(root: XmlElement): CheckResult {
  const tally = new Tally("order");
  const parents = parentsOf(root);
  tally.expect(
    root.name === "OfficeApp" && xsiType(root) === "MailApp",
    `the root must be <OfficeApp xsi:type="MailApp">, not ${describe(root)}`,
  );
  for (const el of walk(root)) {
    const parent = parents.get(el);
    // A VersionOverrides element's own children follow its parent's layer rules only for itself.
    const layer = parent ? layerOf(parent, parents) : undefined;
    const model = modelFor(el, parent, el.name === "VersionOverrides" ? undefined : layer && xsiType(layer));
    if (model) checkSequence(el, model, tally);
  }
  return tally.result();
}
