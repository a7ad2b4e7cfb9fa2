import { beforeEach, describe, expect, it } from 'vitest';
import type { CsvImportTable } from './csv-import';
import { ImportFileError } from './import-errors';
import { loadBackupFile, loadCsvFile } from './import-files';
import { applyImport } from './import-plan';
import type { FileLike } from './read-file';
import { dumpDb, sampleBackup, sampleIds, freshDataDbForEachTest } from '@/tests/support/data-db';

/*
 * Every bad file gets a message that names the file, the place (table and row, or CSV row and
 * column, and the field), what is wrong and how to fix it; and the database is byte-for-byte
 * unchanged afterwards (nothing lost: docs/architecture.md#rules).
 */

const db = freshDataDbForEachTest();
const ids = sampleIds;

function file(name: string, content: string | Uint8Array, size?: number): FileLike {
  const bytes = typeof content === 'string' ? new TextEncoder().encode(content) : content;
  return { name, size: size ?? bytes.length, arrayBuffer: async () => bytes.slice().buffer };
}

type Backup = ReturnType<typeof sampleBackup>;
type Row = Record<string, unknown>;
type Mutable = Record<string, unknown> & {
  tables: Record<
    'reps' | 'accounts' | 'skills' | 'observations' | 'plans' | 'strategies' | 'results' | 'timeEntries',
    Row[]
  > &
    Record<string, unknown>;
};

function backupWith(change: (backup: Mutable) => void): string {
  const backup = structuredClone(sampleBackup()) as unknown as Mutable;
  // Fresh ids, so the sample already in the database does not decide the outcome.
  change(backup);
  return JSON.stringify(backup);
}

function nested(depth: number): unknown {
  let value: unknown = 'deep';
  for (let level = 0; level < depth; level += 1) value = [value];
  return value;
}

function utf16(text: string): Uint8Array {
  const bytes = new Uint8Array(2 + text.length * 2);
  bytes[0] = 0xff;
  bytes[1] = 0xfe;
  for (let index = 0; index < text.length; index += 1) bytes[2 + index * 2] = text.charCodeAt(index);
  return bytes;
}

function latin1(text: string): Uint8Array {
  return Uint8Array.from([...text].map((character) => character.charCodeAt(0)));
}

interface BadJson {
  name: string;
  kind: 'json';
  file: FileLike;
  message: string | RegExp;
}

interface BadCsv {
  name: string;
  kind: 'csv';
  table: CsvImportTable;
  file: FileLike;
  message: string | RegExp;
}

const otherRep = 'bbbbbbbb-bbbb-4bbb-8bbb-bbbbbbbbbbbb';
const valid = JSON.stringify(sampleBackup());

const cases: (BadJson | BadCsv)[] = [
  {
    name: 'truncated JSON',
    kind: 'json',
    file: file('b.json', valid.slice(0, 200)),
    message: 'b.json: ends in the middle of the data',
  },
  {
    name: 'not JSON',
    kind: 'json',
    file: file('b.json', '{\n  "format": coachlens\n}'),
    message: /b\.json: is not valid JSON at line 2, column \d+/,
  },
  { name: 'empty file', kind: 'json', file: file('b.json', ''), message: 'b.json: is empty' },
  {
    name: 'UTF-16 text',
    kind: 'json',
    file: file('b.json', utf16(valid)),
    message: 'b.json: is saved as UTF-16 text, not UTF-8',
  },
  {
    name: 'Latin-1 text',
    kind: 'json',
    file: file('b.json', latin1('{"x":"Müller"}')),
    message: 'b.json: is not UTF-8 text (the first unreadable byte is at position 7)',
  },
  {
    name: 'binary data',
    kind: 'json',
    file: file('b.json', new Uint8Array([0x7b, 0, 0x7d])),
    message: 'b.json: is not a text file',
  },
  {
    name: 'file over the size cap',
    kind: 'json',
    file: file('huge.json', '{}', 201 * 1024 * 1024),
    message: 'huge.json: is 201 MB, more than the 200 MB CoachLens imports at once',
  },
  {
    name: 'a list instead of a backup',
    kind: 'json',
    file: file('b.json', '[1,2]'),
    message: 'b.json: is not a CoachLens backup',
  },
  {
    name: 'another format',
    kind: 'json',
    file: file(
      'b.json',
      backupWith((b) => (b.format = 'other-app')),
    ),
    message: 'b.json: is a "other-app" file, not a CoachLens backup',
  },
  {
    name: 'newer format version',
    kind: 'json',
    file: file(
      'b.json',
      backupWith((b) => (b.formatVersion = 2)),
    ),
    message: 'b.json, field formatVersion: is 2: this backup was made by a newer CoachLens',
  },
  {
    name: 'newer schema version',
    kind: 'json',
    file: file(
      'b.json',
      backupWith((b) => (b.schemaVersion = 99)),
    ),
    message: 'b.json, field schemaVersion: is 99: this backup was made by a newer CoachLens',
  },
  {
    name: 'format version not a number',
    kind: 'json',
    file: file(
      'b.json',
      backupWith((b) => (b.formatVersion = '1')),
    ),
    message: 'b.json, field formatVersion: must be a whole number',
  },
  {
    name: 'missing export time',
    kind: 'json',
    file: file(
      'b.json',
      backupWith((b) => delete b.exportedAt),
    ),
    message: 'b.json, field exportedAt: must be a date and time',
  },
  {
    name: 'unknown top-level field',
    kind: 'json',
    file: file(
      'b.json',
      backupWith((b) => (b.extra = 1)),
    ),
    message: 'b.json, field extra: is not a field of a CoachLens backup',
  },
  {
    name: 'unknown table',
    kind: 'json',
    file: file(
      'b.json',
      backupWith((b) => ((b.tables as Record<string, unknown>).contacts = [])),
    ),
    message: 'b.json, tables.contacts: is not a CoachLens table',
  },
  {
    name: 'table not a list',
    kind: 'json',
    file: file(
      'b.json',
      backupWith((b) => ((b.tables as Record<string, unknown>).reps = {})),
    ),
    message: 'b.json, tables.reps: must be a list of rows',
  },
  {
    name: '__proto__ key in a row',
    kind: 'json',
    file: file('b.json', valid.replace('"name":"Ana Star"', '"__proto__":{"isAdmin":true},"name":"Ana Star"')),
    message: 'b.json, at tables.reps[0].__proto__: has a field named "__proto__"',
  },
  {
    name: 'constructor key nested',
    kind: 'json',
    file: file('b.json', valid.replace('"objective":"Pilot agreement"', '"constructor":{"prototype":{}}')),
    message: 'b.json, at tables.strategies[0].answers.constructor: has a field named "constructor"',
  },
  {
    name: 'prototype key at the top',
    kind: 'json',
    file: file('b.json', valid.replace('{"format"', '{"prototype":1,"format"')),
    message: 'b.json, at prototype: has a field named "prototype"',
  },
  {
    name: 'deep nesting',
    kind: 'json',
    file: file(
      'b.json',
      backupWith((b) => (b.tables.reps[0]!.team = nested(100))),
    ),
    message: 'nests lists and groups more than 32 levels deep',
  },
  {
    name: 'unknown field in a row',
    kind: 'json',
    file: file(
      'b.json',
      backupWith((b) => (b.tables.reps[0]!.salary = 1)),
    ),
    message: `b.json, reps row 1 (id 11111111…), field salary: is not a field of a rep`,
  },
  {
    name: 'unknown nested field',
    kind: 'json',
    file: file(
      'b.json',
      backupWith((b) => ((b.tables.reps[0]!.crmLinks as object[])[0] = { crm: 'salesforce', userId: '1', token: 'x' })),
    ),
    message: 'field crmLinks[0].token: is not a field of a rep',
  },
  {
    name: 'row not an object',
    kind: 'json',
    file: file(
      'b.json',
      backupWith((b) => ((b.tables.skills as unknown[])[0] = 42)),
    ),
    message: 'b.json, skills row 1: must be a skill (a group of fields)',
  },
  {
    name: 'duplicate id',
    kind: 'json',
    file: file(
      'b.json',
      backupWith((b) => b.tables.reps.push({ ...b.tables.reps[0]!, crmLinks: [] })),
    ),
    message: 'b.json, reps row 3 (id 11111111…), field id: is the same id as reps row 1',
  },
  {
    name: 'id not a UUID',
    kind: 'json',
    file: file(
      'b.json',
      backupWith((b) => (b.tables.skills[0]!.id = 'skill-1')),
    ),
    message: 'skills row 1 (id skill-1), field id: must be an id made by CoachLens (a UUID)',
  },
  {
    name: 'missing required field',
    kind: 'json',
    file: file(
      'b.json',
      backupWith((b) => delete b.tables.reps[1]!.name),
    ),
    message: 'reps row 2 (id 22222222…), field name: is required',
  },
  {
    name: 'wrong enum value',
    kind: 'json',
    file: file(
      'b.json',
      backupWith((b) => (b.tables.reps[0]!.tier = 'superstar')),
    ),
    message: 'field tier: must be one of: star, core, developing, unset',
  },
  {
    name: 'date as text',
    kind: 'json',
    file: file(
      'b.json',
      backupWith((b) => (b.tables.observations[0]!.observedAt = '2026-01-01')),
    ),
    message: 'observations row 1 (id 55555555…), field observedAt: must be a date and time',
  },
  {
    name: 'date before 1970',
    kind: 'json',
    file: file(
      'b.json',
      backupWith((b) => (b.tables.observations[0]!.observedAt = -5)),
    ),
    message: 'field observedAt: must be after 1970',
  },
  {
    name: 'fractional time',
    kind: 'json',
    file: file(
      'b.json',
      backupWith((b) => (b.tables.plans[0]!.reviewAt = 1.5)),
    ),
    message: 'plans row 1 (id 66666666…), field reviewAt: must be a whole number of milliseconds',
  },
  {
    name: 'invalid day',
    kind: 'json',
    file: file(
      'b.json',
      backupWith((b) => (b.tables.timeEntries[0]!.day = '2026-13-40')),
    ),
    message: 'timeEntries row 1 (id 99999999…), field day: must be a day like 2026-11-27',
  },
  {
    name: 'rating out of range',
    kind: 'json',
    file: file(
      'b.json',
      backupWith((b) => ((b.tables.observations[0]!.ratings as { score: number }[])[0]!.score = 5)),
    ),
    message: 'field ratings[0].score: must be a level from 1 to 4',
  },
  {
    name: 'plan target below start',
    kind: 'json',
    file: file(
      'b.json',
      backupWith((b) => (b.tables.plans[0]!.targetLevel = 1)),
    ),
    message: 'plans row 1 (id 66666666…), field targetLevel: must be above the starting level',
  },
  {
    name: 'huge string',
    kind: 'json',
    file: file(
      'b.json',
      backupWith((b) => (b.tables.observations[0]!.saw = 'x'.repeat(30_000))),
    ),
    message: 'field saw: is longer than 20,000 characters',
  },
  {
    name: 'dangling rep of an observation',
    kind: 'json',
    file: file(
      'b.json',
      backupWith((b) => {
        b.tables.observations[0]!.repId = ids.missing;
        b.tables.observations[0]!.id = otherRep;
        b.tables.timeEntries = [];
      }),
    ),
    message:
      'observations row 1 (id bbbbbbbb…), field repId: points to rep aaaaaaaa…, which is neither in this file nor in CoachLens',
  },
  {
    name: 'dangling rated skill',
    kind: 'json',
    file: file(
      'b.json',
      backupWith((b) => {
        (b.tables.observations[0]!.ratings as { skillId: string }[])[0]!.skillId = ids.missing;
      }),
    ),
    message: 'field ratings[].skillId: points to skill aaaaaaaa…',
  },
  {
    name: 'dangling observation of a time entry',
    kind: 'json',
    file: file(
      'b.json',
      backupWith((b) => (b.tables.timeEntries[0]!.observationId = ids.missing)),
    ),
    message: 'timeEntries row 1 (id 99999999…), field observationId: points to observation aaaaaaaa…',
  },
  {
    name: 'second result for the same rep and period',
    kind: 'json',
    file: file(
      'b.json',
      backupWith((b) => (b.tables.results[0]!.id = otherRep)),
    ),
    message:
      'results row 1 (id bbbbbbbb…), field period: repeats the result for rep 11111111… in 2026-Q1: CoachLens already has it',
  },
  {
    name: 'CRM user linked to two reps',
    kind: 'json',
    file: file(
      'b.json',
      backupWith((b) => {
        b.tables.reps[1]!.crmLinks = [{ crm: 'salesforce', userId: '005000000000001AAA' }];
        b.tables.reps[1]!.id = otherRep;
      }),
    ),
    message: 'reps row 2 (id bbbbbbbb…), field crmLinks: repeats the CRM user salesforce:005000000000001AAA',
  },
  // CSV
  {
    name: 'CSV with broken quoting',
    kind: 'csv',
    table: 'reps',
    file: file('reps.csv', 'Name,Email\nAna,ana@example.com\n"Ben,ben@example.com\n'),
    message: 'reps.csv, row 3: has a quoted cell that is never closed',
  },
  {
    name: 'CSV without a name column',
    kind: 'csv',
    table: 'reps',
    file: file('reps.csv', 'Email,Team\nana@example.com,East\n'),
    message: 'reps.csv, header row: has no column for "Name"',
  },
  {
    name: 'CSV row with too many cells',
    kind: 'csv',
    table: 'reps',
    file: file('reps.csv', 'Name,Email\nAna,ana@example.com\nSmith, Ben,ben@example.com\n'),
    message: 'reps.csv, row 3: has 3 cells but the header names 2 columns',
  },
  {
    name: 'CSV invalid email',
    kind: 'csv',
    table: 'reps',
    file: file('reps.csv', 'Name;E-mail\nAna;ana@example.com\nBen;not-an-email\n'),
    message: 'reps.csv, row 3, column "E-mail": Email is not an email address',
  },
  {
    name: 'CSV invalid yes/no',
    kind: 'csv',
    table: 'reps',
    file: file('reps.csv', 'Name,Active\nAna,maybe\n'),
    message: 'reps.csv, row 2, column "Active": "maybe" must be yes or no',
  },
  {
    name: 'CSV unknown rep in results',
    kind: 'csv',
    table: 'results',
    file: file('results.csv', 'Rep,Quarter,Attainment\nNobody Known,2026-Q1,90\n'),
    message:
      'results.csv, row 2, column "Rep": "Nobody Known" is not the name, email or CRM user id of a rep in CoachLens',
  },
  {
    name: 'CSV formula in a number column',
    kind: 'csv',
    table: 'results',
    file: file('results.csv', "Rep,Quarter,Attainment\nAna Star,2026-Q1,'=SUM(A1:A9)\n"),
    message: 'results.csv, row 2, column "Attainment": "=SUM(A1:A9)" must be a number',
  },
  {
    name: 'CSV bad period',
    kind: 'csv',
    table: 'results',
    file: file('results.csv', 'Rep,Period,Attainment\nAna Star,last year,90\n'),
    message: 'results.csv, row 2, column "Period": Period must be a quarter like 2026-Q3 or a month like 2026-09',
  },
  {
    name: 'CSV negative attainment',
    kind: 'csv',
    table: 'results',
    file: file('results.csv', 'Rep,Period,Attainment\nAna Star,2026-Q2,-5\n'),
    message: 'column "Attainment": Quota attainment (%) cannot be negative',
  },
  {
    name: 'CSV same result twice',
    kind: 'csv',
    table: 'results',
    file: file('results.csv', 'Rep,Period,Attainment\nAna Star,2026-Q2,90\nana@example.com,Q2 2026,91\n'),
    message: 'results.csv, row 3, column "Period": repeats the result of the same rep for 2026-Q2 (row 2)',
  },
  {
    name: 'CSV same rep twice',
    kind: 'csv',
    table: 'reps',
    file: file('reps.csv', 'Name,Email\nAna Star,ana@example.com\nAna S.,ana@example.com\n'),
    message: 'reps.csv, row 3: is the same rep as row 2',
  },
  {
    name: 'CSV unknown owner',
    kind: 'csv',
    table: 'accounts',
    file: file('accounts.csv', 'Account Name,Account Owner\nInitech,Nobody\n'),
    message: 'accounts.csv, row 2, column "Account Owner": "Nobody" is not the name or email of a rep in CoachLens',
  },
  {
    name: 'CSV bad CRM link',
    kind: 'csv',
    table: 'accounts',
    file: file('accounts.csv', 'name,crmLinks\nInitech,myspace:1\n'),
    message: 'accounts.csv, row 2, column "crmLinks": "myspace:1" is not a CRM link',
  },
  {
    name: 'CSV in UTF-16',
    kind: 'csv',
    table: 'reps',
    file: file('reps.csv', utf16('Name\nAna\n')),
    message: 'reps.csv: is saved as UTF-16 text, not UTF-8. In your spreadsheet, save it again as "CSV UTF-8"',
  },
  {
    name: 'CSV in Windows-1252',
    kind: 'csv',
    table: 'reps',
    file: file('reps.csv', latin1('Name\nJürgen\n')),
    message: 'reps.csv: is not UTF-8 text',
  },
  {
    name: 'CSV header only',
    kind: 'csv',
    table: 'reps',
    file: file('reps.csv', 'Name,Email\n'),
    message: 'reps.csv: has a header row but no data rows',
  },
];

async function attempt(entry: BadJson | BadCsv): Promise<ImportFileError> {
  try {
    if (entry.kind === 'json') {
      await applyImport(db(), await loadBackupFile(entry.file));
    } else {
      const prepared = await loadCsvFile(db(), entry.table, entry.file);
      if (prepared.problems) throw prepared.problems;
      await applyImport(db(), prepared.backup!);
    }
  } catch (error) {
    if (error instanceof ImportFileError) return error;
    throw error;
  }
  throw new Error(`${entry.name}: the import was accepted`);
}

describe('bad files', () => {
  beforeEach(async () => {
    const sample: Backup = sampleBackup();
    await applyImport(db(), { fileName: 'seed', exportedAt: 0, tables: sample.tables });
  });

  it('has at least 30 cases', () => {
    expect(cases.length).toBeGreaterThanOrEqual(30);
  });

  it.each(cases.map((entry) => [entry.name, entry] as const))(
    '%s: says what and where, changes nothing',
    async (_, entry) => {
      const before = await dumpDb(db());
      const error = await attempt(entry);
      expect(error.message.startsWith('Nothing was imported. ')).toBe(true);
      if (typeof entry.message === 'string') expect(error.message).toContain(entry.message);
      else expect(error.message).toMatch(entry.message);
      // Every problem says how to fix it.
      for (const problem of error.problems) expect(problem.fix.length).toBeGreaterThan(10);
      expect(await dumpDb(db())).toBe(before);
    },
  );
});
