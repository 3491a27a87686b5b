import { erasureList, type ErasureList, type IsoInstant, type Process, type Settings } from "../domain";
import { memoLast } from "./memo";

/** The overview's erasure list, made again only when the processes, the settings or the view's
 * clock (once a minute) change — not on every render. */
export const selectErasureList: (
  processes: readonly Process[],
  settings: Settings,
  now: IsoInstant,
) => ErasureList = memoLast((processes: readonly Process[], settings: Settings, now: IsoInstant) =>
  erasureList(processes, settings, now),
);
