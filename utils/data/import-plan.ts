import type { Table } from 'dexie';
import { type CoachLensDb, shortId, toDomainError } from '../db';
import { forgettingTeamSummary } from '../db/team-summary-store';
import type { Account, Rep, Result } from '../schemas';
import { type BackupTables, references, rowWords, type TableName, tableNames } from './backup-format';
import type { CheckedBackup } from './check-backup';
import { rowWhere } from './check-backup';
import { ImportFileError, type ImportProblem, ProblemList } from './import-errors';
import { sameData } from './same-data';
import { type SnapshotSummary, takeSnapshot } from './snapshots';
import { defaultSkills } from '../defaults/default-skills';
import type { Skill } from '../schemas';
import type { ProgressCallback } from './yield';

/** What to do with a row whose id exists with different data. Default: keep what is already there. */
export type ConflictChoice = 'keep-existing' | 'use-file';

/**
 * `merge`: add new rows; identical rows are skipped; differing rows follow `ConflictChoice`.
 * `replace`: the database becomes exactly the file (used to restore a snapshot).
 */
export type ImportMode = 'merge' | 'replace';

export interface TablePreview {
  /** Rows whose id is not in the database yet. */
  added: number;
  /** Rows already in the database with the same data. */
  unchanged: number;
  /** Rows whose id is in the database with different data. */
  conflicts: number;
  /** The first few conflicting ids, for the preview. */
  conflictIds: string[];
}

export interface ImportPreview {
  fileName: string;
  exportedAt: number;
  mode: ImportMode;
  tables: Record<TableName, TablePreview>;
  added: number;
  unchanged: number;
  conflicts: number;
  /** Rows now in the database that a `replace` removes. */
  removed: number;
  /**
   * Default skills CoachLens installed and nobody used yet, which the file's framework replaces
   * (a backup restored on a new computer): removed so the framework is exactly the file's.
   */
  replacedDefaultSkills: number;
}

const writeChunk = 5_000;

function allTables(db: CoachLensDb): Table[] {
  return tableNames.map((name) => db.table(name));
}

interface Analysis {
  preview: ImportPreview;
  /** Per table, the ids whose file row differs from the stored one. */
  conflictIds: Record<TableName, Set<string>>;
  /** Per table, the ids already stored with the same data. */
  unchangedIds: Record<TableName, Set<string>>;
  /** Stored default skills the file's framework replaces (`untouchedDefaultFramework`). */
  replacedSkillIds: string[];
}

function isUntouchedDefault(skill: Skill): boolean {
  const preset = defaultSkills.find((candidate) => candidate.id === skill.id || candidate.name === skill.name);
  return (
    preset !== undefined &&
    !skill.archived &&
    skill.name === preset.name &&
    skill.description === preset.description &&
    skill.levels.every((level, index) => level === preset.levels[index])
  );
}

/**
 * The ids of the stored skills when they are only the default framework as CoachLens installed it
 * (whatever their ids: older versions made new ones per install) and nothing rates or plans on any
 * skill yet: a fresh profile. A backup's framework then replaces them rather than joining them, so
 * restoring on a new computer does not list every skill twice. Otherwise `[]`: the manager's own
 * framework is merged like every other table.
 */
async function untouchedDefaultFramework(db: CoachLensDb): Promise<string[]> {
  if ((await db.observations.count()) > 0 || (await db.plans.count()) > 0) return [];
  const skills = await db.skills.toArray();
  return skills.every(isUntouchedDefault) ? skills.map((skill) => skill.id) : [];
}

/** A uniqueness the database (or a repository) enforces: one CRM user per rep, one result per rep and period. */
interface UniqueKey<T> {
  table: 'reps' | 'accounts' | 'results';
  field: string;
  keys: (row: T) => string[];
  describe: (key: string) => string;
  fix: string;
}

const uniqueKeys = [
  {
    table: 'reps',
    field: 'crmLinks',
    keys: (row: Rep) => row.crmKeys,
    describe: (key: string) => `the CRM user ${key}`,
    fix: 'A CRM user is one rep: remove the link from one of the two reps.',
  } satisfies UniqueKey<Rep>,
  {
    table: 'accounts',
    field: 'crmLinks',
    keys: (row: Account) => row.crmKeys,
    describe: (key: string) => `the CRM record ${key}`,
    fix: 'A CRM record is one account: remove the link from one of the two accounts.',
  } satisfies UniqueKey<Account>,
  {
    table: 'results',
    field: 'period',
    keys: (row: Result) => [`${row.repId} ${row.period}`],
    describe: (key: string) => `the result for rep ${shortId(key.split(' ')[0] ?? '')} in ${key.split(' ')[1] ?? ''}`,
    fix: 'A rep has one result per period: remove one of the two rows.',
  } satisfies UniqueKey<Result>,
] as UniqueKey<{ id: string }>[];

/**
 * Compares the checked file with the database and checks what only the database can tell:
 * references resolve (in the file or the database), and no uniqueness breaks once written.
 * Must run inside a transaction over every table, so it sees one consistent moment.
 */
async function analyse(
  db: CoachLensDb,
  backup: CheckedBackup,
  mode: ImportMode,
  choice: ConflictChoice,
): Promise<Analysis> {
  const { tables, fileName } = backup;
  const problems = new ProblemList();
  const previewTables = {} as Record<TableName, TablePreview>;
  const conflictIds = {} as Record<TableName, Set<string>>;
  const unchangedIds = {} as Record<TableName, Set<string>>;
  let removed = 0;
  const replaceable =
    mode === 'merge' && tables.skills.length > 0 ? new Set(await untouchedDefaultFramework(db)) : new Set<string>();

  for (const name of tableNames) {
    const rows = tables[name] as { id: string }[];
    const preview: TablePreview = { added: 0, unchanged: 0, conflicts: 0, conflictIds: [] };
    conflictIds[name] = new Set();
    unchangedIds[name] = new Set();
    if (mode === 'replace') {
      preview.added = rows.length;
      removed += await db.table(name).count();
    } else {
      const stored = await db.table(name).bulkGet(rows.map((row) => row.id));
      rows.forEach((row, index) => {
        const current: unknown = stored[index];
        if (current === undefined) preview.added += 1;
        else if (name === 'skills' && replaceable.has(row.id) && !sameData(current, row)) {
          // A default the file's framework replaces: written over, not a conflict to decide.
          preview.added += 1;
        } else if (sameData(current, row)) {
          preview.unchanged += 1;
          unchangedIds[name].add(row.id);
        } else {
          preview.conflicts += 1;
          conflictIds[name].add(row.id);
          if (preview.conflictIds.length < 5) preview.conflictIds.push(row.id);
        }
      });
    }
    previewTables[name] = preview;
  }

  // References: every id a row points at is in the file or (when merging) in the database.
  const fileIds = Object.fromEntries(
    tableNames.map((name) => [name, new Set((tables[name] as { id: string }[]).map((row) => row.id))]),
  ) as Record<TableName, Set<string>>;
  const wanted = Object.fromEntries(tableNames.map((name) => [name, new Set<string>()])) as Record<
    TableName,
    Set<string>
  >;
  for (const name of tableNames) {
    for (const row of tables[name] as unknown as Record<string, unknown>[]) {
      for (const reference of references[name]) {
        for (const id of reference.read(row)) {
          if (id !== undefined && !fileIds[reference.target].has(id)) wanted[reference.target].add(id);
        }
      }
    }
  }
  const inDb = {} as Record<TableName, Set<string>>;
  for (const name of tableNames) {
    const ids = [...wanted[name]];
    inDb[name] = new Set(
      mode === 'merge' && ids.length > 0
        ? ((await db.table(name).where(':id').anyOf(ids).primaryKeys()) as string[])
        : [],
    );
  }
  for (const name of tableNames) {
    (tables[name] as unknown as Record<string, unknown>[]).forEach((row, index) => {
      for (const reference of references[name]) {
        for (const id of reference.read(row)) {
          if (id === undefined || fileIds[reference.target].has(id) || inDb[reference.target].has(id)) continue;
          const word = rowWords[reference.target];
          problems.add({
            where: rowWhere(fileName, name, index, row, reference.field),
            what: `points to ${word} ${shortId(id)}, which is neither in this file nor in CoachLens`,
            fix: `Add that ${word} to the file, or remove this ${rowWords[name]}; an unedited CoachLens backup always has both.`,
          });
        }
      }
    });
  }

  // Uniqueness, in the data as it will be after the import.
  for (const unique of uniqueKeys) {
    const fileRows = tables[unique.table] as unknown as { id: string }[];
    const written = fileRows.filter(
      (row) =>
        !unchangedIds[unique.table].has(row.id) && (choice === 'use-file' || !conflictIds[unique.table].has(row.id)),
    );
    if (written.length === 0) continue;
    const owner = new Map<string, { id: string; source: string }>();
    if (mode === 'merge') {
      const writtenIds = new Set(written.map((row) => row.id));
      await db.table(unique.table).each((row: { id: string }) => {
        if (writtenIds.has(row.id)) return;
        for (const key of unique.keys(row))
          owner.set(key, { id: row.id, source: `CoachLens already has it (id ${shortId(row.id)})` });
      });
    }
    const indexOf = new Map(fileRows.map((row, index) => [row.id, index]));
    for (const row of written) {
      const index = indexOf.get(row.id) ?? 0;
      for (const key of unique.keys(row)) {
        const other = owner.get(key);
        if (other && other.id !== row.id) {
          problems.add({
            where: rowWhere(fileName, unique.table, index, row, unique.field),
            what: `repeats ${unique.describe(key)}: ${other.source}`,
            fix: unique.fix,
          });
        } else owner.set(key, { id: row.id, source: `${unique.table} row ${index + 1} of this file has it too` });
      }
    }
  }

  problems.throwIfAny();
  // A default the file points at (a rating on it) stays, whatever the rest of the framework.
  const replacedSkillIds = [...replaceable].filter((id) => !fileIds.skills.has(id) && !wanted.skills.has(id));
  const sum = (field: 'added' | 'unchanged' | 'conflicts') =>
    tableNames.reduce((total, name) => total + previewTables[name][field], 0);
  return {
    preview: {
      fileName,
      exportedAt: backup.exportedAt,
      mode,
      tables: previewTables,
      added: sum('added'),
      unchanged: sum('unchanged'),
      conflicts: sum('conflicts'),
      removed,
      replacedDefaultSkills: replacedSkillIds.length,
    },
    conflictIds,
    unchangedIds,
    replacedSkillIds,
  };
}

function rethrow(error: unknown, context: string): never {
  if (error instanceof ImportFileError) throw error;
  throw toDomainError(error, context);
}

/** What an import would do, and every problem only the database can reveal. Writes nothing. */
export async function previewImport(
  db: CoachLensDb,
  backup: CheckedBackup,
  mode: ImportMode = 'merge',
): Promise<ImportPreview> {
  try {
    return await db.transaction(
      'r',
      allTables(db),
      async () => (await analyse(db, backup, mode, 'keep-existing')).preview,
    );
  } catch (error) {
    rethrow(error, 'Import not checked');
  }
}

export interface ApplyOptions {
  mode?: ImportMode;
  choice?: ConflictChoice;
  onProgress?: ProgressCallback;
  now?: number;
}

export interface ApplyOutcome {
  preview: ImportPreview;
  /** Rows written (added, plus replaced when the choice was `use-file`). */
  written: number;
  /** The copy of the data taken first, whenever the import writes anything: "Undo this import" restores it. */
  snapshot?: SnapshotSummary;
}

/**
 * Writes the checked file in ONE transaction over every table: all of it or nothing. The
 * analysis runs again inside that transaction, so a rep deleted in another tab since the
 * preview cannot leave a dangling reference. Before any import that writes, even one that only adds
 * rows, a snapshot of the whole database is kept (`snapshots.ts`), so every import can be undone;
 * if that fails, nothing is written.
 */
export async function applyImport(
  db: CoachLensDb,
  backup: CheckedBackup,
  options: ApplyOptions = {},
): Promise<ApplyOutcome> {
  const mode = options.mode ?? 'merge';
  const choice = options.choice ?? 'keep-existing';
  const before = await previewImport(db, backup, mode);
  const writes =
    mode === 'replace'
      ? before.removed + before.added > 0
      : before.added > 0 || before.replacedDefaultSkills > 0 || (choice === 'use-file' && before.conflicts > 0);
  const snapshot = writes
    ? await takeSnapshot(db, mode === 'replace' ? 'before-restore' : 'before-import', options.now)
    : undefined;

  const toWrite = (analysis: Analysis) =>
    tableNames.map((name) => {
      const rows = backup.tables[name] as { id: string }[];
      if (mode === 'replace') return rows;
      return rows.filter(
        (row) =>
          !analysis.unchangedIds[name].has(row.id) &&
          (choice === 'use-file' || !analysis.conflictIds[name].has(row.id)),
      );
    });

  try {
    // Rows replaced or added can change every rep's tier and the star benchmark.
    return await forgettingTeamSummary(db, () =>
      db.transaction('rw', allTables(db), async () => {
        const analysis = await analyse(db, backup, mode, choice);
        const perTable = toWrite(analysis);
        const total = perTable.reduce((sum, rows) => sum + rows.length, 0);
        let done = 0;
        options.onProgress?.({ phase: 'writing', done, total });
        if (mode === 'replace') for (const table of allTables(db)) await table.clear();
        await db.skills.bulkDelete(analysis.replacedSkillIds);
        for (const [index, name] of tableNames.entries()) {
          const rows = perTable[index] ?? [];
          for (let start = 0; start < rows.length; start += writeChunk) {
            const chunk = rows.slice(start, start + writeChunk);
            await db.table(name).bulkPut(chunk);
            done += chunk.length;
            // Each awaited bulkPut is a round trip to IndexedDB: the page renders the progress between them.
            options.onProgress?.({ phase: 'writing', done, total });
          }
        }
        return { preview: analysis.preview, written: total, ...(snapshot ? { snapshot } : {}) };
      }),
    );
  } catch (error) {
    rethrow(error, 'Nothing was imported');
  }
}

/** A file with no rows at all: nothing to import. */
export function isEmptyImport(tables: BackupTables): boolean {
  return tableNames.every((name) => tables[name].length === 0);
}

export type { ImportProblem };
