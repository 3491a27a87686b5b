import type { Language, Result } from "../domain/result";

/** The four Outlook surfaces the manifest puts Svara's button on. */
export type ItemKind = "message-read" | "message-compose" | "appointment-organizer" | "appointment-attendee";

export interface Person {
  readonly name: string;
  readonly email: string;
}

/** The mail or meeting the recruiter has open, as Svara needs it (never an Office.js object). */
export interface HostItem {
  readonly kind: ItemKind;
  /** Graph (REST) id; null for a compose item that has not been saved yet. */
  readonly restId: string | null;
  readonly conversationId: string | null;
  readonly subject: string;
  readonly from: Person | null;
  readonly to: readonly Person[];
  readonly cc: readonly Person[];
  /** When a received mail arrived (ISO); the answer clock starts there. */
  readonly receivedAt?: string;
  /** ISO date-times; appointments only. */
  readonly start?: string;
  readonly end?: string;
  readonly attendees?: readonly Person[];
  /** The start of a received mail's text, where the host has it without a round trip (the
   * workbench: Graph's bodyPreview); it tells the language the sender writes in. */
  readonly bodyPreview?: string;
}

export type ThemeKind = "light" | "dark" | "high-contrast";

export interface RoamingSettings {
  get<T>(key: string): T | undefined;
  set(key: string, value: unknown): Promise<Result<void>>;
}

export interface Host {
  /** Where the page runs: the task pane in Outlook or the workbench; the dashboard in Teams or a browser. */
  readonly name: "outlook" | "workbench" | "teams" | "browser";
  /** The item open now; null when nothing is selected (a pinned pane between mails). */
  currentItem(): Promise<Result<HostItem | null>>;
  /**
   * The open item's text, its first `limit` characters, where reading it costs a round trip
   * (Outlook); absent where `HostItem.bodyPreview` already holds it. Ask only when needed.
   */
  itemBodyText?(limit: number): Promise<Result<string | null>>;
  /** Called on every selection change while the pane is pinned; returns an unsubscribe function. */
  onItemChanged(listener: (item: HostItem | null) => void): () => void;
  /** Compose only: put HTML where the recruiter's cursor is. */
  insertHtmlAtCursor(html: string): Promise<Result<void>>;
  /** Read only: open the host's reply form with this HTML above the quoted mail. */
  displayReplyForm(html: string): Promise<Result<void>>;
  /** Open a mail (Graph REST id) in the host, e.g. a candidate's latest mail from the overview. */
  displayMessage(restId: string): Promise<Result<void>>;
  theme(): ThemeKind;
  /** The signed-in recruiter's address: their own mails are not "unknown senders". */
  userEmail(): string | null;
  /** BCP 47 tag of the host's UI language, e.g. "sv-SE". */
  displayLanguage(): string;
  readonly roamingSettings: RoamingSettings;
  /** Whether MSAL nested app authentication can be used in this host. */
  supportsNestedAppAuth(): boolean;
}

/** Where the dashboard page (dashboard.html) runs: a Teams personal tab, a plain browser, the workbench. */
export type DashboardHostKind = "teams" | "browser" | "workbench";

/** What the dashboard needs from wherever it runs; decided once, at start. */
export interface DashboardHost {
  readonly kind: DashboardHostKind;
  readonly theme: ThemeKind;
  readonly language: Language;
  /** Teams brokers tokens (MSAL nested app auth); a browser signs in with MSAL's own popup. */
  readonly supportsNestedAppAuth: boolean;
  /** Who Teams says is signed in, for MSAL's loginHint; null outside Teams. */
  readonly loginHint: string | null;
  /** Called when the host's theme changes while the page is open; returns an unsubscribe function. */
  onThemeChange(listener: (theme: ThemeKind) => void): () => void;
  /** Teams opens links itself (TeamsJS app.openLink); elsewhere the page opens a new tab. */
  readonly openLink?: (url: string) => Promise<void>;
}
