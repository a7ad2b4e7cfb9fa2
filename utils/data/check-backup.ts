import { shortId, ValidationError } from '../db/errors';
import { fieldName, parseRow } from '../db/validate';
import {
  backupFormatName,
  backupFormatVersion,
  type BackupTables,
  emptyTables,
  envelopeKeys,
  normaliseRow,
  rowSchemas,
  rowWords,
  schemaVersion,
  type TableName,
  tableNames,
} from './backup-format';
import { ImportFileError, ProblemList } from './import-errors';
import { parseSafeJson } from './safe-json';
import { type ProgressCallback, rowsPerSlice, yieldToPage } from './yield';

const editedFix = 'Correct the value in the file, or use an unedited backup made by CoachLens.';
const newerFix = 'Update CoachLens (the browser updates extensions from its store), then restore this file again.';

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Keys in `input` that validation dropped: fields CoachLens does not know, at any depth. */
function unknownFields(input: unknown, output: unknown, path: (string | number)[] = []): string[] {
  if (Array.isArray(input) && Array.isArray(output)) {
    return input.flatMap((item, index) => unknownFields(item, output[index], [...path, index]));
  }
  if (isPlainObject(input) && isPlainObject(output)) {
    return Object.keys(input).flatMap((key) =>
      key in output ? unknownFields(input[key], output[key], [...path, key]) : [fieldName([...path, key])],
    );
  }
  return [];
}

export function rowWhere(fileName: string, table: TableName, index: number, row: unknown, field?: string): string {
  const id = isPlainObject(row) && typeof row.id === 'string' ? ` (id ${shortId(row.id)})` : '';
  return `${fileName}, ${table} row ${index + 1}${id}${field ? `, field ${field}` : ''}`;
}

/** Checks the file's envelope: a CoachLens backup, of a format and schema version this code can read. */
function checkEnvelope(value: unknown, fileName: string): Record<string, unknown> {
  if (!isPlainObject(value) || value.format !== backupFormatName) {
    const what =
      isPlainObject(value) && typeof value.format === 'string'
        ? `is a "${value.format}" file, not a CoachLens backup`
        : 'is not a CoachLens backup (it has no "format": "coachlens-backup" field)';
    throw new ImportFileError([
      {
        where: fileName,
        what,
        fix: 'Choose a file made with "Download backup" in CoachLens. To import a spreadsheet, use CSV import.',
      },
    ]);
  }
  const problems = new ProblemList();
  const version = value.formatVersion;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) {
    problems.add({ where: `${fileName}, field formatVersion`, what: 'must be a whole number', fix: editedFix });
  } else if (version > backupFormatVersion) {
    throw new ImportFileError([
      {
        where: `${fileName}, field formatVersion`,
        what: `is ${version}: this backup was made by a newer CoachLens (this one reads format version ${backupFormatVersion})`,
        fix: newerFix,
      },
    ]);
  }
  const schema = value.schemaVersion;
  if (typeof schema !== 'number' || !Number.isInteger(schema) || schema < 1) {
    problems.add({ where: `${fileName}, field schemaVersion`, what: 'must be a whole number', fix: editedFix });
  } else if (schema > schemaVersion) {
    throw new ImportFileError([
      {
        where: `${fileName}, field schemaVersion`,
        what: `is ${schema}: this backup was made by a newer CoachLens (this one stores data version ${schemaVersion})`,
        fix: newerFix,
      },
    ]);
  }
  if (typeof value.exportedAt !== 'number' || !Number.isFinite(value.exportedAt)) {
    problems.add({ where: `${fileName}, field exportedAt`, what: 'must be a date and time', fix: editedFix });
  }
  for (const key of Object.keys(value)) {
    if (!(envelopeKeys as readonly string[]).includes(key)) {
      problems.add({
        where: `${fileName}, field ${key}`,
        what: 'is not a field of a CoachLens backup',
        fix: editedFix,
      });
    }
  }
  if (!isPlainObject(value.tables)) {
    problems.add({ where: `${fileName}, field tables`, what: 'is missing or not a group of tables', fix: editedFix });
  } else {
    for (const [key, rows] of Object.entries(value.tables)) {
      if (!(tableNames as readonly string[]).includes(key)) {
        problems.add({
          where: `${fileName}, tables.${key}`,
          what: `is not a CoachLens table (the tables are ${tableNames.join(', ')})`,
          fix: editedFix,
        });
      } else if (!Array.isArray(rows)) {
        problems.add({ where: `${fileName}, tables.${key}`, what: 'must be a list of rows', fix: editedFix });
      }
    }
  }
  problems.throwIfAny();
  return value.tables as Record<string, unknown>;
}

export interface CheckedBackup {
  fileName: string;
  exportedAt: number;
  tables: BackupTables;
}

/**
 * Validates every row of a parsed backup: strict schemas (an unknown field is an error, not dropped),
 * derived fields recomputed, no id twice in a table. Works in slices with `yieldToPage` between
 * them so a 100,000-row file does not freeze the page. Throws `ImportFileError` listing the problems.
 */
export async function checkBackupValue(
  value: unknown,
  fileName: string,
  onProgress?: ProgressCallback,
): Promise<CheckedBackup> {
  const rawTables = checkEnvelope(value, fileName);
  const tables = emptyTables();
  const problems = new ProblemList();
  const total = tableNames.reduce((sum, name) => sum + ((rawTables[name] as unknown[] | undefined)?.length ?? 0), 0);
  let done = 0;
  onProgress?.({ phase: 'checking', done, total });
  for (const table of tableNames) {
    const rows = (rawTables[table] as unknown[] | undefined) ?? [];
    const seen = new Map<string, number>();
    const out = tables[table] as unknown[];
    for (let index = 0; index < rows.length; index += 1) {
      const raw = rows[index];
      try {
        if (!isPlainObject(raw)) {
          throw new ValidationError('', [
            { field: 'input', message: `must be a ${rowWords[table]} (a group of fields)` },
          ]);
        }
        const parsed = parseRow(rowSchemas[table], raw, `${table} row ${index + 1}`);
        const unknown = unknownFields(raw, parsed);
        if (unknown.length > 0) {
          throw new ValidationError(
            '',
            unknown.map((field) => ({ field, message: `is not a field of a ${rowWords[table]}` })),
          );
        }
        const first = seen.get(parsed.id);
        if (first !== undefined) {
          problems.add({
            where: rowWhere(fileName, table, index, raw, 'id'),
            what: `is the same id as ${table} row ${first + 1}: a ${rowWords[table]} appears twice`,
            fix: 'Remove one of the two rows, or use an unedited backup made by CoachLens.',
          });
        } else {
          seen.set(parsed.id, index);
          out.push(normaliseRow(table, parsed));
        }
      } catch (error) {
        if (!(error instanceof ValidationError)) throw error;
        for (const issue of error.issues) {
          problems.add({
            where: rowWhere(fileName, table, index, raw, issue.field === 'input' ? undefined : issue.field),
            what: issue.message,
            fix: editedFix,
          });
        }
      }
      done += 1;
      if (done % rowsPerSlice === 0) {
        onProgress?.({ phase: 'checking', done, total });
        await yieldToPage();
      }
    }
  }
  onProgress?.({ phase: 'checking', done, total });
  problems.throwIfAny();
  const exportedAt = (value as { exportedAt: number }).exportedAt;
  return { fileName, exportedAt, tables };
}

/** Parses (safely) and checks a backup file's text. Nothing touches the database. */
export async function checkBackupText(
  text: string,
  fileName: string,
  onProgress?: ProgressCallback,
): Promise<CheckedBackup> {
  onProgress?.({ phase: 'reading', done: 0, total: 1 });
  const value = parseSafeJson(text, fileName);
  await yieldToPage();
  return checkBackupValue(value, fileName, onProgress);
}
