import { appError, type AppError } from "../domain/result";

type HostErrorCode =
  | "host-not-compose"
  | "host-not-read"
  | "host-no-item"
  | "host-office-failed"
  | "host-cannot-open-message"
  | "host-settings-full"
  | "host-teams-unavailable";

declare module "../domain/errorCodes" {
  interface ErrorCodes {
    host: HostErrorCode;
  }
}

export const hostErrors = {
  notCompose: (): AppError =>
    appError(
      "host-not-compose",
      "Det går bara att infoga text i ett meddelande du skriver.",
      "Text can only be inserted into a message you are writing.",
    ),
  notRead: (): AppError =>
    appError(
      "host-not-read",
      "Svara kan bara öppna ett svar på ett meddelande du läser.",
      "Svara can only open a reply to a message you are reading.",
    ),
  noItem: (): AppError =>
    appError(
      "host-no-item",
      "Inget meddelande eller möte är markerat.",
      "No message or meeting is selected.",
    ),
  office: (what: string, cause: unknown): AppError =>
    appError(
      "host-office-failed",
      `Outlook kunde inte ${what.split("|")[0]}. Försök igen.`,
      `Outlook could not ${what.split("|")[1] ?? what}. Please try again.`,
      { cause, retryable: true },
    ),
  cannotOpenMessage: (): AppError =>
    appError(
      "host-cannot-open-message",
      "Outlook kan inte öppna meddelandet här. Sök efter det i inkorgen.",
      "Outlook cannot open the message here. Look for it in your inbox.",
    ),
  settingsTooLarge: (): AppError =>
    appError(
      "host-settings-full",
      "Inställningarna får inte plats (Outlook tillåter 32 kB).",
      "The settings do not fit (Outlook allows 32 KB).",
    ),
  teamsUnavailable: (cause: unknown): AppError =>
    appError(
      "host-teams-unavailable",
      "Teams svarade inte när Svara startade. Ladda om fliken; hjälper det inte, öppna Svara i webbläsaren.",
      "Teams did not answer when Svara started. Reload the tab; if that does not help, open Svara in the browser.",
      { cause, retryable: true },
    ),
};
