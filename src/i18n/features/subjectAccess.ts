// The subject-access export's words (issue 14): what the recruiter gets when a candidate asks what
// the firm holds about them, and where the copy is kept — said plainly, as she would pass it on.
export const sv = {
  "subjectAccess.title": "Registerutdrag",
  "subjectAccess.hint":
    "Allt Svara har om kandidaten – processen, stegen, kontaktloggen, anteckningarna i OneNote, påminnelserna och mejlens ämnen och datum – som en läsbar HTML-fil och en JSON-fil.",
  "subjectAccess.button": "Exportera (registerutdrag)",
  "subjectAccess.busy": "Samlar ihop uppgifterna …",
  "subjectAccess.ready": "Utdraget för {name} är klart.",
  "subjectAccess.download": "Ladda ned {file}",
  "subjectAccess.saved": "Båda filerna är också sparade i din OneDrive, i mappen Appar/Svara/exports.",
  "subjectAccess.openSaved": "Öppna utdraget i OneDrive",
};

export const en: Record<keyof typeof sv, string> = {
  "subjectAccess.title": "Subject-access export",
  "subjectAccess.hint":
    "Everything Svara holds about the candidate – the process, the stages, the contact log, the notes in OneNote, the reminders and the mails' subjects and dates – as a readable HTML file and a JSON file.",
  "subjectAccess.button": "Export (subject-access request)",
  "subjectAccess.busy": "Gathering the data …",
  "subjectAccess.ready": "The export for {name} is ready.",
  "subjectAccess.download": "Download {file}",
  "subjectAccess.saved": "Both files are also saved in your OneDrive, in the folder Apps/Svara/exports.",
  "subjectAccess.openSaved": "Open the export in OneDrive",
};
