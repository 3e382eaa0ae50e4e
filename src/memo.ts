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
    let value = byKey.get(key);
    if (value === undefined) {
      if (byKey.size >= limit) byKey.clear();
      value = compute(object, key);
      byKey.set(key, value);
    }
    return value;
  };
}
