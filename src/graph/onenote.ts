// Svara in OneNote (NotesPort): the candidates' log pages (onenoteCandidatePages.ts) and the
// weekly to-do page (onenoteTodoPage.ts), on one notebook "Svara" found or made once
// (onenoteNotebook.ts).
import type { GraphHttp } from "./graphHttp";
import type { NotesPort } from "./ports";
import { createCandidatePages } from "./onenoteCandidatePages";
import { createSvaraNotebook } from "./onenoteNotebook";
import { createTodoPage } from "./onenoteTodoPage";

export interface NotesOptions {
  readonly now?: () => number;
}

export function createOneNote(http: GraphHttp, options: NotesOptions = {}): NotesPort {
  const book = createSvaraNotebook(http);
  return {
    ...createCandidatePages(http, book, options.now ?? (() => Date.now())),
    ...createTodoPage(http, book),
  };
}
