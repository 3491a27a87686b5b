// A stored phone number (E.164, what a phone dials) as the recruiter reads it on a OneNote page or
// in a call event: "070-765 12 34" in Swedish, "+46 70 765 12 34" in English, as the card shows it
// (i18n/phone.ts). The formatter is given by each runtime's composition, not imported here: the pane
// loads it as its own chunk when a page or event is first written (its first start does not wait
// for it), the send handler carries it in its single file.
import type { Language } from "../domain";

export type PhoneFormat = (stored: string, language: Language) => string;

/** Gives the formatter; may load it, and may fail to (a chunk that did not arrive). */
export type PhoneFormatSource = () => Promise<PhoneFormat>;

/** The number as stored: what a runtime without the formatter writes, and what tests compare. */
export const STORED_AS_IS: PhoneFormat = (stored) => stored;

/** The formatter, loaded once. A load that fails writes the stored number this time (still
 * dialable, and the next header refresh puts it right) and is tried again next time. */
export function phoneFormats(source: PhoneFormatSource | undefined): () => Promise<PhoneFormat> {
  if (!source) return () => Promise.resolve(STORED_AS_IS);
  let loaded: PhoneFormat | null = null;
  return async () => {
    if (loaded) return loaded;
    try {
      loaded = await source();
      return loaded;
    } catch {
      return STORED_AS_IS;
    }
  };
}
