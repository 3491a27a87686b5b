// An Outlook add-in's custom properties (Office.CustomProperties) as Graph sees them: Office.js keeps
// all of one add-in's properties as JSON in a single named string property, "cecp-" + the manifest's
// <Id> (lower-cased, no braces), in PS_PUBLIC_STRINGS ([MS-OXCEXT] 2.2.5,
// learn.microsoft.com/openspecs/exchange_server_protocols/ms-oxcext). They stay on the sender's item
// when it is sent, so Sent Items has them (Office.CustomProperties remarks), unlike custom headers.
import { SEND_PROPERTY } from "../../domain/sentMail";
import { propertyValue } from "./svaraProperties";

/** manifest.xml's <Id> (a unit test holds the two together). */
export const ADDIN_ID = "1a6aadfa-5773-4a46-89e4-ce5257f2ba14";

const PS_PUBLIC_STRINGS = "{00020329-0000-0000-C000-000000000046}";

export const CUSTOM_PROPERTIES = `String ${PS_PUBLIC_STRINGS} Name cecp-${ADDIN_ID}`;

/** One custom property of Svara's from an item Graph returned with CUSTOM_PROPERTIES expanded. */
export function customProperty(item: unknown, name: string): string | null {
  const raw = propertyValue(item, CUSTOM_PROPERTIES);
  if (raw === null) return null;
  try {
    const parsed = JSON.parse(raw) as unknown;
    const value =
      typeof parsed === "object" && parsed !== null ? (parsed as Record<string, unknown>)[name] : null;
    return typeof value === "string" ? value : null;
  } catch {
    // Not JSON Office.js wrote: no stamp, so the mail is matched by its other ids.
    return null;
  }
}

/** The send handler's send id on a sent mail, unchecked (domain/sentMail.ts checks it). */
export const sendPropertyOf = (message: unknown): string | null => customProperty(message, SEND_PROPERTY);
