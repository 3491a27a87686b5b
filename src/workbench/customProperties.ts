// How Exchange stores an add-in's custom properties when Outlook saves them (the workbench plays
// Outlook, so it writes them as Outlook would): one JSON string in the named property "cecp-" +
// the manifest's <Id> in PS_PUBLIC_STRINGS ([MS-OXCEXT] 2.2.5). Svara's Graph layer reads the same
// property (graph/adapters-support/officeCustomProperties.ts); a unit test holds both to manifest.xml.
const ADDIN_ID = "1a6aadfa-5773-4a46-89e4-ce5257f2ba14";

export const CUSTOM_PROPERTIES_ID = `String {00020329-0000-0000-C000-000000000046} Name cecp-${ADDIN_ID}`;

/** The extended property Outlook saves for the add-in's custom properties on an item. */
export const customPropertiesOnItem = (properties: Readonly<Record<string, string>>) => ({
  id: CUSTOM_PROPERTIES_ID,
  value: JSON.stringify(properties),
});
