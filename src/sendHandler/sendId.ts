// The send id (domain/sentMail.ts holds the scheme and the header, so that sync and the Graph
// layer read what the handler writes). Making a fresh id is this runtime's job.

export {
  SEND_HEADER,
  SEND_PROPERTY,
  sendCommandId,
  sendContactId,
  sendIdFromHeaders,
} from "../domain/sentMail";

interface RandomSource {
  randomUUID?: () => string;
  getRandomValues?: <T extends ArrayBufferView | null>(array: T) => T;
}

/**
 * A fresh v4 UUID. Older JavaScript-only runtimes of classic Outlook have no `crypto` at all, so
 * this falls back to getRandomValues, then to Math.random: the id must be unique, not secret.
 */
export function newSendId(
  source: RandomSource | undefined = (globalThis as { crypto?: RandomSource }).crypto,
  random: () => number = Math.random,
): string {
  if (typeof source?.randomUUID === "function") return source.randomUUID().toLowerCase();
  const bytes = new Uint8Array(16);
  if (typeof source?.getRandomValues === "function") source.getRandomValues(bytes);
  else for (let i = 0; i < 16; i += 1) bytes[i] = Math.floor(random() * 256);
  bytes[6] = (bytes[6]! & 0x0f) | 0x40; // version 4
  bytes[8] = (bytes[8]! & 0x3f) | 0x80; // RFC 4122 variant
  const hex = [...bytes].map((b) => b.toString(16).padStart(2, "0")).join("");
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}
