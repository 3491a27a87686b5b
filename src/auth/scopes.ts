// Least privilege, with the reason for each scope next to it, so a reviewer (or a tenant admin
// reading the consent prompt) can check every permission against what Svara does with it.

export interface ScopeReason {
  readonly scope: string;
  readonly why: string;
}

/** Asked for at sign-in. Every entry is a Microsoft Graph resource scope (never openid/profile
 * alone: nested app auth on Mac and mobile fails without a resource scope). */
export const REQUIRED_SCOPES: readonly ScopeReason[] = [
  { scope: "User.Read", why: "who is signed in: name and address for the process owner" },
  {
    scope: "Mail.ReadWrite",
    why: "tag candidate mails (extended property + category) and create reply drafts; no mail is sent by Svara",
  },
  {
    scope: "Calendars.ReadWrite",
    why: "book calls and interviews with reminders; tag events with the candidate",
  },
  {
    scope: "Tasks.ReadWrite",
    why: "follow-up reminders as Microsoft To Do tasks in the recruiter's own list",
  },
  {
    scope: "Notes.ReadWrite",
    why: "the recruiter's own OneNote notebook for notes and the communication log (not .All: no one else's notebooks)",
  },
  {
    scope: "Files.ReadWrite.AppFolder",
    why: "process documents in Svara's own app folder, not the whole OneDrive",
  },
];

/** Asked for only when the recruiter opts in (incremental consent); Svara works without it. */
export const OPTIONAL_SCOPES: readonly ScopeReason[] = [
  {
    scope: "MailboxSettings.ReadWrite",
    why: "create Svara's categories in masterCategories so they show a colour; without it the category text is still set",
  },
];

// Mail.Send is deliberately absent: Svara prepares drafts and the recruiter sends them from Outlook
// (they read what goes to a candidate, and OnMessageSend logs it). A bulk status update is 200
// drafts, not 200 sent mails, so no scope that can send on the recruiter's behalf is ever granted.

export const requiredScopeNames = (): string[] => REQUIRED_SCOPES.map((s) => s.scope);

export const scopeNamesWithOptional = (): string[] => [
  ...requiredScopeNames(),
  ...OPTIONAL_SCOPES.map((s) => s.scope),
];
