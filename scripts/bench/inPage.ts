// Timing that happens inside chromium, so Playwright's round trips are not in the figures. Both
// frames read `performance.timeOrigin + performance.now()`: one clock across the workbench and
// the pane's iframe (and close to the emulator's Date.now() on the same machine).
import type { Frame, Page } from "playwright-core";

declare global {
  interface Window {
    __benchClickAt?: number;
    __benchCard?: Promise<number>;
  }
}

/** In the workbench: remember when the recruiter's next click lands (capture phase, first thing). */
export const armClick = (page: Page): Promise<void> =>
  page.evaluate(() => {
    window.__benchClickAt = undefined;
    document.addEventListener(
      "click",
      () => {
        window.__benchClickAt = performance.timeOrigin + performance.now();
      },
      { capture: true, once: true },
    );
  });

export const clickedAt = (page: Page): Promise<number> => page.evaluate(() => window.__benchClickAt!);

/** In the pane: resolves with the time the card naming `name` is on screen — the frame after the
 * DOM change has been painted (rAF, then a task after it). A string, not a function: tsx would
 * wrap the named helpers in a `__name` the page does not have. */
export const armCard = (pane: Frame, name: string): Promise<void> =>
  pane.evaluate(`(() => {
    const wanted = ${JSON.stringify(name)};
    window.__benchCard = new Promise((resolve) => {
      const painted = () =>
        requestAnimationFrame(() => {
          const channel = new MessageChannel();
          channel.port1.onmessage = () => resolve(performance.timeOrigin + performance.now());
          channel.port2.postMessage(null);
        });
      const shown = () =>
        Array.from(document.querySelectorAll('[data-testid="candidate-name"]')).some((el) =>
          (el.textContent || "").includes(wanted),
        );
      if (shown()) return painted();
      const observer = new MutationObserver(() => {
        if (!shown()) return;
        observer.disconnect();
        painted();
      });
      observer.observe(document.body, { subtree: true, childList: true, characterData: true });
    });
  })()`);

export const cardAt = (pane: Frame): Promise<number> => pane.evaluate(() => window.__benchCard!);
