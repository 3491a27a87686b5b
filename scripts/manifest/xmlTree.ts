import { XMLParser, XMLValidator } from "fast-xml-parser";

/** An element of the manifest with its children in document order (comments dropped). */
export interface XmlElement {
  /** The tag as written, e.g. `bt:Image`. */
  tag: string;
  /** The tag without its namespace prefix, e.g. `Image`. */
  name: string;
  attrs: Record<string, string>;
  children: XmlElement[];
  text: string;
  /** Slash-separated local names from the root, with xsi:type, e.g. `OfficeApp[MailApp]/Hosts/Host`. */
  path: string;
}

type Ordered = Record<string, unknown> & { ":@"?: Record<string, string> };

const parser = new XMLParser({
  preserveOrder: true,
  ignoreAttributes: false,
  attributeNamePrefix: "",
  trimValues: true,
  parseTagValue: false,
  parseAttributeValue: false,
});

const localName = (tag: string): string => tag.slice(tag.indexOf(":") + 1);

function toElement(node: Ordered, parentPath: string): XmlElement | null {
  const tag = Object.keys(node).find((k) => k !== ":@");
  if (!tag || tag.startsWith("?") || tag === "#comment" || tag === "#text") return null;
  const name = localName(tag);
  const type = node[":@"]?.["xsi:type"];
  const step = type ? `${name}[${type}]` : name;
  const path = parentPath ? `${parentPath}/${step}` : step;
  const raw = (node[tag] as Ordered[]) ?? [];
  const text = raw
    .filter((c) => "#text" in c)
    .map((c) => String(c["#text"]))
    .join("");
  const children = raw.map((c) => toElement(c, path)).filter((c): c is XmlElement => c !== null);
  return { tag, name, attrs: { ...(node[":@"] ?? {}) }, children, text, path };
}

/** Parses the manifest; a well-formedness error comes back as a string with its line. */
export function parseManifest(xml: string): { root: XmlElement } | { error: string } {
  const valid = XMLValidator.validate(xml);
  if (valid !== true) return { error: `line ${valid.err.line}: ${valid.err.msg}` };
  const nodes = parser.parse(xml) as Ordered[];
  const root = nodes.map((n) => toElement(n, "")).find((e): e is XmlElement => e !== null);
  return root ? { root } : { error: "no root element" };
}

/** The element's xsi:type, if any (`MailApp`, `VersionOverridesV1_1`, `Button` …). */
export const xsiType = (el: XmlElement): string | undefined => el.attrs["xsi:type"];

/** Every element below (and including) `el`, depth first. */
export function* walk(el: XmlElement): Generator<XmlElement> {
  yield el;
  for (const child of el.children) yield* walk(child);
}

export const child = (el: XmlElement, name: string): XmlElement | undefined =>
  el.children.find((c) => c.name === name);

export const children = (el: XmlElement, name: string): XmlElement[] =>
  el.children.filter((c) => c.name === name);

/** A readable name for an element in messages: `<Control xsi:type="Button" id="x">`. */
export function describe(el: XmlElement): string {
  const parts = [el.tag];
  const type = xsiType(el);
  if (type) parts.push(`xsi:type="${type}"`);
  for (const key of ["id", "resid", "size", "Name"]) {
    if (el.attrs[key] !== undefined) parts.push(`${key}="${el.attrs[key]}"`);
  }
  return `<${parts.join(" ")}>`;
}

/** Every element mapped to its parent (the root has none). */
export function parentsOf(root: XmlElement): Map<XmlElement, XmlElement> {
  const parents = new Map<XmlElement, XmlElement>();
  for (const el of walk(root)) for (const c of el.children) parents.set(c, el);
  return parents;
}

/**
 * The elements of one VersionOverrides layer: its subtree without the layer nested in it. A mail
 * manifest may hold a 1.1 layer inside a 1.0 one, and a client reads one of them, so ids and
 * resources are checked per layer.
 */
export function* walkLayer(layer: XmlElement): Generator<XmlElement> {
  yield layer;
  for (const c of layer.children) if (c.name !== "VersionOverrides") yield* walk(c);
}

/** The innermost VersionOverrides around an element (itself when it is one), if any. */
export function layerOf(el: XmlElement, parents: Map<XmlElement, XmlElement>): XmlElement | undefined {
  for (let at: XmlElement | undefined = el; at; at = parents.get(at)) {
    if (at.name === "VersionOverrides") return at;
  }
  return undefined;
}
