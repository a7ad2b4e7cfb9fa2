import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { neutraliseCell, parseCrmLinks, formatCrmLinks, parseCsvNumber, restoreCell } from './csv-cells';
import { exportCsv } from './csv-export';
import { mapHeaders, normalisePeriod, prepareCsvImport } from './csv-import';
import { applyImport } from './import-plan';
import { sampleBackup, sampleIds, freshDataDbForEachTest } from '@/tests/support/data-db';

const db = freshDataDbForEachTest();

describe('CSV cells', () => {
  it('neutralises formula cells and restores every string exactly', () => {
    expect(neutraliseCell('=1+2')).toBe("'=1+2");
    expect(neutraliseCell('-5')).toBe("'-5");
    expect(neutraliseCell("'=x")).toBe("''=x");
    expect(neutraliseCell("'plain")).toBe("'plain");
    fc.assert(fc.property(fc.string(), (value) => restoreCell(neutraliseCell(value)) === value));
    fc.assert(fc.property(fc.string(), (value) => !/^[=+\-@\t\r]/.test(neutraliseCell(value))));
  });

  it('reads numbers as people type them', () => {
    expect(parseCsvNumber('95,5')).toBe(95.5);
    expect(parseCsvNumber(' 104 % ')).toBe(104);
    expect(parseCsvNumber('')).toBeUndefined();
    expect(parseCsvNumber('ninety')).toBeNaN();
  });

  it('round-trips CRM links with spaces and percent signs', () => {
    const links = [
      { crm: 'salesforce' as const, id: '005 ABC%' },
      { crm: 'hubspot' as const, id: '42' },
    ];
    expect(parseCrmLinks(formatCrmLinks(links))).toEqual(links);
  });

  it('normalises periods', () => {
    expect(['Q3 2026', '2026 Q3', '2026-Q3', 'q3-2026'].map(normalisePeriod)).toEqual(Array(4).fill('2026-Q3'));
    expect(['2026/9', '09/2026', '2026-09'].map(normalisePeriod)).toEqual(Array(3).fill('2026-09'));
  });
});

describe('CSV import', () => {
  it('maps a CRM report by header names, with ; separators and a BOM, and previews it', async () => {
    const csv =
      '\ufeffFull Name;E-mail Address;User ID;Department;Last Login\r\nAna Star;ana@example.com;005A;East;2026-01-01\r\n';
    const prepared = await prepareCsvImport(db(), 'reps', csv, 'report.csv');
    expect(prepared.delimiter).toBe(';');
    expect(prepared.mapping.map((column) => column.field)).toEqual(['name', 'email', 'crmId', 'team', null]);
    expect(prepared.problems).toBeNull();
    expect(prepared.preview?.tables.reps).toMatchObject({ added: 1, conflicts: 0 });
    await applyImport(db(), prepared.backup!);
    const [rep] = await db().reps.toArray();
    expect(rep).toMatchObject({ name: 'Ana Star', team: 'East', crmKeys: ['salesforce:005A'], tier: 'unset' });
  });

  it('matches existing reps by email and keeps fields the file does not have', async () => {
    await applyImport(db(), { fileName: 'seed', exportedAt: 0, tables: sampleBackup().tables });
    const prepared = await prepareCsvImport(db(), 'reps', 'Name,Email,Team\nAna S.,ANA@example.com,West\n', 'r.csv');
    expect(prepared.preview?.tables.reps).toMatchObject({ added: 0, conflicts: 1 });
    await applyImport(db(), prepared.backup!, { choice: 'use-file' });
    expect(await db().reps.get(sampleIds.rep)).toMatchObject({ name: 'Ana S.', team: 'West', tier: 'star' });
  });

  it('imports results by rep name or email and updates the same rep and period', async () => {
    await applyImport(db(), { fileName: 'seed', exportedAt: 0, tables: sampleBackup().tables });
    const csv = 'Rep;Quarter;Quota Attainment\nana@example.com;Q1 2026;110,5\nBen Core;2026-Q1;80 %\n';
    const prepared = await prepareCsvImport(db(), 'results', csv, 'results.csv');
    expect(prepared.problems).toBeNull();
    expect(prepared.preview?.tables.results).toMatchObject({ added: 1, conflicts: 1 });
    await applyImport(db(), prepared.backup!, { choice: 'use-file' });
    expect(await db().results.get(sampleIds.result)).toMatchObject({ attainmentPct: 110.5, period: '2026-Q1' });
    expect((await db().results.toArray()).find((row) => row.repId === sampleIds.rep2)?.attainmentPct).toBe(80);
  });

  it('exports neutralised cells with a BOM and every table the issue lists', async () => {
    await applyImport(db(), { fileName: 'seed', exportedAt: 0, tables: sampleBackup().tables });
    const accounts = await exportCsv(db(), 'accounts');
    expect(accounts.startsWith('\ufeffid,name,importance')).toBe(true);
    expect(accounts).toContain(`"'=HYPERLINK(""http://evil"")"`);
    expect(await exportCsv(db(), 'observations')).toContain('Discovery: 3');
    expect(await exportCsv(db(), 'plans')).toContain('[ ] Prepare three impact questions');
  });

  it('lists ignored columns in the mapping', () => {
    expect(mapHeaders('accounts', ['Account Name', 'Account ID', 'Billing City'])).toEqual([
      { index: 0, header: 'Account Name', field: 'name' },
      { index: 1, header: 'Account ID', field: 'crmId' },
      { index: 2, header: 'Billing City', field: null },
    ]);
  });
});
