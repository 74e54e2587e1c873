/**
 * A lookup in a constant table keyed by text from a file (a CSV header, an
 * HTML entity name, a JSON key). `table[key]` would also find what every
 * object inherits: `__proto__`, `constructor` and `toString` are keys of an
 * empty `{}`. Only the table's own entries count here.
 */
export function ownValue<V>(table: Readonly<Record<string, V>>, key: string): V | undefined {
  return Object.hasOwn(table, key) ? table[key] : undefined;
}
