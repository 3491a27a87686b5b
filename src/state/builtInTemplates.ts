// The built-in template texts (≈ 6 KB gzip, two languages) as a chunk of their own: the pane's first
// paint and its first card do without them, the pickers and the template screens fetch them once.
import type { Template } from "../domain";

let loading: Promise<readonly Template[]> | undefined;

/** The built-ins, fetched once; a failed fetch (the network) is tried again on the next call. */
export function loadBuiltInTemplates(): Promise<readonly Template[]> {
  loading ??= import(/* webpackChunkName: "template-texts" */ "../domain/templates/library").then(
    (library) => library.DEFAULT_TEMPLATES,
    (cause: unknown) => {
      loading = undefined;
      throw cause;
    },
  );
  return loading;
}
