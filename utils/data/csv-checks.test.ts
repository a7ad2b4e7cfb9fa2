import { describe, expect, it } from 'vitest';
import { describeProblem } from './import-errors';
import { fieldWords, mapHeaders, prepareCsvImport } from './csv-import';
import { applyImport } from './import-plan';
import { checkBackupValue } from './check-backup';
import { sampleBackup, freshDataDbForEachTest } from '@/tests/support/data-db';

const db = freshDataDbForEachTest();

async function problemsOf(table: 'reps' | 'accounts' | 'results', csv: string): Promise<string[]> {
  const prepared = await prepareCsvImport(db(), table, csv, `${table}.csv`);
  return (prepared.problems?.problems ?? []).map(describeProblem);
}

/** Field names as the code spells them: a manager never sees these. */
const internalNames = /attainmentPct|winRatePct|repId|ownerRepId|crmId|crmLinks|tierSource|userId|recordId/;

describe('CSV checks', () => {
  it('names a row with fewer cells than the header instead of importing it with empty cells', async () => {
    const problems = await problemsOf(
      'reps',
      'Name,Email,Team\nAna Star,ana@example.com,East\nBen Core,ben@example.com\n',
    );
    expect(problems).toHaveLength(1);
    expect(problems[0]).toContain(
      'reps.csv, row 3: has 2 cells but the header names 3 columns: the last cell is missing',
    );
  });

  it('reports all of a row’s problems at once: an unknown rep does not hide the row’s bad values', async () => {
    const problems = await problemsOf('results', 'Rep,Period,Attainment,Win rate\nNobody Known,2026-13,-5,abc\n');
    expect(problems).toEqual([
      expect.stringContaining('results.csv, row 2, column "Rep": "Nobody Known" is not the name, email or CRM user id'),
      expect.stringContaining('results.csv, row 2, column "Win rate": "abc" must be a number'),
      expect.stringContaining('results.csv, row 2, column "Period": Period must be a quarter like 2026-Q3'),
      expect.stringContaining('results.csv, row 2, column "Attainment": Quota attainment (%) cannot be negative'),
    ]);
  });

  it('reports an unknown owner together with the row’s other problems, one message per column', async () => {
    const problems = await problemsOf('accounts', 'Account Name,Owner,Key account\n,Nobody Known,maybe\n');
    expect(problems).toHaveLength(3);
    expect(problems.join('\n')).toMatch(/column "Owner": "Nobody Known" is not the name or email of a rep/);
    expect(problems.join('\n')).toMatch(/column "Account Name": Account name is required/);
    expect(problems.join('\n')).toMatch(/column "Key account": Key account must be one of/);
  });
});

describe('CSV words', () => {
  it('messages say the column’s words, never a field name from the code', async () => {
    await applyImport(db(), await checkBackupValue(sampleBackup(), 'seed.json'));
    const messages = [
      ...(await problemsOf('results', 'Rep,Period,Attainment,Win rate,Pipeline\nAna Star,2026-Q1,2000,150,-1\n')),
      ...(await problemsOf('results', 'Rep,Period\nAna Star,2026-Q1\n')),
      ...(await problemsOf('results', 'Period,Attainment\n2026-Q1,90\n')),
      ...(await problemsOf('accounts', 'Account Name,CRM,Record Id\nGlobex,nocrm,001\n')),
      ...(await problemsOf('reps', 'Name,Tier,Active\nDana,boss,perhaps\n')),
    ];
    expect(messages.length).toBeGreaterThanOrEqual(7);
    expect(messages.filter((message) => internalNames.test(message))).toEqual([]);
    expect(messages).toContainEqual(
      expect.stringContaining('results.csv, header row: has no column for "Quota attainment (%)"'),
    );
  });

  it('the column mapping shows what each column is used as in the manager’s words', () => {
    const mapping = mapHeaders('results', ['Owner', 'Quarter', 'Quota Attainment', 'Win Rate', 'Region']);
    const words = mapping.map((column) => (column.field ? fieldWords('results', column.field) : null));
    expect(words).toEqual(['Rep', 'Period', 'Quota attainment (%)', 'Win rate (%)', null]);
    expect(words.filter((word) => word !== null && internalNames.test(word))).toEqual([]);
  });
});
