// Every adapter over one Graph connection: what sync/ calls its ports (SyncPorts has this shape).
// The one place that lists them, so the pane, the send handler, the bench and the tests wire alike.
import { createCalendarEvents } from "./calendarEvents";
import { createDrafts } from "./drafts";
import { createExportFiles } from "./exportFiles";
import { createFeedbackDocuments } from "./feedback";
import { createFirmSettingsDocument } from "./firmSettings";
import type { GraphHttp } from "./graphHttp";
import { createMailLinks } from "./mailLinks";
import type {
  CalendarPort,
  DraftsPort,
  ExportFilesPort,
  FeedbackPort,
  FirmSettingsPort,
  MailLinksPort,
  NotesPort,
  ProcessesPort,
  TemplatesPort,
  TodoIndexStore,
  TodoPort,
} from "./ports";
import { createOneNote } from "./onenote";
import type { PhoneFormatSource } from "./phoneFormat";
import { createProcesses } from "./processes";
import { createTemplatesDocument } from "./templates";
import { createTodoTasks } from "./todoTasks";

export interface GraphAdapters {
  readonly processes: ProcessesPort;
  readonly mailLinks: MailLinksPort;
  readonly todo: TodoPort;
  readonly calendar: CalendarPort;
  readonly notes: NotesPort;
  readonly drafts: DraftsPort;
  readonly templates: TemplatesPort;
  readonly feedback: FeedbackPort;
  readonly firmSettings: FirmSettingsPort;
  readonly exportFiles: ExportFilesPort;
}

export interface GraphAdapterOptions {
  /** How a phone number is written on OneNote pages and in call events (phoneFormat.ts). Every
   * runtime that writes them passes the same one, or a page's header would change back and forth. */
  readonly phoneText?: PhoneFormatSource;
  /** Where the To Do index is kept between starts (the pane's IndexedDB; decision 0012). */
  readonly todoIndex?: TodoIndexStore;
}

export function createGraphAdapters(http: GraphHttp, options: GraphAdapterOptions = {}): GraphAdapters {
  const { phoneText, todoIndex } = options;
  return {
    processes: createProcesses(http),
    mailLinks: createMailLinks(http),
    todo: createTodoTasks(http, todoIndex ? { store: todoIndex } : {}),
    calendar: createCalendarEvents(http, { phoneText }),
    notes: createOneNote(http, { phoneText }),
    drafts: createDrafts(http),
    templates: createTemplatesDocument(http),
    feedback: createFeedbackDocuments(http),
    firmSettings: createFirmSettingsDocument(http),
    exportFiles: createExportFiles(http),
  };
}
