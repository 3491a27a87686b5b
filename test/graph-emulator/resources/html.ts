// A small HTML tree: enough to store OneNote page bodies, find elements by data-id or generated
// id, and apply PATCH actions (append, prepend, insert before/after, replace).
export type HtmlNode = HtmlElement | { type: "text"; text: string };
export interface HtmlElement {
  type: "element";
  tag: string;
  attrs: [string, string][];
  children: HtmlNode[];
}

const VOID = new Set([
  "br",
  "img",
  "hr",
  "meta",
  "input",
  "link",
  "col",
  "area",
  "base",
  "source",
  "wbr",
  "object",
]);
const TAG =
  /<!--[\s\S]*?-->|<!doctype[^>]*>|<(\/?)([a-zA-Z][a-zA-Z0-9-]*)((?:\s+[^\s=/>]+(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s>]+))?)*)\s*(\/?)>/gi;
const ATTR = /([^\s=/>]+)(?:\s*=\s*("[^"]*"|'[^']*'|[^\s>]+))?/g;

function parseAttrs(raw: string): [string, string][] {
  const out: [string, string][] = [];
  for (const m of raw.matchAll(ATTR)) {
    let v = m[2] ?? "";
    if ((v.startsWith('"') && v.endsWith('"')) || (v.startsWith("'") && v.endsWith("'"))) v = v.slice(1, -1);
    out.push([m[1]!.toLowerCase(), v]);
  }
  return out;
}

export function parseHtml(html: string): HtmlElement {
  const root: HtmlElement = { type: "element", tag: "#root", attrs: [], children: [] };
  const stack: HtmlElement[] = [root];
  let last = 0;
  for (const m of html.matchAll(TAG)) {
    const top = stack[stack.length - 1]!;
    if (m.index > last) top.children.push({ type: "text", text: html.slice(last, m.index) });
    last = m.index + m[0].length;
    if (m[2] === undefined) continue;
    const tag = m[2].toLowerCase();
    if (m[1] === "/") {
      const i = stack.map((e) => e.tag).lastIndexOf(tag);
      if (i > 0) stack.length = i;
      continue;
    }
    const el: HtmlElement = { type: "element", tag, attrs: parseAttrs(m[3] ?? ""), children: [] };
    top.children.push(el);
    if (!VOID.has(tag) && m[4] !== "/") stack.push(el);
  }
  if (last < html.length) stack[stack.length - 1]!.children.push({ type: "text", text: html.slice(last) });
  return root;
}

const escapeAttr = (v: string): string => v.replace(/&/g, "&amp;").replace(/"/g, "&quot;");

export function serialize(
  node: HtmlNode,
  rename: (el: HtmlElement) => [string, string][] = (el) => el.attrs,
): string {
  if (node.type === "text") return node.text;
  const inner = node.children.map((c) => serialize(c, rename)).join("");
  if (node.tag === "#root") return inner;
  const attrs = rename(node)
    .map(([k, v]) => ` ${k}="${escapeAttr(v)}"`)
    .join("");
  if (VOID.has(node.tag)) return `<${node.tag}${attrs} />`;
  return `<${node.tag}${attrs}>${inner}</${node.tag}>`;
}

export function attr(el: HtmlElement, name: string): string | undefined {
  return el.attrs.find(([k]) => k === name)?.[1];
}

export function setAttr(el: HtmlElement, name: string, value: string): void {
  const a = el.attrs.find(([k]) => k === name);
  if (a) a[1] = value;
  else el.attrs.push([name, value]);
}

export function findElement(
  root: HtmlElement,
  test: (el: HtmlElement) => boolean,
): { el: HtmlElement; parent: HtmlElement } | null {
  for (const child of root.children) {
    if (child.type !== "element") continue;
    if (test(child)) return { el: child, parent: root };
    const deeper = findElement(child, test);
    if (deeper) return deeper;
  }
  return null;
}

export function walkElements(root: HtmlElement, fn: (el: HtmlElement) => void): void {
  for (const c of root.children) {
    if (c.type === "element") {
      fn(c);
      walkElements(c, fn);
    }
  }
}

export function textOf(node: HtmlNode): string {
  return node.type === "text" ? node.text : node.children.map(textOf).join("");
}

const NAMED: Readonly<Record<string, string>> = {
  amp: "&",
  lt: "<",
  gt: ">",
  quot: '"',
  apos: "'",
  nbsp: "\u00a0",
};

/** Text with its character references resolved ("Anna &amp; Bo" → "Anna & Bo"): what OneNote keeps
 * as a page's title, and answers in the page's JSON. */
export function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#[0-9]+|[a-z]+);/gi, (m, code: string) => {
    if (code[0] === "#") {
      const n = code[1] === "x" || code[1] === "X" ? parseInt(code.slice(2), 16) : Number(code.slice(1));
      return Number.isInteger(n) && n > 0 && n <= 0x10ffff ? String.fromCodePoint(n) : m;
    }
    return NAMED[code.toLowerCase()] ?? m;
  });
}
