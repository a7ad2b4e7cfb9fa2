import { type TableName, tableNames } from './app-db';

/**
 * What a committed write touched, per table: the primary keys, or `'all'` when the write did not
 * say which rows (a bulk write of 50 rows or more, a `clear()`, a range delete) or when Dexie
 * signals "everything" (a database just created, a page back from the back/forward cache).
 */
export type ChangedRows = Partial<Record<TableName, Set<string> | 'all'>>;

/** A node of Dexie's RangeSet: a balanced tree of `[from, to]` key ranges (`d` is its depth, 0 when empty). */
interface RangeNode {
  d?: number;
  from?: unknown;
  to?: unknown;
  l?: RangeNode;
  r?: RangeNode;
}

const tables = new Set<string>(tableNames);

/**
 * Reads the payload of Dexie's `storagemutated` event (dexie/src/live-query/observability-middleware,
 * Dexie 4): keys `idb://<database>/<table>/<index>` mapped to the RangeSet of keys touched on that
 * index, where index `''` is the primary key; `{ all }` means everything. Between contexts the
 * payload comes through a BroadcastChannel, so the RangeSets arrive as plain objects: only their
 * fields are read here, never their methods. Parts of other databases and other tables are skipped.
 */
export function changedRowsOf(parts: Record<string, unknown>, dbName: string): ChangedRows {
  const changed: ChangedRows = {};
  if ('all' in parts) {
    for (const table of tableNames) changed[table] = 'all';
    return changed;
  }
  const prefix = `idb://${dbName}/`;
  for (const [part, rangeSet] of Object.entries(parts)) {
    if (!part.startsWith(prefix)) continue;
    const [table, index] = part.slice(prefix.length).split('/');
    // Every write records its primary keys under index ''; the other indexes add nothing we need.
    if (index !== '' || table === undefined || !tables.has(table)) continue;
    const name = table as TableName;
    if (changed[name] === 'all') continue;
    const keys = pointKeys(rangeSet as RangeNode);
    if (keys === 'all') changed[name] = 'all';
    else if (keys.length > 0) {
      const set = (changed[name] as Set<string> | undefined) ?? new Set<string>();
      for (const key of keys) set.add(key);
      changed[name] = set;
    }
  }
  return changed;
}

/** The single string keys of a RangeSet, or `'all'` as soon as it holds a true range. */
function pointKeys(root: RangeNode | undefined): string[] | 'all' {
  const keys: string[] = [];
  const stack: RangeNode[] = [];
  if (root && root.d !== 0 && 'from' in root) stack.push(root);
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (typeof node.from !== 'string' || node.from !== node.to) return 'all';
    keys.push(node.from);
    if (node.l && 'from' in node.l) stack.push(node.l);
    if (node.r && 'from' in node.r) stack.push(node.r);
  }
  return keys;
}

/** Folds `next` into `into` (a table already `'all'` stays so). */
export function mergeChangedRows(into: ChangedRows, next: ChangedRows): ChangedRows {
  for (const table of tableNames) {
    const incoming = next[table];
    const current = into[table];
    if (incoming === undefined || current === 'all') continue;
    if (incoming === 'all' || current === undefined) into[table] = incoming === 'all' ? 'all' : new Set(incoming);
    else for (const key of incoming) current.add(key);
  }
  return into;
}
