// OneNote page content: created from text/html or multipart/form-data ("Presentation" part), read
// back as HTML (data-id kept, generated ids with includeIDs=true), changed with PATCH (target,
// action, position). 507 when a section is full (store.oneNoteSectionPageLimit).
import { badRequest, GraphError } from "../errors";
import type { Ctx, Res } from "../router";
import type { Json } from "../store";
import {
  attr,
  decodeEntities,
  findElement,
  parseHtml,
  serialize,
  setAttr,
  textOf,
  walkElements,
  type HtmlElement,
} from "./html";
import { APP_ID, get, links, pageJson } from "./onenoteEntities";

/** The Presentation HTML of a create-page request, from text/html or multipart/form-data. */
function presentation(ctx: Ctx): string {
  const type = ctx.headers["content-type"] ?? "";
  if (/^(text\/html|application\/xhtml\+xml)/i.test(type)) return ctx.body.toString("utf8");
  const boundary = /boundary="?([^";]+)"?/i.exec(type)?.[1];
  if (!/^multipart\/form-data/i.test(type) || !boundary) {
    throw new GraphError(415, "20003", "The Presentation part must be text/html or application/xhtml+xml.");
  }
  const parts = ctx.body.toString("latin1").split(`--${boundary}`).slice(1, -1);
  const pres = parts.filter((p) => /name="?Presentation"?/i.test(p.split("\r\n\r\n")[0] ?? ""));
  if (pres.length === 0)
    throw new GraphError(400, "20001", "The request is missing the required Presentation part.");
  if (pres.length > 1)
    throw new GraphError(400, "20002", "The request contains more than one Presentation part.");
  const raw = pres[0]!.slice(pres[0]!.indexOf("\r\n\r\n") + 4).replace(/\r\n$/, "");
  return Buffer.from(raw, "latin1").toString("utf8");
}

export function createPage(ctx: Ctx, sectionId: string): Res {
  const section = get(ctx.store.sections, sectionId);
  const count = [...ctx.store.pages.values()].filter((p) => p["_sectionId"] === sectionId).length;
  if (count >= ctx.store.oneNoteSectionPageLimit) {
    throw new GraphError(507, "30102", "The section has reached its maximum size. Create a new section.");
  }
  const html = presentation(ctx);
  const doc = parseHtml(html);
  const titleEl = findElement(doc, (e) => e.tag === "title");
  const bodyEl = findElement(doc, (e) => e.tag === "body")?.el ?? doc;
  const outline: HtmlElement = {
    type: "element",
    tag: "div",
    attrs: [["data-id", "_default"]],
    children: bodyEl.children,
  };
  const onlyDiv = bodyEl.children.filter((c) => c.type === "element" || c.text.trim() !== "");
  const body: HtmlElement = {
    type: "element",
    tag: "#root",
    attrs: [],
    children:
      onlyDiv.length === 1 && onlyDiv[0]!.type === "element" && onlyDiv[0]!.tag === "div"
        ? onlyDiv
        : [outline],
  };
  const now = ctx.store.nowIso();
  const guid = ctx.store.newGuid();
  const id = `0-${guid.replace(/-/g, "")}!1-${String(section["id"]).slice(2)}`;
  // Stored as its words, as OneNote does: the JSON answers "Anna & Bo", not "Anna &amp; Bo".
  const title = titleEl ? decodeEntities(textOf(titleEl.el)).trim() : "";
  const p: Json = {
    id,
    title,
    createdByAppId: APP_ID,
    createdDateTime: now,
    lastModifiedDateTime: now,
    level: 0,
    order: count,
    links: links("page", title || "Untitled"),
    _sectionId: sectionId,
    _body: "",
    _ids: 0,
    _guid: guid,
  };
  assignIds(p, body);
  p["_body"] = serialize(body);
  ctx.store.pages.set(id, p);
  section["lastModifiedDateTime"] = now;
  ctx.store.changed();
  return {
    status: 201,
    headers: { Location: `${ctx.base}/me/onenote/pages/${id}` },
    body: {
      "@odata.context": `${ctx.base}/$metadata#users('${String(ctx.store.user["id"])}')/onenote/sections('${sectionId}')/pages/$entity`,
      ...pageJson(ctx, p),
    },
  };
}

/** Gives every element a generated id (kept internally as data-emu-id), as OneNote does. */
function assignIds(p: Json, root: HtmlElement): void {
  walkElements(root, (el) => {
    if (attr(el, "data-emu-id")) return;
    const n = (Number(p["_ids"]) || 0) + 1;
    p["_ids"] = n;
    const guid = String(p["id"])
      .slice(2, 34)
      .replace(/(.{8})(.{4})(.{4})(.{4})(.{12})/, "$1-$2-$3-$4-$5");
    setAttr(el, "data-emu-id", `${el.tag}:{${guid}}{${n}}`);
  });
}

export function renderPage(p: Json, includeIds: boolean): string {
  const body = parseHtml(String(p["_body"]));
  const inner = serialize(body, (el) => {
    const attrs = el.attrs.filter(([k]) => k !== "data-emu-id" && k !== "id");
    const gen = attr(el, "data-emu-id");
    const own = attr(el, "id");
    if (includeIds && gen) attrs.unshift(["id", gen]);
    else if (own) attrs.unshift(["id", own]);
    return attrs;
  });
  const title = String(p["title"]).replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
  return `<html lang="sv-SE">\n\t<head>\n\t\t<title>${title}</title>\n\t\t<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />\n\t\t<meta name="created" content="${String(p["createdDateTime"])}" />\n\t</head>\n\t<body data-absolute-enabled="true" style="font-family:Calibri;font-size:11pt">\n${inner}\n\t</body>\n</html>`;
}

/** Elements that take children with append/prepend (the update-page reference's supported targets). */
const CONTAINERS = new Set(["div", "ol", "ul", "table", "body"]);

interface PatchCommand {
  target: string;
  action: "append" | "insert" | "prepend" | "replace" | "delete";
  position?: "before" | "after";
  content?: string;
}

export function patchContent(ctx: Ctx, p: Json): Res {
  let commands: unknown;
  try {
    commands = JSON.parse(ctx.body.toString("utf8"));
  } catch {
    throw badRequest("The PATCH body must be a JSON array of changes.", "20100");
  }
  if (!Array.isArray(commands) || commands.length === 0)
    throw badRequest("The PATCH body must be a JSON array of changes.", "20100");
  const body = parseHtml(String(p["_body"]));
  let newTitle: string | null = null;
  // All changes apply, or none: the page is written back only after every command succeeded.
  for (const c of commands as PatchCommand[]) {
    if (
      typeof c.target !== "string" ||
      !["append", "insert", "prepend", "replace", "delete"].includes(c.action)
    ) {
      throw badRequest(
        `Invalid change: target '${String(c.target)}', action '${String(c.action)}'.`,
        "20100",
      );
    }
    if (c.target === "title") {
      if (c.action !== "replace") throw badRequest("The title can only be replaced.", "20100");
      newTitle = decodeEntities(textOf(parseHtml(String(c.content ?? "")))).trim();
      continue;
    }
    const fragment = parseHtml(String(c.content ?? ""));
    assignIds(p, fragment);
    let found: { el: HtmlElement; parent: HtmlElement } | null;
    if (c.target === "body") {
      found = findElement(body, (e) => e.tag === "div");
      if (!found) {
        const div: HtmlElement = { type: "element", tag: "div", attrs: [], children: [] };
        assignIds(p, { type: "element", tag: "#root", attrs: [], children: [div] });
        body.children.push(div);
        found = { el: div, parent: body };
      }
    } else {
      const t = c.target.startsWith("#") ? c.target.slice(1) : c.target;
      found = findElement(
        body,
        (e) => attr(e, "data-id") === t || attr(e, "data-emu-id") === t || attr(e, "id") === t,
      );
    }
    if (!found) throw badRequest(`The target '${c.target}' does not exist on the page.`, "20100");
    const { el, parent } = found;
    if ((c.action === "append" || c.action === "prepend") && !CONTAINERS.has(el.tag)) {
      throw badRequest(
        `The action '${c.action}' is not supported on a <${el.tag}> target; use insert or replace.`,
        "20100",
      );
    }
    if (c.target === "body" && (c.action === "insert" || c.action === "replace" || c.action === "delete")) {
      throw badRequest(`The action '${c.action}' is not supported on the body target.`, "20100");
    }
    const at = parent.children.indexOf(el);
    switch (c.action) {
      case "append":
        if (c.target === "body" && c.position === "before") el.children.unshift(...fragment.children);
        else el.children.push(...fragment.children);
        break;
      case "prepend":
        el.children.unshift(...fragment.children);
        break;
      case "insert":
        parent.children.splice(c.position === "before" ? at : at + 1, 0, ...fragment.children);
        break;
      case "replace":
        parent.children.splice(at, 1, ...fragment.children);
        break;
      case "delete":
        parent.children.splice(at, 1);
        break;
    }
  }
  p["_body"] = serialize(body);
  if (newTitle !== null) p["title"] = newTitle;
  p["lastModifiedDateTime"] = ctx.store.nowIso();
  ctx.store.changed();
  return { status: 204 };
}
