/**
 * Figures asked for again and again (every report page and chart asks for every year before it)
 * are computed once per model and key. A model is never changed once built, so a result is kept
 * for as long as its model lives; it is shared, so read-only.
 */
import type { SiteModel } from './model.ts';

/** `compute`, remembered per model and key. */
export function oncePerModel<Key, Value>(
  compute: (model: SiteModel, key: Key) => Value,
): (model: SiteModel, key: Key) => Value {
  const caches = new WeakMap<SiteModel, Map<Key, Value>>();
  return (model, key) => {
    let cache = caches.get(model);
    if (!cache) caches.set(model, (cache = new Map()));
    if (!cache.has(key)) cache.set(key, compute(model, key));
    return cache.get(key) as Value;
  };
}
