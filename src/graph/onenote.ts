// Svara in OneNote (NotesPort): the candidates' log pages (onenoteCandidatePages.ts, read as text
// for an export by onenoteCandidateText.ts) and the weekly to-do page (onenoteTodoPage.ts), on one
// notebook "Svara" found or made once (onenoteNotebook.ts).
import type { GraphHttp } from "./graphHttp";
import type { NotesPort } from "./ports";
import { createCandidatePages } from "./onenoteCandidatePages";
import { createCandidateText } from "./onenoteCandidateText";
import { createSvaraNotebook } from "./onenoteNotebook";
import { createTodoPage } from "./onenoteTodoPage";
import { phoneFormats, type PhoneFormatSource } from "./phoneFormat";

export interface NotesOptions {
  readonly now?: () => number;
  /** How the page header writes the candidate's phone; without it, as stored. */
  readonly phoneText?: PhoneFormatSource;
}

export function createOneNote(http: GraphHttp, options: NotesOptions = {}): NotesPort {
  const book = createSvaraNotebook(http);
  const { existingPage, ...pages } = createCandidatePages(
    http,
    book,
    options.now ?? (() => Date.now()),
    phoneFormats(options.phoneText),
  );
  return {
    ...pages,
    ...createCandidateText(book, existingPage),
    ...createTodoPage(http, book),
  };
}
