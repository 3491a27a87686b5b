// A start with this device's copy of the processes (every start after the first on a device): the
// open mail's card paints from the copy, and the connection (MSAL, the Graph client, the engine) is
// asked for only after that frame. JS before the first card is a budget (ARCHITECTURE.md §6).
import type { StoredProcess } from "../graph/ports";
import { afterPaint } from "../ui/common/afterPaint";

// This device's copy of the processes (IndexedDB and the parser: a small chunk). Every start after
// the first paints the open mail's card from it before the sync chunk is even asked for, so the
// card does not wait for MSAL and the Graph client (issue 13: JS before the first card ≤ 230 KB).
export const deviceCopyChunk = () => import(/* webpackChunkName: "device-copy" */ "../app/deviceCopy");

/** The processes this device last saw, or null; never a rejection (a first start goes on as before). */
export const readDeviceCopy = (): Promise<readonly StoredProcess[] | null> =>
  deviceCopyChunk()
    .then((m) => m.readDeviceCopy())
    .catch(() => null);

/** A hidden pane paints no frames: it goes on after a moment. A visible one waits for its frame,
 * which a busy machine can hold back well past 250 ms (then the sync chunk was asked for first and
 * the card waited for it); the longer limit only guards against a frame that never comes. */
const HIDDEN_WAIT_MS = 250;
const VISIBLE_WAIT_MS = 2000;

/** The frame after the one that shows the card: the sync chunk's parsing never holds up its paint. */
export const cardPainted = () =>
  new Promise<void>((resolve) => {
    afterPaint(() => afterPaint(resolve));
    setTimeout(resolve, document.visibilityState === "hidden" ? HIDDEN_WAIT_MS : VISIBLE_WAIT_MS);
  });

// Set once a connection has read the processes (and so left this device a copy): a first start
// does not wait for an empty database before it asks for the connection.
const COPY_KEY = "svara.deviceCopy";
export const hasDeviceCopy = (): boolean => {
  try {
    return localStorage.getItem(COPY_KEY) === "1";
  } catch {
    return false;
  }
};
export const rememberDeviceCopy = (): void => {
  try {
    localStorage.setItem(COPY_KEY, "1");
  } catch {
    // Storage refused: every start is a first start, as before this copy was read early.
  }
};
