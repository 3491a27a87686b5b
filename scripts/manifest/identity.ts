import { Tally, type CheckResult } from "./problem";
import { child, type XmlElement } from "./xmlTree";

const GUID = /^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$/;
/** Four parts, each 0–65535 (Office reads it as a .NET System.Version). */
const VERSION = /^\d{1,5}\.\d{1,5}\.\d{1,5}\.\d{1,5}$/;
const CULTURE = /^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/i;
const PERMISSIONS = ["Restricted", "ReadItem", "ReadWriteItem", "ReadWriteMailbox"];
const APP_NS = "http://schemas.microsoft.com/office/appforoffice/1.1";
/** The unified manifest's name.short holds 30 and description.short 80; the converter truncates. */
const SHORT_NAME = 30;
const SHORT_DESCRIPTION = 80;

const text = (root: XmlElement, name: string): string => child(root, name)?.text.trim() ?? "";

/** Localised values of a DisplayName/Description: DefaultValue plus each Override. */
function values(el: XmlElement | undefined): { locale: string; value: string }[] {
  if (!el) return [];
  return [
    { locale: "default", value: el.attrs.DefaultValue ?? "" },
    ...el.children.map((o) => ({ locale: o.attrs.Locale ?? "?", value: o.attrs.Value ?? "" })),
  ];
}

/** Id is a GUID, Version is n.n.n.n, DefaultLocale and the names are set and fit. */
export function checkIdentity(root: XmlElement): CheckResult {
  const tally = new Tally("identity");
  tally.expect(root.attrs.xmlns === APP_NS, `<OfficeApp> xmlns must be ${APP_NS}`);

  const id = text(root, "Id");
  tally.expect(GUID.test(id), `<Id> "${id}" is not a GUID (xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx)`);
  const version = text(root, "Version");
  const parts = version.split(".").map(Number);
  tally.expect(
    VERSION.test(version) && parts.every((n) => n <= 65535),
    `<Version> "${version}" must be n.n.n.n (four numbers, each 0–65535)`,
  );
  const locale = text(root, "DefaultLocale");
  tally.expect(CULTURE.test(locale), `<DefaultLocale> "${locale}" must be a culture name such as en-US`);
  const provider = text(root, "ProviderName");
  tally.expect(provider.length > 0 && provider.length <= 125, `<ProviderName> must be 1 to 125 characters`);
  const permissions = text(root, "Permissions");
  tally.expect(
    PERMISSIONS.includes(permissions),
    `<Permissions> "${permissions}" must be one of ${PERMISSIONS.join(", ")}`,
  );

  for (const { locale: l, value } of values(child(root, "DisplayName"))) {
    tally.expect(value.length > 0 && value.length <= 125, `<DisplayName> (${l}) must be 1 to 125 characters`);
    tally.expect(
      value.length <= SHORT_NAME,
      `<DisplayName> (${l}) is ${value.length} characters; over ${SHORT_NAME} the unified manifest's ` +
        `name.short gets truncated`,
    );
  }
  for (const { locale: l, value } of values(child(root, "Description"))) {
    tally.expect(value.length > 0 && value.length <= 250, `<Description> (${l}) must be 1 to 250 characters`);
    tally.expect(
      value.length <= SHORT_DESCRIPTION,
      `<Description> (${l}) is ${value.length} characters; over ${SHORT_DESCRIPTION} the unified manifest's ` +
        `description.short gets truncated`,
    );
  }
  return tally.result();
}
