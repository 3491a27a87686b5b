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
  "erasure.row.auto": "Raderas automatiskt {date}",
  "erasure.consent.ask": "Be om samtycke",
  "erasure.consent.ask.label": "Skriv ett utkast till {name} om att få spara uppgifterna längre",
  "erasure.consent.asked": "Utkastet till {name} finns bland dina utkast.",
  "erasure.consent.yes": "De sa ja",
  "erasure.consent.yes.label": "{name} sa ja: spara i {count} månader till",
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
  "erasure.row.auto": "Erased automatically on {date}",
  "erasure.consent.ask": "Ask for consent",
  "erasure.consent.ask.label": "Write a draft to {name} asking to keep their data longer",
  "erasure.consent.asked": "The draft to {name} is among your drafts.",
  "erasure.consent.yes": "They said yes",
  "erasure.consent.yes.label": "{name} said yes: keep for another {count} months",
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
