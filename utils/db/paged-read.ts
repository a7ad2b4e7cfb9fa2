import { type CoachLensDb, type TableName, tableNames } from './app-db';
import { rowOrder } from './row-order';
import type { InsightInput } from './snapshot';

interface Row {
  id: string;
}

/** Rows per read: small enough that another page's short read waits for one page, not a table. */
export const defaultPageSize = 2_000;

export interface Paging {
  pageSize: number;
  /** Awaited before each page, so urgent reads can go first (read-priority.ts). */
  beforePage?: () => Promise<void>;
}

/**
 * Every row, like `loadInsightInput`, but read in pages of primary keys, each page its own short
 * read transaction, then put in `loadInsightInput`'s order (row-order.ts). One read of 100,000
 * rows holds the database's queue for seconds; between pages, the panel's own indexed reads get
 * their turn (background/first-rep-view.ts), and `beforePage` can hold the next page back for them.
 * The pages are not one consistent moment: the caller must apply every write committed meanwhile
 * afterwards, as input-mirror.ts does (it listens before it reads).
 */
export async function loadInsightInputInPages(
  db: CoachLensDb,
  paging: Paging = { pageSize: defaultPageSize },
): Promise<InsightInput> {
  // One table after the other: at most one page is ever ahead of another reader in the queue.
  const tables: Partial<Record<TableName, Row[]>> = {};
  for (const name of tableNames) tables[name] = await readTableInPages(db, name, paging);
  return tables as unknown as InsightInput;
}

async function readTableInPages(db: CoachLensDb, name: TableName, { pageSize, beforePage }: Paging): Promise<Row[]> {
  const table = db.table<Row, string>(name);
  const rows: Row[] = [];
  let last: string | undefined;
  for (;;) {
    await beforePage?.();
    const page = await (last === undefined ? table.orderBy(':id') : table.where(':id').above(last))
      .limit(pageSize)
      .toArray();
    for (const row of page) rows.push(row);
    if (page.length < pageSize) break;
    last = page[page.length - 1]!.id;
  }
  return rows.sort(rowOrder[name]);
}
