// The calendar's idempotency key. Graph documents transactionId only as "a custom identifier";
// clients in the wild use GUIDs, and Exchange keeps it with the item. A follow-up id can be 100
// characters of ':' and '~', so it is mapped, deterministically, to a GUID-shaped string: the
// same follow-up always gives the same transactionId, on every device, in every session.
const GUID_NAMESPACE = "svara/follow-up/";

/** `generation`: absent for the first id a follow-up's event is made with; another one once that
 * id can no longer serve (transactionGenerations.ts). The same inputs always give the same id. */
export async function transactionIdFor(followUpId: string, generation?: string): Promise<string> {
  const name = `${GUID_NAMESPACE}${followUpId}${generation === undefined ? "" : `#${generation}`}`;
  const bytes = new Uint8Array(await crypto.subtle.digest("SHA-256", new TextEncoder().encode(name)));
  // RFC 4122 layout, version 5-style (name-based) and variant bits set, so it parses as a GUID.
  bytes[6] = (bytes[6]! & 0x0f) | 0x50;
  bytes[8] = (bytes[8]! & 0x3f) | 0x80;
  const hex = [...bytes.slice(0, 16)].map((b) => b.toString(16).padStart(2, "0")).join("");
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20, 32)}`;
}
