import { ImportFileError } from './import-errors';

/** The largest file an import reads. A full backup of 100,000 observations is about 60 MB. */
export const maxImportBytes = 200 * 1024 * 1024;

export interface FileLike {
  name: string;
  size: number;
  arrayBuffer(): Promise<ArrayBuffer>;
}

function megabytes(bytes: number): string {
  return `${Math.round(bytes / (1024 * 1024))} MB`;
}

/**
 * Decodes a file as UTF-8 (with or without a byte-order mark). Anything else is refused with a
 * message that says how to save the file, because a guess at the encoding would import wrong names.
 */
export function decodeUtf8(bytes: Uint8Array, fileName: string, kind: 'json' | 'csv'): string {
  const saveAs =
    kind === 'csv'
      ? 'In your spreadsheet, save it again as "CSV UTF-8" and import that file.'
      : 'Use the backup file exactly as CoachLens saved it.';
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) {
    throw new ImportFileError([{ where: fileName, what: 'is saved as UTF-16 text, not UTF-8', fix: saveAs }]);
  }
  try {
    const text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
    if (text.includes('\u0000')) {
      throw new ImportFileError([
        { where: fileName, what: 'is not a text file (it contains binary data)', fix: saveAs },
      ]);
    }
    return text;
  } catch (error) {
    if (error instanceof ImportFileError) throw error;
    const offset = firstInvalidUtf8(bytes);
    throw new ImportFileError([
      {
        where: fileName,
        what: `is not UTF-8 text (the first unreadable byte is at position ${offset}); it may be saved as Windows-1252 or Latin-1`,
        fix: saveAs,
      },
    ]);
  }
}

function firstInvalidUtf8(bytes: Uint8Array): number {
  const decoder = new TextDecoder('utf-8', { fatal: true });
  let low = 0;
  let high = bytes.length;
  // Binary search on prefixes: a prefix that decodes (allowing a cut sequence at its end) is clean.
  while (high - low > 1) {
    const middle = Math.floor((low + high) / 2);
    try {
      decoder.decode(bytes.subarray(0, middle), { stream: true });
      decoder.decode();
      low = middle;
    } catch {
      high = middle;
    }
  }
  return low;
}

/** Reads a chosen file as text after the size check; nothing larger than `maxImportBytes` is read at all. */
export async function readImportFile(file: FileLike, kind: 'json' | 'csv'): Promise<string> {
  if (file.size > maxImportBytes) {
    throw new ImportFileError([
      {
        where: file.name,
        what: `is ${megabytes(file.size)}, more than the ${megabytes(maxImportBytes)} CoachLens imports at once`,
        fix:
          kind === 'csv'
            ? 'Split it into smaller files and import them one after another.'
            : 'Check that this is a CoachLens backup; a backup of a large team is well under this size.',
      },
    ]);
  }
  if (file.size === 0) {
    throw new ImportFileError([
      { where: file.name, what: 'is empty', fix: 'Choose the file again; it may not have finished downloading.' },
    ]);
  }
  return decodeUtf8(new Uint8Array(await file.arrayBuffer()), file.name, kind);
}
