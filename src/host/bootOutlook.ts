import type { Host } from "./host";
import { createOutlookHost } from "./outlookHost";

/** Waits for Office.js to be ready, then hands out the Outlook host. Office.initialize is not used. */
export async function bootOutlookHost(): Promise<Host> {
  await Office.onReady();
  return createOutlookHost(Office);
}
