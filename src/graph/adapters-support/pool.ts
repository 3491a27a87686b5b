// Work on many items with a few in flight at once (downloads, shard uploads): Graph and OneDrive's
// storage answer faster to a handful of parallel requests than to one long queue.
import { err, ok, type Result } from "../../domain/result";

/** Runs `work` on every item, at most `concurrency` at once, in any order; stops starting new
 * work at the first error, which is returned. Results are in the items' order. */
export async function inPool<T, R>(
  items: readonly T[],
  concurrency: number,
  work: (item: T) => Promise<Result<R>>,
): Promise<Result<R[]>> {
  const out = new Array<R>(items.length);
  let next = 0;
  let failure: Result<never> | null = null;
  const worker = async (): Promise<void> => {
    while (next < items.length && failure === null) {
      const i = next++;
      const done = await work(items[i]!);
      if (!done.ok) failure ??= err(done.error);
      else out[i] = done.value;
    }
  };
  await Promise.all(Array.from({ length: Math.min(concurrency, items.length) }, worker));
  return failure ?? ok(out);
}
