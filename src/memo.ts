// The one caching mechanism of the package: a function whose values are computed once per argument(s) and
// remembered. Every cache (engines, fact plans, parameters in force, amended and nudged regulations, number
// formats, citation keys, JSON Schemas, amendment files) is one of these two shapes.
//
// What is remembered: a value other than `undefined` (a computation that throws is not remembered, and neither
// is a promise once it rejects, so a failure is tried again the next time). Objects are held weakly: the values
// of a regulation, a calendar or a parameter object that is dropped go with it.

type Key = object | string | number | boolean | bigint | symbol | null | undefined;

/** `store.get(key)`, or computes, remembers (at most `limit` keys: past that the store starts again) and returns it. */
function remembered<K, V>(store: Map<K, V>, key: K, compute: (key: K) => V, limit: number): V {
  let value = store.get(key);
  if (value === undefined) {
    if (store.size >= limit) store.clear();
    value = compute(key);
    store.set(key, value);
    forgetOnRejection(store, key, value);
  }
  return value;
}

interface Store<K, V> {
  get(key: K): V | undefined;
  delete(key: K): boolean;
}

/** A promise that rejects leaves the store, so that the failure is tried again the next time. */
function forgetOnRejection<K, V>(store: Store<K, V>, key: K, value: V): void {
  if (!(value instanceof Promise)) return;
  value.catch(() => {
    if (store.get(key) === value) store.delete(key);
  });
}

/**
 * A function of one argument, computed once per argument: an object is held weakly (its value goes when it
 * does), any other key in a map of at most `limit` keys (past that, the map starts again). For what does not
 * change once built: a fact plan, the holidays of a calendar, a number format, a citation's sort key.
 */
export function memoizeOne<K extends Key, V>(
  compute: (key: K) => V,
  limit = Number.POSITIVE_INFINITY,
): (key: K) => V {
  const byObject = new WeakMap<object, V>();
  const byValue = new Map<K, V>();
  return (key) => {
    if ((typeof key !== 'object' && typeof key !== 'function') || key === null)
      return remembered(byValue, key, compute, limit);
    let value = byObject.get(key);
    if (value === undefined) {
      value = compute(key);
      byObject.set(key, value);
      forgetOnRejection(byObject, key, value);
    }
    return value;
  };
}

/**
 * A function of an object and a key, computed once per pair: the values are kept in a WeakMap by the object
 * (so the values of a regulation, a calendar or a parameter that is dropped go with it), each holding at
 * most `limit` keys (past that, that object's values are forgotten and computed again as needed). For what
 * every village judged on one date shares: parameters in force, phrases, which findings lie within a citation.
 */
export function memoize<O extends object, K, V>(
  compute: (object: O, key: K) => V,
  limit = Number.POSITIVE_INFINITY,
): (object: O, key: K) => V {
  const cache = new WeakMap<O, Map<K, V>>();
  return (object, key) => {
    let byKey = cache.get(object);
    if (!byKey) {
      byKey = new Map();
      cache.set(object, byKey);
    }
    const forObject = byKey;
    let value = forObject.get(key);
    if (value === undefined) value = remembered(forObject, key, (k) => compute(object, k), limit);
    return value;
  };
}
