import type { TableName } from './app-db';

interface Row {
  id: string;
}

/**
 * The order IndexedDB returns each table in `loadInsightInput` (snapshot.ts): an index's key, then
 * the primary key, as IndexedDB compares them (numbers numerically, strings by UTF-16 code unit,
 * which is JavaScript's `<`). A row patched into memory lands exactly where a fresh read puts it.
 */
export const rowOrder: { [T in TableName]: (a: Row, b: Row) => number } = {
  reps: byId,
  accounts: byId,
  skills: byField('order'),
  observations: byField('observedAt'),
  plans: byId,
  strategies: byId,
  results: byId,
  timeEntries: byField('day'),
};

function compareKeys(a: string | number, b: string | number): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function byId(a: Row, b: Row): number {
  return compareKeys(a.id, b.id);
}

function byField(field: string) {
  return (a: Row, b: Row): number =>
    compareKeys(
      (a as unknown as Record<string, string | number>)[field]!,
      (b as unknown as Record<string, string | number>)[field]!,
    ) || byId(a, b);
}
