import Papa from 'papaparse';
import { i18n } from '#i18n';
import { type CoachLensDb, ValidationError } from '../db';
import { guard } from '../db/guard';
import { parseRow } from '../db/validate';
import {
  type Account,
  accountSchema,
  type Crm,
  crmKey,
  type Rep,
  repSchema,
  type Result,
  resultSchema,
} from '../schemas';
import { emptyTables, normaliseRow } from './backup-format';
import type { CheckedBackup } from './check-backup';
import { headerKey, parseCrmLinks, parseCsvBoolean, parseCsvNumber, restoreCell } from './csv-cells';
import { ImportFileError, ProblemList } from './import-errors';
import { type ImportPreview, previewImport } from './import-plan';
import { type ProgressCallback, rowsPerSlice, yieldToPage } from './yield';

export const csvImportTables = ['reps', 'accounts', 'results'] as const;
export type CsvImportTable = (typeof csvImportTables)[number];

/** Field → header names it is recognised by (compared with `headerKey`). First match wins. */
const headerNames: Record<CsvImportTable, Record<string, string[]>> = {
  reps: {
    id: ['id', 'coachlensid', 'repid'],
    name: ['name', 'fullname', 'repname', 'rep', 'salesrep', 'user', 'ownername', 'owner'],
    email: ['email', 'emailaddress', 'mail', 'email1'],
    team: ['team', 'teamname', 'salesteam', 'department', 'division'],
    tier: ['tier', 'performancetier'],
    tierSource: ['tiersource'],
    active: ['active', 'isactive'],
    crmLinks: ['crmlinks'],
    crm: ['crm', 'crmsystem'],
    crmId: ['crmuserid', 'crmid', 'userid', 'ownerid', 'salesforceuserid', 'hubspotownerid', 'pipedriveuserid'],
  },
  accounts: {
    id: ['id', 'coachlensid'],
    name: [
      'name',
      'accountname',
      'company',
      'companyname',
      'organization',
      'organisation',
      'organizationname',
      'customer',
    ],
    importance: ['importance', 'keyaccount'],
    ownerRepId: ['ownerrepid'],
    owner: ['owner', 'ownername', 'accountowner', 'rep', 'repname', 'salesrep', 'owneremail'],
    crmLinks: ['crmlinks'],
    crm: ['crm', 'crmsystem'],
    crmId: ['crmrecordid', 'recordid', 'crmid', 'accountid', 'companyid', 'organizationid', 'orgid', 'salesforceid'],
    notes: ['notes', 'note', 'description', 'comments'],
  },
  results: {
    id: ['id', 'coachlensid'],
    repId: ['repid'],
    rep: ['rep', 'repname', 'name', 'fullname', 'owner', 'ownername', 'salesrep', 'user', 'email', 'repemail'],
    period: ['period', 'quarter', 'month', 'fiscalperiod'],
    attainmentPct: [
      'attainmentpct',
      'attainment',
      'quotaattainment',
      'quotaattainmentpct',
      'attainmentpercent',
      'percentofquota',
      'pctofquota',
    ],
    winRatePct: ['winratepct', 'winrate', 'winratepercent'],
    pipeline: ['pipeline', 'openpipeline', 'pipelinevalue'],
  },
};

/** Fields a file must have a column for. */
const requiredFields: Record<CsvImportTable, string[][]> = {
  reps: [['name', 'id']],
  accounts: [['name', 'id']],
  results: [['rep', 'repId'], ['period'], ['attainmentPct']],
};

export interface ColumnMapping {
  /** 0-based column index. */
  index: number;
  header: string;
  /** The field the column fills, or `null` when it is ignored. */
  field: string | null;
}

/** The words a manager knows a field by ("Quota attainment (%)"), never its name in the code. */
export function fieldWords(table: CsvImportTable, field: string): string {
  const translate = i18n.t as (key: string) => string;
  return translate(`data.csv.fields.${table}.${field}`) || field;
}

export function mapHeaders(table: CsvImportTable, headers: readonly string[]): ColumnMapping[] {
  const taken = new Set<string>();
  const names = Object.entries(headerNames[table]);
  return headers.map((header, index) => {
    const key = headerKey(header);
    const match = names.find(([field, aliases]) => !taken.has(field) && aliases.includes(key));
    if (!match) return { index, header, field: null };
    taken.add(match[0]);
    return { index, header, field: match[0] };
  });
}

export interface CsvImportOptions {
  /** The CRM a single CRM id column belongs to, when the file has no `crm` column. */
  defaultCrm?: Crm;
  onProgress?: ProgressCallback;
  now?: number;
}

export interface CsvPreparation {
  table: CsvImportTable;
  fileName: string;
  delimiter: string;
  mapping: ColumnMapping[];
  /** Data rows (without the header). */
  rowCount: number;
  /** Problems, with spreadsheet row numbers (the header is row 1). Empty when the file can be imported. */
  problems: ImportFileError | null;
  /** Present when there are no problems: what to pass to `applyImport`, and what it will do. */
  backup?: CheckedBackup;
  preview?: ImportPreview;
}

type Values = Record<string, string>;

const crmFix = 'Correct the cell, or leave it empty.';

interface RowProblem {
  field: string;
  message: string;
  fix: string;
}

/**
 * Every problem of one row, so the manager fixes a file in one round: a cell that cannot be read
 * is noted and its field left out, and the row goes on to be checked.
 */
class RowProblems {
  readonly list: RowProblem[] = [];

  add(field: string, message: string, fix = crmFix): undefined {
    this.list.push({ field, message, fix });
    return undefined;
  }
}

interface Lookups {
  reps: Rep[];
  accounts: Account[];
  results: Result[];
}

function indexBy<T>(rows: readonly T[], keys: (row: T) => string[]): Map<string, T> {
  const map = new Map<string, T>();
  for (const row of rows) for (const key of keys(row)) if (!map.has(key)) map.set(key, row);
  return map;
}

function links(values: Values, defaultCrm: Crm, problems: RowProblems): { crm: Crm; id: string }[] | undefined {
  if (values.crmLinks !== undefined) {
    try {
      return parseCrmLinks(values.crmLinks);
    } catch (error) {
      return problems.add('crmLinks', (error as Error).message);
    }
  }
  if (values.crmId === undefined) return undefined;
  const crm = (values.crm ?? defaultCrm).toLowerCase();
  try {
    return parseCrmLinks(`${crm}:${encodeURIComponent(values.crmId.trim())}`);
  } catch (error) {
    return problems.add('crm', (error as Error).message);
  }
}

function bool(values: Values, field: string, problems: RowProblems): boolean | undefined {
  const raw = values[field];
  if (raw === undefined) return undefined;
  const value = parseCsvBoolean(raw);
  if (value === null) return problems.add(field, `"${raw}" must be yes or no (true/false, 1/0)`);
  return value;
}

function number(values: Values, field: string, problems: RowProblems): number | undefined {
  const raw = values[field];
  if (raw === undefined) return undefined;
  const value = parseCsvNumber(raw);
  if (value !== undefined && Number.isNaN(value)) return problems.add(field, `"${raw}" must be a number`);
  return value;
}

/** `2026-Q3`, `Q3 2026`, `2026 Q3`, `2026-09`, `2026/09`, `09/2026` → `2026-Q3` / `2026-09`. */
export function normalisePeriod(raw: string): string {
  const text = raw.trim().toUpperCase();
  const yearFirst = /^(\d{4})[\s\-/]*Q([1-4])$/.exec(text);
  if (yearFirst) return `${yearFirst[1]}-Q${yearFirst[2]}`;
  const quarterFirst = /^Q([1-4])[\s\-/]*(\d{4})$/.exec(text);
  if (quarterFirst) return `${quarterFirst[2]}-Q${quarterFirst[1]}`;
  const month = /^(\d{4})[-/.](\d{1,2})$/.exec(text);
  if (month) return `${month[1]}-${month[2]!.padStart(2, '0')}`;
  const monthFirst = /^(\d{1,2})[-/.](\d{4})$/.exec(text);
  if (monthFirst) return `${monthFirst[2]}-${monthFirst[1]!.padStart(2, '0')}`;
  return raw.trim();
}

function findRep(lookups: Lookups, key: string): Rep | undefined {
  const text = key.trim().toLowerCase();
  return (
    lookups.reps.find((rep) => rep.id === key.trim()) ??
    lookups.reps.find((rep) => rep.email?.toLowerCase() === text) ??
    lookups.reps.find((rep) => rep.name.toLowerCase() === text) ??
    lookups.reps.find((rep) =>
      rep.crmKeys.some((crmKeyValue) => crmKeyValue.split(':').slice(1).join(':') === key.trim()),
    )
  );
}

type Builder = (
  values: Values,
  lookups: Lookups,
  indexes: Indexes,
  options: Required<CsvImportOptions>,
  problems: RowProblems,
) => object;

interface Indexes {
  repsById: Map<string, Rep>;
  repsByCrmKey: Map<string, Rep>;
  repsByEmail: Map<string, Rep>;
  repsByName: Map<string, Rep>;
  accountsById: Map<string, Account>;
  accountsByCrmKey: Map<string, Account>;
  accountsByName: Map<string, Account>;
  resultsById: Map<string, Result>;
  resultsByRepPeriod: Map<string, Result>;
}

const buildRep: Builder = (values, _lookups, indexes, options, problems) => {
  const fileLinks = links(values, options.defaultCrm, problems)?.map((link) => ({ crm: link.crm, userId: link.id }));
  const matched =
    (values.id !== undefined ? indexes.repsById.get(values.id.trim()) : undefined) ??
    (values.id === undefined
      ? (fileLinks?.map((link) => indexes.repsByCrmKey.get(crmKey(link.crm, link.userId))).find(Boolean) ??
        (values.email ? indexes.repsByEmail.get(values.email.trim().toLowerCase()) : undefined) ??
        (values.name ? indexes.repsByName.get(values.name.trim().toLowerCase()) : undefined))
      : undefined);
  const base: Record<string, unknown> = matched
    ? { ...matched }
    : { tier: 'unset', tierSource: 'manual', crmLinks: [], active: true, crmKeys: [] };
  const row: Record<string, unknown> = { ...base, id: values.id?.trim() ?? matched?.id ?? crypto.randomUUID() };
  if (values.name !== undefined) row.name = values.name;
  if (values.email !== undefined) row.email = values.email;
  if (values.team !== undefined) row.team = values.team;
  if (values.tier !== undefined) {
    row.tier = values.tier.trim().toLowerCase();
    if (values.tierSource === undefined) row.tierSource = 'manual';
  }
  if (values.tierSource !== undefined) row.tierSource = values.tierSource.trim().toLowerCase();
  const active = bool(values, 'active', problems);
  if (active !== undefined) row.active = active;
  if (fileLinks) {
    if (values.crmLinks !== undefined) row.crmLinks = fileLinks;
    else {
      const current = (row.crmLinks as { crm: Crm; userId: string }[]) ?? [];
      const missing = fileLinks.filter(
        (link) => !current.some((other) => crmKey(other.crm, other.userId) === crmKey(link.crm, link.userId)),
      );
      row.crmLinks = [...current, ...missing];
    }
  }
  return row;
};

const buildAccount: Builder = (values, lookups, indexes, options, problems) => {
  const fileLinks = links(values, options.defaultCrm, problems)?.map((link) => ({ crm: link.crm, recordId: link.id }));
  const matched =
    (values.id !== undefined ? indexes.accountsById.get(values.id.trim()) : undefined) ??
    (values.id === undefined
      ? (fileLinks?.map((link) => indexes.accountsByCrmKey.get(crmKey(link.crm, link.recordId))).find(Boolean) ??
        (values.name ? indexes.accountsByName.get(values.name.trim().toLowerCase()) : undefined))
      : undefined);
  const base: Record<string, unknown> = matched
    ? { ...matched }
    : { importance: 'standard', crmLinks: [], crmKeys: [] };
  const row: Record<string, unknown> = { ...base, id: values.id?.trim() ?? matched?.id ?? crypto.randomUUID() };
  if (values.name !== undefined) row.name = values.name;
  if (values.importance !== undefined) {
    const importance = values.importance.trim().toLowerCase();
    const yesNo = parseCsvBoolean(importance);
    row.importance =
      ['key', 'key account'].includes(importance) || yesNo === true ? 'key' : yesNo === false ? 'standard' : importance;
  }
  if (values.ownerRepId !== undefined) row.ownerRepId = values.ownerRepId.trim();
  else if (values.owner !== undefined) {
    const owner = findRep(lookups, values.owner);
    if (owner) row.ownerRepId = owner.id;
    else {
      problems.add(
        'owner',
        `"${values.owner}" is not the name or email of a rep in CoachLens`,
        'Add the rep first (or import reps), or leave the cell empty.',
      );
    }
  }
  if (values.notes !== undefined) row.notes = values.notes;
  if (fileLinks) {
    if (values.crmLinks !== undefined) row.crmLinks = fileLinks;
    else {
      const current = (row.crmLinks as { crm: Crm; recordId: string }[]) ?? [];
      const missing = fileLinks.filter(
        (link) => !current.some((other) => crmKey(other.crm, other.recordId) === crmKey(link.crm, link.recordId)),
      );
      row.crmLinks = [...current, ...missing];
    }
  }
  return row;
};

const buildResult: Builder = (values, lookups, indexes, _options, problems) => {
  let repId = values.repId?.trim();
  if (repId === undefined && values.rep !== undefined) {
    const rep = findRep(lookups, values.rep);
    if (rep) repId = rep.id;
    else {
      problems.add(
        'rep',
        `"${values.rep}" is not the name, email or CRM user id of a rep in CoachLens`,
        'Add the rep first (or import reps), or correct the name.',
      );
    }
  }
  const period = values.period === undefined ? undefined : normalisePeriod(values.period);
  const matched =
    (values.id !== undefined ? indexes.resultsById.get(values.id.trim()) : undefined) ??
    (values.id === undefined && repId !== undefined && period !== undefined
      ? indexes.resultsByRepPeriod.get(`${repId} ${period}`)
      : undefined);
  const row: Record<string, unknown> = {
    id: values.id?.trim() ?? matched?.id ?? crypto.randomUUID(),
    repId,
    period,
    attainmentPct: number(values, 'attainmentPct', problems),
    winRatePct: number(values, 'winRatePct', problems),
    pipeline: number(values, 'pipeline', problems),
  };
  return row;
};

const builders: Record<CsvImportTable, Builder> = { reps: buildRep, accounts: buildAccount, results: buildResult };
const schemas = { reps: repSchema, accounts: accountSchema, results: resultSchema };
const rowKey: Record<CsvImportTable, (row: Record<string, unknown>) => string> = {
  reps: (row) => String(row.id),
  accounts: (row) => String(row.id),
  results: (row) => String(row.id),
};

/** The fields whose column a field's value may come from: `crmLinks[0].userId` → the CRM id column. */
function sourceFields(field: string): string[] {
  const top = field.split(/[.[]/)[0] ?? field;
  if (top === 'crmLinks') return ['crmLinks', 'crmId', 'crm'];
  if (top === 'ownerRepId') return ['ownerRepId', 'owner'];
  if (top === 'repId') return ['repId', 'rep'];
  return [top];
}

/** The column a field's value came from, for messages, in the file's own words. */
function columnFor(table: CsvImportTable, field: string, mapping: ColumnMapping[]): string {
  const column = sourceFields(field)
    .map((name) => mapping.find((entry) => entry.field === name))
    .find(Boolean);
  if (column) return `column "${column.header}"`;
  return `${fieldWords(table, sourceFields(field)[0]!)} (no column for it)`;
}

/**
 * Reads a CSV (`,` or `;` separated, UTF-8 with or without BOM), maps its columns by header name,
 * builds and validates every row, and previews the import. Rows that match a stored row (by id,
 * CRM link, email or name; results by rep and period) become updates of it, with the fields the
 * file does not have kept. Nothing is written: pass `backup` to `applyImport`.
 */
export async function prepareCsvImport(
  db: CoachLensDb,
  table: CsvImportTable,
  text: string,
  fileName: string,
  options: CsvImportOptions = {},
): Promise<CsvPreparation> {
  const settings: Required<CsvImportOptions> = {
    defaultCrm: options.defaultCrm ?? 'salesforce',
    onProgress: options.onProgress ?? (() => undefined),
    now: options.now ?? Date.now(),
  };
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const parsed = Papa.parse<string[]>(body, {
    header: false,
    skipEmptyLines: 'greedy',
    delimitersToGuess: [',', ';', '\t'],
  });
  const delimiter = parsed.meta.delimiter;
  const [headerRow = [], ...rows] = parsed.data;
  const headers = headerRow.map((header) => header.trim());
  const mapping = mapHeaders(table, headers);
  const problems = new ProblemList();
  const result: CsvPreparation = { table, fileName, delimiter, mapping, rowCount: rows.length, problems: null };

  if (headers.length === 0 || headers.every((header) => header === '')) {
    problems.add({
      where: fileName,
      what: 'has no header row',
      fix: 'The first row must name the columns, e.g. Name,Email.',
    });
  }
  for (const error of parsed.errors) {
    // Papa's `row` is the 0-based record index including the header: spreadsheet row = row + 1.
    const rowNumber = error.row === undefined ? undefined : error.row + 1;
    if (error.code === 'UndetectableDelimiter') continue;
    problems.add({
      where: `${fileName}${rowNumber === undefined ? '' : `, row ${rowNumber}`}`,
      what:
        error.code === 'MissingQuotes'
          ? 'has a quoted cell that is never closed (a " without its closing ")'
          : error.code === 'InvalidQuotes'
            ? 'has a stray " inside a cell'
            : error.message,
      fix: 'Open the file in a spreadsheet and save it again as CSV, or put the cell in "…" and double any " inside it.',
    });
  }
  for (const group of requiredFields[table]) {
    if (!group.some((field) => mapping.some((entry) => entry.field === field))) {
      const expected = headerNames[table][group[0]!]!.slice(0, 3).join('", "');
      const words = fieldWords(table, group[0]!);
      problems.add({
        where: `${fileName}, header row`,
        what: `has no column for "${words}" (looked for headers like "${expected}")`,
        fix: `Rename the column that holds the ${words.toLowerCase()} so its header says one of those, then import again.`,
      });
    }
  }
  if (problems.size > 0) {
    result.problems = new ImportFileError(problems.listed, problems.more);
    return result;
  }

  const lookups: Lookups = await guard('CSV not checked', () =>
    db.transaction('r', db.reps, db.accounts, db.results, async () => ({
      reps: await db.reps.toArray(),
      accounts: await db.accounts.toArray(),
      results: await db.results.toArray(),
    })),
  );
  const indexes: Indexes = {
    repsById: indexBy(lookups.reps, (rep) => [rep.id]),
    repsByCrmKey: indexBy(lookups.reps, (rep) => rep.crmKeys),
    repsByEmail: indexBy(lookups.reps, (rep) => (rep.email ? [rep.email.toLowerCase()] : [])),
    repsByName: indexBy(lookups.reps, (rep) => [rep.name.toLowerCase()]),
    accountsById: indexBy(lookups.accounts, (account) => [account.id]),
    accountsByCrmKey: indexBy(lookups.accounts, (account) => account.crmKeys),
    accountsByName: indexBy(lookups.accounts, (account) => [account.name.toLowerCase()]),
    resultsById: indexBy(lookups.results, (row) => [row.id]),
    resultsByRepPeriod: indexBy(lookups.results, (row) => [`${row.repId} ${row.period}`]),
  };

  const out: object[] = [];
  const firstRowOf = new Map<string, number>();
  const firstRepPeriod = new Map<string, number>();
  const schema = schemas[table];
  for (let index = 0; index < rows.length; index += 1) {
    const cells = rows[index] ?? [];
    const rowNumber = index + 2;
    const where = (column?: string) => `${fileName}, row ${rowNumber}${column ? `, ${column}` : ''}`;
    if (cells.length > headers.length && cells.slice(headers.length).some((value) => value.trim() !== '')) {
      problems.add({
        where: where(),
        what: `has ${cells.length} cells but the header names ${headers.length} columns`,
        fix: `Check the separators in this row (the file uses "${delimiter}"), or put cells that contain "${delimiter}" in quotes.`,
      });
      continue;
    }
    if (cells.length < headers.length) {
      // Reported, and the row is still checked: its other problems come in the same round.
      const missing = headers.length - cells.length;
      problems.add({
        where: where(),
        what: `has ${cells.length} ${cells.length === 1 ? 'cell' : 'cells'} but the header names ${headers.length} columns: the last ${missing === 1 ? 'cell is' : `${missing} cells are`} missing`,
        fix: `Add the missing cells (an empty cell is two "${delimiter}" in a row), or check the separators in this row.`,
      });
    }
    const values: Values = {};
    for (const entry of mapping) {
      if (entry.field === null) continue;
      const raw = restoreCell(cells[entry.index] ?? '');
      // Free text keeps its spaces as typed; any other cell that is blank is simply absent.
      if (raw !== '' && (entry.field === 'notes' || raw.trim() !== '')) values[entry.field] = raw;
    }
    const rowProblems = new RowProblems();
    try {
      const built = builders[table](values, lookups, indexes, settings, rowProblems);
      const parsed = parseRow(schema, built, '');
      if (rowProblems.list.length > 0) throw new ValidationError('', []);
      const row = normaliseRow(table, parsed as never) as unknown as Record<string, unknown>;
      const key = rowKey[table](row);
      const first = firstRowOf.get(key);
      if (first !== undefined) {
        problems.add({
          where: where(),
          what: `is the same ${table === 'reps' ? 'rep' : table === 'accounts' ? 'account' : 'result'} as row ${first}`,
          fix: 'Keep one of the two rows.',
        });
        continue;
      }
      firstRowOf.set(key, rowNumber);
      if (table === 'results') {
        const repPeriod = `${String(row.repId)} ${String(row.period)}`;
        const other = firstRepPeriod.get(repPeriod);
        if (other !== undefined) {
          problems.add({
            where: where(columnFor(table, 'period', mapping)),
            what: `repeats the result of the same rep for ${String(row.period)} (row ${other})`,
            fix: 'A rep has one result per period: keep one of the two rows.',
          });
          continue;
        }
        firstRepPeriod.set(repPeriod, rowNumber);
      }
      out.push(row);
    } catch (error) {
      if (!(error instanceof ValidationError)) throw error;
      // A cell that could not be read is left out of the row, so the schema also calls it missing:
      // one message per column, the more precise one.
      const reported = new Set<string>();
      for (const problem of rowProblems.list) {
        const column = columnFor(table, problem.field, mapping);
        reported.add(column);
        problems.add({ where: where(column), what: problem.message, fix: problem.fix });
      }
      for (const issue of error.issues) {
        const column = columnFor(table, issue.field, mapping);
        if (reported.has(column)) continue;
        reported.add(column);
        const words = fieldWords(table, sourceFields(issue.field)[0]!);
        problems.add({
          where: where(column),
          what: `${issue.field === 'input' ? 'the row' : words} ${issue.message}`,
          fix: 'Correct the cell in the file and import it again.',
        });
      }
    }
    if ((index + 1) % rowsPerSlice === 0) {
      settings.onProgress({ phase: 'checking', done: index + 1, total: rows.length });
      await yieldToPage();
    }
  }
  settings.onProgress({ phase: 'checking', done: rows.length, total: rows.length });
  if (rows.length === 0) {
    problems.add({ where: fileName, what: 'has a header row but no data rows', fix: 'Choose the file with the data.' });
  }
  if (problems.size > 0) {
    result.problems = new ImportFileError(problems.listed, problems.more);
    return result;
  }
  const tables = emptyTables();
  (tables[table] as object[]) = out;
  const backup: CheckedBackup = { fileName, exportedAt: settings.now, tables };
  try {
    result.preview = await previewImport(db, backup);
    result.backup = backup;
  } catch (error) {
    if (!(error instanceof ImportFileError)) throw error;
    result.problems = error;
  }
  return result;
}
