/**
 * Work on many pages at once in the worker's one Chromium: a page mostly waits (for the server,
 * for a layout, for a message from the browser), so a few tabs at a time finish sooner than one
 * after another, while each page is still loaded and measured as it would be alone.
 */

/** Tabs at a time: more only queue for the same two cores. */
export const POOL_SIZE = 4;

/**
 * `work` on every item, at most `size` at a time, the results in the items' order. `slot` (0 to
 * size − 1) names the lane an item runs in, so that a lane can keep one tab for its items. The
 * first failure stops the lanes and is thrown once each has ended its item.
 */
export async function inPool<T, R>(
  items: readonly T[],
  work: (item: T, slot: number) => Promise<R>,
  size = POOL_SIZE,
): Promise<R[]> {
  const results: R[] = new Array<R>(items.length);
  let next = 0;
  const lane = async (slot: number) => {
    while (next < items.length) {
      const index = next++;
      try {
        results[index] = await work(items[index]!, slot);
      } catch (error) {
        next = items.length; // the other lanes take no new item
        throw error;
      }
    }
  };
  const lanes = await Promise.allSettled(
    Array.from({ length: Math.min(size, items.length) }, (_, slot) => lane(slot)),
  );
  const failed = lanes.find((outcome) => outcome.status === 'rejected');
  if (failed) throw failed.reason;
  return results;
}
