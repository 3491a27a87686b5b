import { err, ok, type Result } from "../domain/result";
import type { Host, HostItem, RoamingSettings, ThemeKind } from "./host";
import { hostErrors } from "./hostErrors";
import { officeAsync } from "./officeAsync";
import { readOutlookBodyText, readOutlookItem, toItemId } from "./outlookItem";
import { themeFromBackground } from "./themeFromColor";

/** Outlook's roaming settings hold 32 KB in all (ARCHITECTURE.md §9). */
const ROAMING_LIMIT = 32 * 1024;

function roamingSettings(office: typeof Office): RoamingSettings {
  const settings = () => office.context.roamingSettings;
  return {
    get: <T>(key: string) => (settings().get(key) as T | undefined) ?? undefined,
    async set(key, value): Promise<Result<void>> {
      const previous = settings().get(key) as unknown;
      settings().set(key, value);
      const approxSize = JSON.stringify(
        Object.fromEntries([[key, value]]), // only the value we add can push us over
      ).length;
      if (approxSize > ROAMING_LIMIT) {
        settings().set(key, previous);
        return err(hostErrors.settingsTooLarge());
      }
      const saved = await officeAsync<void>(
        (cb) => settings().saveAsync(cb),
        (cause) => hostErrors.office("spara inställningarna|save the settings", cause),
      );
      // Not saved: put the old value back, or every later save would carry the bad one again.
      if (!saved.ok) settings().set(key, previous);
      return saved.ok ? ok(undefined) : saved;
    },
  };
}

/** The host when Svara runs inside Outlook (desktop, web, Mac, mobile). Needs Office.onReady first. */
export function createOutlookHost(office: typeof Office = Office): Host {
  const mailbox = () => office.context.mailbox;
  const isCompose = () => {
    const item = mailbox().item as unknown as { subject?: unknown } | null;
    return !!item && typeof item.subject !== "string";
  };
  return {
    name: "outlook",
    currentItem: () => readOutlookItem(mailbox()),
    itemBodyText: (limit) => readOutlookBodyText(mailbox(), limit),
    onItemChanged(listener: (item: HostItem | null) => void) {
      let active = true;
      const report = async () => {
        if (!active) return;
        const item = await readOutlookItem(mailbox());
        // A failed read still tells the pane the old item is gone.
        listener(item.ok ? item.value : null);
      };
      // While writing, Outlook raises no ItemChanged when the recruiter adds a recipient or moves a
      // meeting; the item's own events do (Mailbox 1.7).
      const watchItem = () => {
        const item = mailbox().item as unknown as Office.MessageCompose | null;
        if (!item || !isCompose() || typeof item.addHandlerAsync !== "function") return;
        if (!office.context.requirements.isSetSupported("Mailbox", "1.7")) return;
        item.addHandlerAsync(office.EventType.RecipientsChanged, report);
        if (
          (item as unknown as { itemType?: unknown }).itemType === office.MailboxEnums.ItemType.Appointment
        ) {
          item.addHandlerAsync(office.EventType.AppointmentTimeChanged, report);
        }
      };
      // ItemChanged fires only while the pane is pinned (ARCHITECTURE.md §9); that is fine.
      mailbox().addHandlerAsync(office.EventType.ItemChanged, async () => {
        await report();
        watchItem();
      });
      watchItem();
      return () => {
        active = false;
        mailbox().removeHandlerAsync(office.EventType.ItemChanged);
      };
    },
    async insertHtmlAtCursor(html) {
      const item = mailbox().item as unknown as Office.MessageCompose | null;
      if (!item) return err(hostErrors.noItem());
      if (!isCompose()) return err(hostErrors.notCompose());
      return officeAsync<void>(
        (cb) => item.body.setSelectedDataAsync(html, { coercionType: office.CoercionType.Html }, cb),
        (cause) => hostErrors.office("infoga texten|insert the text", cause),
      );
    },
    async displayReplyForm(html) {
      const item = mailbox().item as unknown as Office.MessageRead | null;
      if (!item) return err(hostErrors.noItem());
      if (isCompose()) return err(hostErrors.notRead());
      try {
        item.displayReplyForm({ htmlBody: html });
        return ok(undefined);
      } catch (cause) {
        return err(hostErrors.office("öppna svaret|open the reply", cause));
      }
    },
    async displayMessage(restId) {
      const mailbox = office.context.mailbox;
      if (typeof mailbox.displayMessageForm !== "function") return err(hostErrors.cannotOpenMessage());
      try {
        mailbox.displayMessageForm(toItemId(mailbox, restId));
        return ok(undefined);
      } catch (cause) {
        return err({ ...hostErrors.cannotOpenMessage(), cause });
      }
    },
    theme(): ThemeKind {
      if (typeof window !== "undefined" && window.matchMedia?.("(forced-colors: active)").matches) {
        return "high-contrast";
      }
      return themeFromBackground(office.context.officeTheme?.bodyBackgroundColor);
    },
    displayLanguage: () => office.context.displayLanguage || "en-US",
    userEmail: () => office.context.mailbox.userProfile?.emailAddress?.toLowerCase() || null,
    roamingSettings: roamingSettings(office),
    supportsNestedAppAuth: () => office.context.requirements.isSetSupported("NestedAppAuth", "1.1"),
  };
}
