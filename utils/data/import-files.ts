import type { CoachLensDb } from '../db';
import { type CheckedBackup, checkBackupText } from './check-backup';
import { type CsvImportOptions, type CsvImportTable, type CsvPreparation, prepareCsvImport } from './csv-import';
import { type FileLike, readImportFile } from './read-file';
import type { ProgressCallback } from './yield';

/** A chosen backup file, read (size cap, UTF-8) and checked row by row. Writes nothing. */
export async function loadBackupFile(file: FileLike, onProgress?: ProgressCallback): Promise<CheckedBackup> {
  onProgress?.({ phase: 'reading', done: 0, total: 1 });
  const text = await readImportFile(file, 'json');
  return checkBackupText(text, file.name, onProgress);
}

/** A chosen CSV file, read (size cap, UTF-8), mapped and checked, with a preview. Writes nothing. */
export async function loadCsvFile(
  db: CoachLensDb,
  table: CsvImportTable,
  file: FileLike,
  options: CsvImportOptions = {},
): Promise<CsvPreparation> {
  options.onProgress?.({ phase: 'reading', done: 0, total: 1 });
  const text = await readImportFile(file, 'csv');
  return prepareCsvImport(db, table, text, file.name, options);
}
