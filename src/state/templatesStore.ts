import { createStore } from "zustand/vanilla";
import {
  ok,
  type AppError,
  type Result,
  type Template,
  type TemplateChange,
  type TemplateDraft,
} from "../domain";
import { makeCommand, stampNow, type Stamp } from "../sync/commands";
import type { SyncEngine } from "../sync/engine";
import { loadBuiltInTemplates } from "./builtInTemplates";
import { memoLast } from "./memo";

/** Her own templates as she should see them (the engine's view of approot:/templates.json with her
 * unsent changes on top), and what she does to them. Each action resolves to "saved" (in the
 * outbox, shown at once) or why not — an error means nothing was saved and the editor keeps what
 * she typed. The built-ins are the domain's, read-only: their texts are fetched with her templates
 * (builtInTemplates.ts), not in the pane's first paint. */
export interface TemplatesStore {
  readonly status: "loading" | "ready" | "error";
  readonly own: readonly Template[];
  /** The built-in templates once their texts are here (empty until then). */
  readonly builtIns: readonly Template[];
  /** Why her templates could not be read; the built-ins are still offered. */
  readonly error: AppError | null;
  /** The engine's view changed. */
  showTemplates(own: readonly Template[]): void;
  /** Reads her templates document from Microsoft 365 (through the engine), and the built-ins' texts. */
  load(): Promise<void>;
  /** Resolves to the new template's id. */
  create(draft: TemplateDraft): Promise<Result<string>>;
  /** A copy of any template, built-in or hers, under `name`; resolves to the copy's id. */
  copy(sourceId: string, name: string): Promise<Result<string>>;
  edit(id: string, draft: TemplateDraft): Promise<Result<void>>;
  remove(id: string): Promise<Result<void>>;
}

export type TemplatesGateway = Pick<SyncEngine, "dispatch" | "refreshTemplates">;

/** `stamp` makes each command's id (also a new template's id) and time at the click. */
export const createTemplatesStore = (sync: TemplatesGateway, stamp: () => Stamp = () => stampNow()) =>
  createStore<TemplatesStore>()((set) => {
    const send = async (change: (id: string) => TemplateChange): Promise<Result<string>> => {
      const s = stamp();
      const c = change(s.id);
      const saved = await sync.dispatch(makeCommand("ChangeTemplate", { change: c }, s));
      return saved.ok ? ok(c.templateId) : saved;
    };
    const done = async (sending: Promise<Result<string>>): Promise<Result<void>> => {
      const r = await sending;
      return r.ok ? ok(undefined) : r;
    };
    return {
      status: "loading",
      own: [],
      builtIns: [],
      error: null,
      showTemplates: (own) => set({ own }),
      load: async () => {
        set({ status: "loading", error: null });
        // Side by side: neither waits for the other, and a failed fetch of the texts is tried again
        // at the next load.
        const texts = loadBuiltInTemplates().then(
          (builtIns) => set({ builtIns }),
          () => undefined,
        );
        const loaded = await sync.refreshTemplates();
        await texts;
        set(loaded.ok ? { status: "ready" } : { status: "error", error: loaded.error });
      },
      create: (draft) => send((id) => ({ op: "create", templateId: id, draft })),
      copy: (sourceId, name) => send((id) => ({ op: "copy", templateId: id, sourceId, name })),
      edit: (id, draft) => done(send(() => ({ op: "edit", templateId: id, draft }))),
      remove: (id) => done(send(() => ({ op: "delete", templateId: id }))),
    };
  });

export type TemplatesStoreApi = ReturnType<typeof createTemplatesStore>;

const builtInsThenOwn = memoLast((builtIns: readonly Template[], own: readonly Template[]) => [
  ...builtIns,
  ...own,
]);

/** Every template a picker offers: the built-ins, then hers (the same array while both are unchanged). */
export const selectAllTemplates = (state: Pick<TemplatesStore, "own" | "builtIns">): readonly Template[] =>
  builtInsThenOwn(state.builtIns, state.own);
