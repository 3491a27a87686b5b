// The erasure list's words (issue 14): whose data Svara is due to erase, and why that date. Said as
// a recruiter would say it to a candidate who asks — plainly, with the firm's rule in one sentence.
export const sv = {
  "erasure.title": "Gallring av kandidatuppgifter",
  "erasure.rule":
    "Vi sparar uppgifter om kandidater som har lämnat en process i {count, plural, one {# månad} other {# månader}}, eller tills deras samtycke till talangpoolen går ut om det är senare. Sedan ska de raderas.",
  "erasure.due": "Ska raderas nu",
  "erasure.soon": "Ska raderas inom {days} dagar",
  "erasure.none": "Ingen kandidat ska raderas nu.",
  "erasure.noneSoon": "Ingen under de närmaste {days} dagarna.",
  "erasure.row.left": "{process} · lämnade {date}",
  "erasure.row.dueOn": "Radera senast {date}",
  "erasure.row.basis.left":
    "{count, plural, one {Sparad i # månad efter avslutad process} other {Sparad i # månader efter avslutad process}}",
  "erasure.row.basis.consent": "Samtycket till talangpoolen gick ut",
  "erasure.row.basis.consentSoon": "Samtycket till talangpoolen går ut",
  "erasure.open": "Öppna",
  "erasure.open.label": "Öppna {name}",
  // Erasing one candidate from their card: what goes, said plainly, before she confirms.
  "erasure.erase.title": "Radera kandidaten",
  "erasure.erase.hint":
    "En begäran om radering eller gallring: allt Svara har skrivit om kandidaten tas bort. Det går inte att ångra.",
  "erasure.erase.open": "Radera kandidaten…",
  "erasure.erase.dialogTitle": "Radera {name}?",
  "erasure.erase.intro": "Svara raderar allt den har sparat om {name}:",
  "erasure.erase.place.process": "posten i processen och dess logg",
  "erasure.erase.place.onenote": "sidan i OneNote",
  "erasure.erase.place.todo": "uppgifterna i To Do",
  "erasure.erase.place.calendar":
    "händelser i kalendern som Svara har skapat (på intervjuer du bokat själv tas bara Svaras koppling bort)",
  "erasure.erase.place.drafts": "Svaras osända utkast till dem",
  "erasure.erase.place.exports": "registerutdrag om dem som sparats i OneDrive (Appar/Svara/exports)",
  "erasure.erase.place.device": "kopior på den här enheten (ändringar som väntar, anteckningsutkast)",
  "erasure.erase.receipt":
    "Kvar i processen blir ett kvitto utan personuppgifter: vad som raderades, var, när och av vem.",
  "erasure.erase.mailsStay": "Deras mejl ligger kvar i din brevlåda om du inte kryssar i rutan.",
  "erasure.erase.deleteMails": "Radera även deras mejl (flyttas till Borttagna objekt)",
  "erasure.erase.cancel": "Avbryt",
  "erasure.erase.confirm": "Radera",
  "erasure.erase.done":
    "Kandidaten är raderad här. Resten tas bort i Microsoft 365 när ändringen har skickats; processen behåller ett kvitto utan personuppgifter.",
  "erasure.row.auto": "Raderas automatiskt {date}",
  "erasure.consent.ask": "Be om samtycke",
  "erasure.consent.ask.label": "Be om samtycke: ett utkast till {name} om att få spara uppgifterna längre",
  "erasure.consent.asked": "Utkastet till {name} finns bland dina utkast.",
  "erasure.consent.yes": "De sa ja",
  "erasure.consent.yes.label": "De sa ja: spara {name} i {count} månader till",
  "erasure.consent.recorded": "Samtycket från {name} är sparat.",
  "erasure.settings.title": "Byråns regel",
  "erasure.settings.months": "Månader att spara en avslutad kandidat",
  "erasure.settings.auto": "Radera automatiskt efter respittiden",
  "erasure.settings.grace": "Respittid i dagar",
  "erasure.settings.autoRule":
    "Svara raderar själv {days, plural, one {# dag} other {# dagar}} efter datumet, på den första enhet som är öppen. Kvittot säger att regeln raderade.",
  "erasure.settings.save": "Spara regeln",
  "erasure.settings.shared": "Gäller alla rekryterare på byrån.",
};

export const en: Record<keyof typeof sv, string> = {
  "erasure.title": "Erasing candidates' data",
  "erasure.rule":
    "We keep data about candidates who have left a process for {count, plural, one {# month} other {# months}}, or until their talent-pool consent expires if that is later. Then it is to be erased.",
  "erasure.due": "Due for erasure now",
  "erasure.soon": "Due within {days} days",
  "erasure.none": "No candidate is due for erasure now.",
  "erasure.noneSoon": "None in the next {days} days.",
  "erasure.row.left": "{process} · left on {date}",
  "erasure.row.dueOn": "Erase by {date}",
  "erasure.row.basis.left":
    "{count, plural, one {Kept # month after leaving} other {Kept # months after leaving}}",
  "erasure.row.basis.consent": "Their talent-pool consent has expired",
  "erasure.row.basis.consentSoon": "Their talent-pool consent expires",
  "erasure.open": "Open",
  "erasure.open.label": "Open {name}",
  "erasure.erase.title": "Erase the candidate",
  "erasure.erase.hint":
    "A request to be erased, or the retention rule: everything Svara wrote about the candidate is removed. This cannot be undone.",
  "erasure.erase.open": "Erase candidate…",
  "erasure.erase.dialogTitle": "Erase {name}?",
  "erasure.erase.intro": "Svara erases everything it keeps about {name}:",
  "erasure.erase.place.process": "their entry in the process and its log",
  "erasure.erase.place.onenote": "their OneNote page",
  "erasure.erase.place.todo": "their To Do tasks",
  "erasure.erase.place.calendar":
    "calendar events Svara created (on interviews you booked yourself, only Svara's link is removed)",
  "erasure.erase.place.drafts": "Svara's unsent drafts to them",
  "erasure.erase.place.exports": "subject-access exports of them saved in OneDrive (Apps/Svara/exports)",
  "erasure.erase.place.device": "copies on this device (changes waiting to be sent, note drafts)",
  "erasure.erase.receipt":
    "The process keeps a receipt with no personal data: what was erased, where, when and by whom.",
  "erasure.erase.mailsStay": "Their mails stay in your mailbox unless you tick the box.",
  "erasure.erase.deleteMails": "Also delete their mails (moved to Deleted Items)",
  "erasure.erase.cancel": "Cancel",
  "erasure.erase.confirm": "Erase",
  "erasure.erase.done":
    "Candidate erased here. The rest is removed from Microsoft 365 once the change has been sent; the process keeps a receipt with no personal data.",
  "erasure.row.auto": "Erased automatically on {date}",
  "erasure.consent.ask": "Ask for consent",
  "erasure.consent.ask.label": "Ask for consent: a draft to {name} asking to keep their data longer",
  "erasure.consent.asked": "The draft to {name} is among your drafts.",
  "erasure.consent.yes": "They said yes",
  "erasure.consent.yes.label": "They said yes: keep {name} for another {count} months",
  "erasure.consent.recorded": "The consent from {name} is saved.",
  "erasure.settings.title": "The firm's rule",
  "erasure.settings.months": "Months to keep a candidate who left",
  "erasure.settings.auto": "Erase automatically after the grace period",
  "erasure.settings.grace": "Grace period in days",
  "erasure.settings.autoRule":
    "Svara erases by itself {days, plural, one {# day} other {# days}} after the date, on the first device that is open. The receipt says the rule erased.",
  "erasure.settings.save": "Save the rule",
  "erasure.settings.shared": "Applies to every recruiter at the firm.",
};
