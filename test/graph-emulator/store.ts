// The emulator's state: one mailbox, calendar, To Do, OneNote and OneDrive app folder. Records are
// Graph-shaped JSON; fields starting with "_" are internal and never sent. Serialisable for --data.
import { createHash } from "node:crypto";
import type { Json } from "./odata/shape";

export type { Json };

export interface StoreData {
  user: Json;
  mailFolders: Json[];
  messages: Json[];
  removedMessages: { id: string; folderId: string; seq: number }[];
  /** Tasks deleted, for To Do's task delta (absent in a --data file of an older emulator). */
  removedTodoTasks?: { id: string; listId: string; seq: number }[];
  categories: Json[];
  events: Json[];
  todoLists: Json[];
  todoTasks: Json[];
  notebooks: Json[];
  sectionGroups: Json[];
  sections: Json[];
  pages: Json[];
  driveItems: Json[];
  seq: number;
  counter: number;
  oneNoteSectionPageLimit: number;
}

/** Graph writes instants without milliseconds when they are zero: "2026-11-24T15:00:00Z". */
export function graphIso(d: Date | string): string {
  return new Date(d).toISOString().replace(/\.000Z$/, "Z");
}

const byId = (rows: Json[]): Map<string, Json> => new Map(rows.map((r) => [String(r["id"]), r]));

export class Store {
  user: Json;
  readonly mailFolders: Map<string, Json>;
  readonly messages: Map<string, Json>;
  removedMessages: { id: string; folderId: string; seq: number }[];
  removedTodoTasks: { id: string; listId: string; seq: number }[];
  readonly categories: Map<string, Json>;
  readonly events: Map<string, Json>;
  readonly todoLists: Map<string, Json>;
  readonly todoTasks: Map<string, Json>;
  readonly notebooks: Map<string, Json>;
  readonly sectionGroups: Map<string, Json>;
  readonly sections: Map<string, Json>;
  readonly pages: Map<string, Json>;
  readonly driveItems: Map<string, Json>;
  seq: number;
  counter: number;
  oneNoteSectionPageLimit: number;
  /** Extended property index over messages: "propId(lower)\u0000value" → message ids. */
  private readonly epIndex = new Map<string, Set<string>>();
  private readonly listeners: (() => void)[] = [];

  constructor(
    data: StoreData,
    /** Seeds run with a fixed clock (deterministic output), then hand over to the real one. */
    public clock: () => Date = () => new Date(),
  ) {
    this.user = data.user;
    this.mailFolders = byId(data.mailFolders);
    this.messages = byId(data.messages);
    this.removedMessages = data.removedMessages;
    this.removedTodoTasks = data.removedTodoTasks ?? [];
    this.categories = byId(data.categories);
    this.events = byId(data.events);
    this.todoLists = byId(data.todoLists);
    this.todoTasks = byId(data.todoTasks);
    this.notebooks = byId(data.notebooks);
    this.sectionGroups = byId(data.sectionGroups);
    this.sections = byId(data.sections);
    this.pages = byId(data.pages);
    this.driveItems = byId(data.driveItems);
    this.seq = data.seq;
    this.counter = data.counter;
    this.oneNoteSectionPageLimit = data.oneNoteSectionPageLimit;
    for (const m of this.messages.values()) this.indexMessage(m);
  }

  now(): Date {
    return this.clock();
  }

  nowIso(): string {
    return graphIso(this.now());
  }

  /** Deterministic ids: the same seed and the same sequence of requests give the same ids. */
  newId(prefix: string, key?: string): string {
    const material = key ?? `${prefix}:${++this.counter}`;
    const hash = createHash("sha256").update(material).digest("base64url");
    return `${prefix}${hash.slice(0, prefix === "" ? 32 : 40)}`;
  }

  newGuid(key?: string): string {
    const hex = createHash("sha256")
      .update(key ?? `guid:${++this.counter}`)
      .digest("hex");
    return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-4${hex.slice(13, 16)}-a${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
  }

  /** Marks an Outlook-style item changed: new changeKey, @odata.etag and lastModifiedDateTime. */
  touchOutlook(rec: Json, withChangeKey = true): void {
    const v = (Number(rec["_v"]) || 0) + 1;
    rec["_v"] = v;
    rec["_seq"] = ++this.seq;
    const changeKey = createHash("sha1")
      .update(`${String(rec["id"])}:${v}`)
      .digest("base64")
      .slice(0, 40);
    rec["@odata.etag"] = `W/"${changeKey}"`;
    if (withChangeKey) rec["changeKey"] = changeKey;
    rec["lastModifiedDateTime"] = this.nowIso();
    this.changed();
  }

  folderIdOf(nameOrId: string): string | null {
    const lower = nameOrId.toLowerCase();
    for (const f of this.mailFolders.values()) {
      if (f["id"] === nameOrId || f["_wellKnown"] === lower) return String(f["id"]);
    }
    return null;
  }

  indexMessage(m: Json): void {
    const props = m["singleValueExtendedProperties"];
    if (!Array.isArray(props)) return;
    for (const p of props as Json[]) {
      const key = `${String(p["id"]).toLowerCase()}\u0000${String(p["value"])}`;
      let set = this.epIndex.get(key);
      if (!set) this.epIndex.set(key, (set = new Set()));
      set.add(String(m["id"]));
    }
  }

  unindexMessage(m: Json): void {
    const props = m["singleValueExtendedProperties"];
    if (!Array.isArray(props)) return;
    for (const p of props as Json[]) {
      this.epIndex
        .get(`${String(p["id"]).toLowerCase()}\u0000${String(p["value"])}`)
        ?.delete(String(m["id"]));
    }
  }

  /** A To Do task gone from its list: its delta reports it "@removed" from now on. */
  removeTodoTask(t: Json): void {
    this.todoTasks.delete(String(t["id"]));
    this.removedTodoTasks.push({ id: String(t["id"]), listId: String(t["_listId"]), seq: ++this.seq });
    this.changed();
  }

  messagesWithProperty(id: string, value: string): Json[] {
    const ids = this.epIndex.get(`${id.toLowerCase()}\u0000${value}`);
    if (!ids) return [];
    const out: Json[] = [];
    for (const i of ids) {
      const m = this.messages.get(i);
      if (m) out.push(m);
    }
    return out;
  }

  onChange(fn: () => void): void {
    this.listeners.push(fn);
  }

  changed(): void {
    for (const fn of this.listeners) fn();
  }

  toData(): StoreData {
    return {
      user: this.user,
      mailFolders: [...this.mailFolders.values()],
      messages: [...this.messages.values()],
      removedMessages: this.removedMessages,
      removedTodoTasks: this.removedTodoTasks,
      categories: [...this.categories.values()],
      events: [...this.events.values()],
      todoLists: [...this.todoLists.values()],
      todoTasks: [...this.todoTasks.values()],
      notebooks: [...this.notebooks.values()],
      sectionGroups: [...this.sectionGroups.values()],
      sections: [...this.sections.values()],
      pages: [...this.pages.values()],
      driveItems: [...this.driveItems.values()],
      seq: this.seq,
      counter: this.counter,
      oneNoteSectionPageLimit: this.oneNoteSectionPageLimit,
    };
  }
}
