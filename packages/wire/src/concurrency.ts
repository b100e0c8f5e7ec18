/**
 * Runs `fn` over `items` with at most `limit` calls in flight; results keep the order of `items`.
 * `limit` below 1 (or not finite) is treated as 1, above the item count as the item count. Like
 * `Promise.all`, the first rejection rejects the whole; items not yet started are then skipped.
 */
export async function mapConcurrent<T, R>(
  items: readonly T[],
  limit: number,
  fn: (item: T, index: number) => Promise<R>,
): Promise<R[]> {
  const results = new Array<R>(items.length);
  const width = Math.min(items.length, Number.isFinite(limit) ? Math.max(1, Math.floor(limit)) : 1);
  let next = 0;
  let failed = false;
  const worker = async (): Promise<void> => {
    while (!failed && next < items.length) {
      const index = next++;
      try {
        results[index] = await fn(items[index] as T, index);
      } catch (error) {
        failed = true;
        throw error;
      }
    }
  };
  await Promise.all(Array.from({ length: width }, worker));
  return results;
}
