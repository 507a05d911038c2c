/**
 * A page's incremental-build key is the digest of its view: the page renders its view and nothing
 * else, so anything it shows is in the view, and a change to anything it shows changes its key.
 * Views are plain data (records, arrays, strings, numbers); a function, Map or Set in a view would
 * hide what the page reads from the digest, so it is refused.
 */
import { createHash } from 'node:crypto';

function plainData(path: string, value: unknown): unknown {
  if (typeof value === 'function' || typeof value === 'symbol' || typeof value === 'bigint')
    throw new TypeError(`A view holds plain data only; ${path} is a ${typeof value}.`);
  if (value instanceof Map || value instanceof Set)
    throw new TypeError(
      `A view holds plain data only; ${path} is a ${value.constructor.name} (use an array or a record).`,
    );
  return value;
}

/** The digest of a view: the same for equal views, different when any value in it differs. */
export function viewKey(view: unknown): string {
  const json = JSON.stringify(view, function (key, value: unknown) {
    return plainData(key || '(view)', value);
  });
  return createHash('sha1')
    .update(json ?? 'undefined')
    .digest('hex');
}

/** A static path whose page renders `view`, keyed by it for Astro's incremental build. */
export const viewPage = <P extends Record<string, string | undefined>, V>(params: P, view: V) => ({
  params,
  props: { view },
  cacheKey: viewKey(view),
});
