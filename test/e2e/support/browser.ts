import { chromium, type Browser } from "playwright-core";

/**
 * Debian's chromium, never a downloaded one (there is no network for that here). The flags keep it
 * from phoning home, which this machine's closed network would refuse many times per start.
 */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
    args: [
      "--headless",
      "--no-sandbox",
      "--disable-gpu",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
      "--no-first-run",
      "--disable-quic",
    ],
  });
}
