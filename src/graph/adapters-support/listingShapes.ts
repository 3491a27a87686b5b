// The fields each of Svara's listings reads from its items (answerShape.ts checks them): a field
// an adapter finds or matches items by must be there, so an item without it cannot pass for
// "not ours" and be made again.
import type { ItemShape } from "./answerShape";

const properties = { id: "string", singleValueExtendedProperties: "array?" } as const;

export const SHAPES = {
  todoLists: { id: "string", displayName: "string?", wellknownListName: "string?" },
  todoTasks: {
    id: "string",
    status: "string?",
    linkedResources: "array?",
    extensions: "array?",
    body: "object?",
  },
  /** A task delta's entry: a task (id, status) or a removal ("@removed", no status). */
  todoDelta: { id: "string", status: "string?" },
  events: { ...properties, end: "object?" },
  drafts: properties,
  messages: { ...properties, parentFolderId: "string?", internetMessageHeaders: "array?" },
  categories: { id: "string", displayName: "string" },
  notebooks: { id: "string", displayName: "string" },
  sections: { id: "string", displayName: "string" },
  pages: { id: "string", title: "string?" },
  driveChildren: { id: "string", name: "string", file: "object?", eTag: "string?" },
} satisfies Record<string, ItemShape>;
