// The bulk view's words (issue 10). A file per feature keeps the catalogues small and lets each
// view's words be read together; catalogue.ts joins them, and the English must have every key.
// Swedish: "statusuppdatering", "utkast", "kön" for the outbox; never "besked" here.
export const sv = {
  "bulk.intro":
    "Välj kandidater. Var och en får ett eget utkast med processens tidsplan och nästa steg. Klockan stannar först när du skickar utkastet.",
  "bulk.process": "Process",
  "bulk.allProcesses": "Alla processer",
  "bulk.selectNear": "Alla med högst 2 dagar kvar",
  "bulk.selectNone": "Avmarkera alla",
  "bulk.selectedCount": "{total, plural, one {{count} av # vald} other {{count} av # valda}}",
  "bulk.list": "Kandidater för statusuppdatering",
  "bulk.empty": "Inga öppna kandidater.",
  "bulk.clock.stopped": "Har fått svar",
  "bulk.clock.dueToday": "Svar senast i dag",
  "bulk.clock.overdueToday": "Svarstiden gick ut i dag",
  "bulk.clock.overdue": "{days, plural, one {# dag för sent} other {# dagar för sent}}",
  "bulk.clock.left": "{days, plural, one {# dag kvar} other {# dagar kvar}}",
  "bulk.skipped.title": "Får inget utkast ({count})",
  "bulk.create": "{count, plural, one {Skapa # utkast} other {Skapa # utkast}}",
  "bulk.nothingToCreate": "Välj minst en kandidat som kan få ett utkast.",
  "bulk.progress.title": "Utkasten går genom kön, 20 åt gången",
  "bulk.progress.label":
    "{total, plural, one {{done} av # utkast skapat} other {{done} av # utkast skapade}}",
  "bulk.cancel": "Avbryt det som inte skickats",
  "bulk.cancelled":
    "{count, plural, one {Avbrutet: # utkast skapas inte.} other {Avbrutet: # utkast skapas inte.}}",
  "bulk.notCancelled": "En omgång var redan på väg och görs klart.",
  "bulk.done":
    "{count, plural, one {Klart: # utkast finns i Utkast. Klockan stannar när du skickar det.} other {Klart: # utkast finns i Utkast. Klockan stannar när du skickar dem.}}",
  "bulk.failed.title": "Inget utkast skapades för ({count})",
  "bulk.retry": "Försök igen",
  "bulk.retryFor": "Försök igen för {name}",
  "bulk.again": "Ny statusuppdatering",
  "bulk.template": "Mall",
  "bulk.template.hint": "Var och en får mallen på sitt eget språk.",
  "bulk.template.builtIn": "Standardmallar",
  "bulk.template.own": "Dina mallar",
} as const;

export const en: Record<keyof typeof sv, string> = {
  "bulk.intro":
    "Choose candidates. Each gets their own draft with the process's timeline and next step. The clock stops only when you send the draft.",
  "bulk.process": "Process",
  "bulk.allProcesses": "All processes",
  "bulk.selectNear": "All with ≤ 2 days left",
  "bulk.selectNone": "Select none",
  "bulk.selectedCount": "{count} of {total} selected",
  "bulk.list": "Candidates for a status update",
  "bulk.empty": "No open candidates.",
  "bulk.clock.stopped": "Has had an answer",
  "bulk.clock.dueToday": "Answer due today",
  "bulk.clock.overdueToday": "The answer was due today",
  "bulk.clock.overdue": "{days, plural, one {# day late} other {# days late}}",
  "bulk.clock.left": "{days, plural, one {# day left} other {# days left}}",
  "bulk.skipped.title": "Get no draft ({count})",
  "bulk.create": "{count, plural, one {Create # draft} other {Create # drafts}}",
  "bulk.nothingToCreate": "Choose at least one candidate who can get a draft.",
  "bulk.progress.title": "The drafts go through the queue, 20 at a time",
  "bulk.progress.label":
    "{total, plural, one {{done} of # draft created} other {{done} of # drafts created}}",
  "bulk.cancel": "Cancel what has not gone",
  "bulk.cancelled":
    "{count, plural, one {Cancelled: # draft will not be made.} other {Cancelled: # drafts will not be made.}}",
  "bulk.notCancelled": "One round was already on its way and will finish.",
  "bulk.done":
    "{count, plural, one {Done: # draft is in Drafts. The clock stops when you send it.} other {Done: # drafts are in Drafts. The clock stops when you send them.}}",
  "bulk.failed.title": "No draft was made for ({count})",
  "bulk.retry": "Try again",
  "bulk.retryFor": "Try again for {name}",
  "bulk.again": "New status update",
  "bulk.template": "Template",
  "bulk.template.hint": "Each candidate gets the template in their own language.",
  "bulk.template.builtIn": "Built-in templates",
  "bulk.template.own": "Your templates",
};
