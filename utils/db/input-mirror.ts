import Dexie, { type ObservabilitySet } from 'dexie';
import { type CoachLensDb, type TableName, tableNames } from './app-db';
import { type ChangedRows, changedRowsOf, mergeChangedRows } from './changed-rows';
import { toDomainError } from './errors';
import { guard } from './guard';
import { rowOrder } from './row-order';
import { loadInsightInputInPages, type Paging } from './paged-read';
import { type InsightInput, loadInsightInput, tableLoaders } from './snapshot';

/** Above this many touched rows in one table, reading the whole table again is simpler and not slower. */
const maxPatchedRowsPerTable = 2_000;

interface Row {
  id: string;
}

type TableRead = { name: TableName; all: Row[] } | { name: TableName; ids: Set<string>; rows: Row[] };

/**
 * Every row in memory, kept equal to the database without reading it all again on each write.
 * Dexie broadcasts every committed write, from any extension page or the background, as a
 * `storagemutated` event naming the tables and primary keys it touched (changed-rows.ts); only
 * those rows are read again and patched in, where a fresh `loadInsightInput` would place them
 * (row-order.ts). A write that names no keys reloads its tables. Each published input is a new
 * object: changed tables get new arrays, and every row that did not change keeps its identity,
 * which is what lets the insights reuse their per-rep work (team-insights-memo.ts).
 */
export class InsightInputMirror {
  private input: InsightInput | undefined;
  private pending: ChangedRows = {};
  private current: Promise<void> | undefined;
  private stopped = true;
  private readonly onMutated = (parts: ObservabilitySet) => {
    const changed = changedRowsOf(parts as Record<string, unknown>, this.db.name);
    if (Object.keys(changed).length === 0) return;
    mergeChangedRows(this.pending, changed);
    this.drain();
  };

  constructor(
    private readonly db: CoachLensDb,
    private readonly publish: (input: InsightInput | Error) => void,
    /**
     * How the first load reads in pages (paged-read.ts), for a reader that must not hold the queue
     * (the background); without it, the first load is one read transaction, the fastest way to
     * read everything (the dashboard).
     */
    private readonly paging?: Paging,
  ) {}

  /**
   * Listens first, then reads everything (in pages, if asked): a write committed during that read,
   * to a page already read or not, is read again and applied after it.
   */
  start(): void {
    this.stopped = false;
    Dexie.on('storagemutated', this.onMutated);
    this.drain();
  }

  stop(): void {
    this.stopped = true;
    Dexie.on.storagemutated.unsubscribe(this.onMutated);
    this.input = undefined;
    this.pending = {};
  }

  /** Resolves once every change seen so far is applied and published. */
  async idle(): Promise<void> {
    while (this.current) await this.current;
  }

  /** One read at a time; changes that arrive meanwhile are merged and applied by the next round. */
  private drain(): void {
    this.current ??= this.run().finally(() => {
      this.current = undefined;
      if (!this.stopped && Object.keys(this.pending).length > 0) this.drain();
    });
  }

  private async run(): Promise<void> {
    while (!this.stopped && (this.input === undefined || Object.keys(this.pending).length > 0)) {
      const changes = this.pending;
      this.pending = {};
      try {
        const next = this.input
          ? await this.patch(this.input, changes)
          : this.paging === undefined
            ? await loadInsightInput(this.db)
            : await guard('Data not loaded', () => loadInsightInputInPages(this.db, this.paging));
        if (this.stopped) return;
        this.input = next;
        this.publish(next);
      } catch (error) {
        if (this.stopped) return;
        // What is in memory may now be behind: the next change reads everything again.
        this.input = undefined;
        this.publish(toDomainError(error, 'Data not loaded'));
        return;
      }
    }
  }

  private async patch(input: InsightInput, changes: ChangedRows): Promise<InsightInput> {
    const touched = tableNames.filter((name) => changes[name] !== undefined);
    const reads = await this.db.transaction(
      'r',
      touched.map((name) => this.db.table(name)),
      () =>
        Promise.all(
          touched.map(async (name): Promise<TableRead> => {
            const keys = changes[name]!;
            if (keys === 'all' || keys.size > maxPatchedRowsPerTable)
              return { name, all: await tableLoaders[name](this.db) };
            const ids = [...keys];
            const rows = (await this.db.table<Row, string>(name).bulkGet(ids)).filter((row) => row !== undefined);
            return { name, ids: new Set(ids), rows };
          }),
        ),
    );
    const next: Record<TableName, readonly Row[]> = { ...input };
    for (const read of reads) {
      next[read.name] =
        'all' in read ? read.all : patchRows(input[read.name], read.ids, read.rows, rowOrder[read.name]);
    }
    return next as unknown as InsightInput;
  }
}

/** `rows` without the rows of `ids`, plus `fresh` (their current versions), in `order`. O(rows + fresh log fresh). */
function patchRows(
  rows: readonly Row[],
  ids: ReadonlySet<string>,
  fresh: Row[],
  order: (a: Row, b: Row) => number,
): Row[] {
  fresh.sort(order);
  const merged: Row[] = [];
  let f = 0;
  for (const row of rows) {
    if (ids.has(row.id)) continue;
    while (f < fresh.length && order(fresh[f]!, row) < 0) merged.push(fresh[f++]!);
    merged.push(row);
  }
  while (f < fresh.length) merged.push(fresh[f++]!);
  return merged;
}
