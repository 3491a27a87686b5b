// A sent mail's identity that survives into Sent Items. Custom internet headers are on the
// recipients' copies only ("internet headers just do not exist on the copy in Sent Items":
// microsoftgraph/microsoft-graph-docs issue #2716); an add-in's custom properties stay on the
// sender's item ("When a message … with custom properties is sent, its properties can be accessed
// from the item in the Sent Items folder": learn.microsoft.com/javascript/api/outlook/office.customproperties),
// stored as the named property cecp-{add-in id} in PS_PUBLIC_STRINGS ([MS-OXCEXT] 2.2.5).
import { readFileSync } from "node:fs";
import { mailContactId } from "../../../src/domain/mailContactIds";
import {
  ADDIN_ID,
  CUSTOM_PROPERTIES,
  customProperty,
} from "../../../src/graph/adapters-support/officeCustomProperties";
import { toMailSummary } from "../../../src/graph/adapters-support/mailSummary";
import { CUSTOM_PROPERTIES_ID } from "../../../src/workbench/customProperties";

const SEND_ID = "0f8fad5b-d9cb-469f-a165-70867728950e";
const withProperties = (value: string) => ({
  id: "AAMk-sent-1",
  subject: "Re: Ansökan",
  parentFolderId: "sentitems",
  // Graph may answer the property id in another case than it was asked for.
  singleValueExtendedProperties: [{ id: CUSTOM_PROPERTIES.toLowerCase(), value }],
});

describe("the send id a mail keeps in Sent Items", () => {
  it("names the property after manifest.xml's add-in id, lower-cased, as Office.js stores it", () => {
    const manifestId = /<Id>([^<]+)<\/Id>/.exec(readFileSync("manifest.xml", "utf8"))![1]!;
    expect(ADDIN_ID).toBe(manifestId.toLowerCase().replace(/[{}]/g, ""));
    expect(CUSTOM_PROPERTIES).toBe(`String {00020329-0000-0000-C000-000000000046} Name cecp-${ADDIN_ID}`);
    // The workbench plays Outlook saving them: the same property.
    expect(CUSTOM_PROPERTIES_ID).toBe(CUSTOM_PROPERTIES);
  });

  it("reads one custom property out of the JSON Office.js saved, and nothing out of anything else", () => {
    expect(customProperty(withProperties(`{"svaraSend":"${SEND_ID}","other":"x"}`), "svaraSend")).toBe(
      SEND_ID,
    );
    expect(customProperty(withProperties("{not json"), "svaraSend")).toBeNull();
    expect(customProperty(withProperties('{"svaraSend":42}'), "svaraSend")).toBeNull();
    expect(customProperty({ id: "m" }, "svaraSend")).toBeNull();
  });

  it("logs a Sent Items mail without its header under the send handler's id, from the custom property", () => {
    const summary = toMailSummary(
      withProperties(`{"svaraSend":"${SEND_ID.toUpperCase()}"}`) as never,
      () => "sentitems",
    );
    expect(summary.sendProperty).toBe(SEND_ID.toUpperCase());
    expect(mailContactId({ ...summary, internetMessageHeaders: [] })).toBe(`send:${SEND_ID}`);
  });

  it("still knows a mail by its header when it has no custom property (an inbox copy)", () => {
    expect(
      mailContactId({ id: "m", internetMessageHeaders: [{ name: "X-Svara-Send", value: SEND_ID }] }),
    ).toBe(`send:${SEND_ID}`);
    expect(mailContactId({ id: "m", sendProperty: "not-a-uuid", internetMessageId: "<a@b>" })).toBe(
      "mail:a@b",
    );
  });
});
