// Which template ids are the built-ins', known from the kinds alone: code that only needs to tell a
// built-in apart (refusing an edit, counting one as read-only) does without their texts, which are
// loaded with the picker (library.ts).

import type { Language } from "../result";
import { TEMPLATE_KINDS, type TemplateKind } from "./template";

export type BuiltInKind = Exclude<TemplateKind, "custom">;

export const builtInTemplateId = (kind: BuiltInKind, language: Language): string =>
  `default-${kind}-${language}`;

const BUILT_IN_IDS: ReadonlySet<string> = new Set(
  TEMPLATE_KINDS.filter((kind): kind is BuiltInKind => kind !== "custom").flatMap((kind) =>
    (["sv", "en"] as const).map((language) => builtInTemplateId(kind, language)),
  ),
);

export const isBuiltInTemplateId = (id: string): boolean => BUILT_IN_IDS.has(id);
