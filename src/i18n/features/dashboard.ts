// The dashboard page's words (issue 10): its header and the side panel with the chosen candidate.
// A file per feature keeps the catalogues small; catalogue.ts joins them, and the English must have
// every key.
export const sv = {
  "dashboard.title": "Svara – översikt",
  "dashboard.signedInAs": "Inloggad som {email}",
  "dashboard.panel": "Vald kandidat",
  "dashboard.panel.close": "Stäng",
  "dashboard.panel.gone": "Kandidaten finns inte längre i någon process.",
  "dashboard.openLatestMail": "Öppna senaste e-post",
} as const;

export const en: Record<keyof typeof sv, string> = {
  "dashboard.title": "Svara – overview",
  "dashboard.signedInAs": "Signed in as {email}",
  "dashboard.panel": "Chosen candidate",
  "dashboard.panel.close": "Close",
  "dashboard.panel.gone": "The candidate is no longer in any process.",
  "dashboard.openLatestMail": "Open latest mail",
};
