import { Tally, type CheckResult } from "./problem";
import { describe, walk, type XmlElement } from "./xmlTree";

/** The four kinds of resource under <Resources>, and the element each holds. */
export type ResourceKind = "Images" | "Urls" | "ShortStrings" | "LongStrings";

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
export const MAX_RESID = 32;

/** What kind of resource a `resid` on this element must point at. */
function expectedKind(el: XmlElement, parent: XmlElement | undefined): ResourceKind | undefined {
  switch (el.name) {
    case "Image":
      return "Images";
    case "SourceLocation":
    case "FunctionFile":
    case "Url":
      return "Urls";
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

/** Every resource declared under any <Resources>, with its kind. */
export function collectResources(root: XmlElement): Resource[] {
  const found: Resource[] = [];
  for (const el of walk(root)) {
    if (el.name !== "Resources") continue;
    for (const group of el.children) {
      const kind = KINDS.find((k) => k === group.name);
      if (!kind) continue;
      for (const item of group.children) {
        if (item.name === ITEM[kind]) found.push({ id: item.attrs.id ?? "", kind, element: item });
      }
    }
  }
  return found;
}

/**
 * Every `resid` resolves to a resource of the kind its element needs, ids are at most 32
 * characters and unique, strings fit their length, and every resource is used.
 */
export function checkResids(root: XmlElement): CheckResult {
  const tally = new Tally("resid");
  const resources = collectResources(root);
  const byId = new Map<string, Resource>();
  for (const r of resources) {
    tally.expect(r.id.length > 0, `${describe(r.element)} under <${r.kind}> has no id`);
    tally.expect(
      r.id.length <= MAX_RESID,
      `resource id "${r.id}" is ${r.id.length} characters; at most ${MAX_RESID} allowed`,
    );
    tally.expect(!byId.has(r.id), `resource id "${r.id}" is declared more than once`);
    byId.set(r.id, r);
    const limit = MAX_LENGTH[r.kind];
    if (limit) {
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

  const used = new Set<string>();
  const parents = new Map<XmlElement, XmlElement>();
  for (const el of walk(root)) for (const c of el.children) parents.set(c, el);
  for (const el of walk(root)) {
    const resid = el.attrs.resid;
    if (resid === undefined) continue;
    used.add(resid);
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
    const target = byId.get(resid);
    if (
      !tally.expect(
        target !== undefined,
        `${describe(el)} at ${el.path}: resid "${resid}" is not in <Resources>`,
      )
    ) {
      continue;
    }
    tally.expect(
      target!.kind === kind,
      `${describe(el)} at ${el.path}: resid "${resid}" is under <${target!.kind}> but must be under <${kind}>`,
    );
  }
  for (const r of resources) {
    tally.expect(used.has(r.id), `resource "${r.id}" (${r.kind}) is declared but never referenced`);
  }
  return tally.result();
}
