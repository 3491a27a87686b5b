import { Tally, type CheckResult } from "./problem";
import { describe, layerOf, parentsOf, walk, type XmlElement } from "./xmlTree";

/** The four kinds of resource under <Resources>, and the element each holds. */
type ResourceKind = "Images" | "Urls" | "ShortStrings" | "LongStrings";

export interface Resource {
  id: string;
  kind: ResourceKind;
  element: XmlElement;
}

const KINDS: ResourceKind[] = ["Images", "Urls", "ShortStrings", "LongStrings"];
const ITEM: Record<ResourceKind, string> = {
  Images: "Image",
  Urls: "Url",
  ShortStrings: "String",
  LongStrings: "String",
};
/** ShortString and LongString in OfficeAppBasicTypes: 125 and 250 characters. */
const MAX_LENGTH: Partial<Record<ResourceKind, number>> = { ShortStrings: 125, LongStrings: 250, Urls: 2048 };
/** "An id must be unique within the manifest and can have a maximum of 32 characters." */
const MAX_RESID = 32;

/** What kind of resource a `resid` on this element must point at. */
function expectedKind(el: XmlElement, parent: XmlElement | undefined): ResourceKind | undefined {
  switch (el.name) {
    case "Image":
      return "Images";
    case "SourceLocation":
    case "FunctionFile":
    case "Url":
    case "Runtime":
      return "Urls";
    case "Override":
      // The event runtime's JavaScript file (classic Outlook on Windows); locale Overrides carry no resid.
      return parent?.name === "Runtime" ? "Urls" : undefined;
    case "Label":
    case "Title":
    case "Tooltip":
      return "ShortStrings";
    case "Description":
      return parent?.name === "Supertip" || parent?.name === "VersionOverrides" ? "LongStrings" : undefined;
    default:
      return undefined;
  }
}

/** The resources declared directly in one <Resources> element, with their kind. */
function resourcesIn(resources: XmlElement): Resource[] {
  const found: Resource[] = [];
  for (const group of resources.children) {
    const kind = KINDS.find((k) => k === group.name);
    if (!kind) continue;
    for (const item of group.children) {
      if (item.name === ITEM[kind]) found.push({ id: item.attrs.id ?? "", kind, element: item });
    }
  }
  return found;
}

/** Every resource declared under any <Resources>, with its kind (every layer). */
export function collectResources(root: XmlElement): Resource[] {
  return [...walk(root)].filter((el) => el.name === "Resources").flatMap(resourcesIn);
}

/** The resources a layer declares itself (not those of the layer nested in it). */
const ownResources = (layer: XmlElement): Resource[] =>
  layer.children.filter((c) => c.name === "Resources").flatMap(resourcesIn);

/**
 * Looks a resid up the way Office does: in the element's own VersionOverrides layer first, then
 * in the layers around it (a 1.1 layer's resources merge with those of the 1.0 layer it is in).
 */
export function residResolver(root: XmlElement): (el: XmlElement, resid: string) => Resource | undefined {
  const parents = parentsOf(root);
  return (el, resid) => {
    for (let layer = layerOf(el, parents); layer; layer = layerOf(parents.get(layer)!, parents)) {
      const found = ownResources(layer).find((r) => r.id === resid);
      if (found) return found;
      if (!parents.get(layer)) break;
    }
    return undefined;
  };
}

/**
 * Every `resid` resolves to a resource of the kind its element needs, ids are at most 32
 * characters and unique, strings fit their length, and every resource is used.
 */
export function checkResids(root: XmlElement): CheckResult {
  const tally = new Tally("resid");
  const resources = collectResources(root);
  for (const block of walk(root)) {
    if (block.name !== "Resources") continue;
    const seen = new Set<string>();
    for (const r of resourcesIn(block)) {
      tally.expect(r.id.length > 0, `${describe(r.element)} under <${r.kind}> has no id`);
      tally.expect(
        r.id.length <= MAX_RESID,
        `resource id "${r.id}" is ${r.id.length} characters; at most ${MAX_RESID} allowed`,
      );
      // Per <Resources>: a 1.1 layer repeats the ids of the 1.0 layer around it on purpose.
      tally.expect(!seen.has(r.id), `resource id "${r.id}" is declared more than once`);
      seen.add(r.id);
      const limit = MAX_LENGTH[r.kind];
      if (!limit) continue;
      const values = [
        r.element.attrs.DefaultValue ?? "",
        ...r.element.children.map((o) => o.attrs.Value ?? ""),
      ];
      for (const value of values) {
        tally.expect(
          value.length > 0 && value.length <= limit,
          `resource "${r.id}" (${r.kind}) has a value of ${value.length} characters; 1 to ${limit} allowed`,
        );
      }
    }
  }

  const used = new Set<XmlElement>();
  const parents = parentsOf(root);
  const resolve = residResolver(root);
  for (const el of walk(root)) {
    const resid = el.attrs.resid;
    if (resid === undefined) continue;
    tally.expect(
      resid.length <= MAX_RESID,
      `${describe(el)} at ${el.path}: resid "${resid}" is ${resid.length} characters; at most ${MAX_RESID} allowed`,
    );
    const kind = expectedKind(el, parents.get(el));
    if (
      !tally.expect(
        kind !== undefined,
        `${describe(el)} at ${el.path} has a resid on an element we do not know`,
      )
    ) {
      continue;
    }
    const target = resolve(el, resid);
    if (
      !tally.expect(
        target !== undefined,
        `${describe(el)} at ${el.path}: resid "${resid}" is not in <Resources>`,
      )
    ) {
      continue;
    }
    used.add(target!.element);
    tally.expect(
      target!.kind === kind,
      `${describe(el)} at ${el.path}: resid "${resid}" is under <${target!.kind}> but must be under <${kind}>`,
    );
  }
  for (const r of resources) {
    tally.expect(used.has(r.element), `resource "${r.id}" (${r.kind}) is declared but never referenced`);
  }
  return tally.result();
}
