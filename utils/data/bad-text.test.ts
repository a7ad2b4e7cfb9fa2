import { describe, expect, it } from 'vitest';
import { addRep } from '../db/reps';
import { saveStrategyAnswers } from '../db/strategies';
import { pageFactsSchema } from '../messaging/protocol';
import { checkBackupValue } from './check-backup';
import { exportCsv } from './csv-export';
import { exportBackup } from './export-backup';
import { loadBackupFile, loadCsvFile } from './import-files';
import { prepareCsvImport } from './csv-import';
import { applyImport } from './import-plan';
import { rowsOf, sampleBackup, sampleIds, freshDataDbForEachTest } from '@/tests/support/data-db';

const db = freshDataDbForEachTest();

/** Characters no one types on purpose: NUL, other C0 and C1 controls, DEL, lone surrogates. */
const broken = 'A\u0000n\u0007a\u0085\u007f \ud800St\udc00ar';

describe('control and broken characters', () => {
  it('a backup with them is restored with them cleaned, keeping line breaks and tabs in free text', async () => {
    const backup = sampleBackup();
    backup.tables.reps[0]!.name = broken;
    backup.tables.reps[0]!.team = 'East\u202e\ttsaE';
    backup.tables.observations[0]!.saw = 'Line one\r\nline\u0000 two\ttabbed\ud800';
    const checked = await checkBackupValue(backup, 'backup.json');
    await applyImport(db(), checked);
    const rows = await rowsOf(db());
    const rep = rows.reps!.find((row) => (row as { id: string }).id === sampleIds.rep) as {
      name: string;
      team: string;
    };
    expect(rep.name).toBe('Ana \ufffdSt\ufffdar');
    expect(rep.team).toBe('East tsaE');
    expect((rows.observations![0] as { saw: string }).saw).toBe('Line one\nline two\ttabbed\ufffd');
  });

  it('CoachLens accepts its own CSV export, even of rows stored before text was cleaned', async () => {
    await applyImport(db(), await checkBackupValue(sampleBackup(), 'seed.json'));
    // Written past the schemas, as an older CoachLens could have stored it.
    const stored = (await db().reps.get(sampleIds.rep))!;
    await db().reps.put({ ...stored, name: broken, team: 'East\u0000' });
    const accountRow = (await db().accounts.get(sampleIds.account))!;
    await db().accounts.put({ ...accountRow, notes: 'Renewal\u0000 in May' });
    for (const table of ['reps', 'accounts'] as const) {
      // The file as the browser saves it (UTF-8), read back the way the dashboard reads a chosen file.
      const bytes = new TextEncoder().encode(await exportCsv(db(), table));
      const file = { name: `coachlens-${table}.csv`, size: bytes.byteLength, arrayBuffer: async () => bytes.buffer };
      const prepared = await loadCsvFile(db(), table, file);
      expect(prepared.problems?.problems ?? []).toEqual([]);
    }
    const backupBytes = new TextEncoder().encode(JSON.stringify(await exportBackup(db())));
    const backupFile = {
      name: 'backup.json',
      size: backupBytes.byteLength,
      arrayBuffer: async () => backupBytes.buffer,
    };
    const restored = await loadBackupFile(backupFile);
    expect(restored.tables.reps.find((rep) => rep.id === sampleIds.rep)?.name).toBe('Ana \ufffdSt\ufffdar');
  });

  it('a CSV cell with them is cleaned', async () => {
    const prepared = await prepareCsvImport(db(), 'reps', `Name,Team\r\n"Dana\u0000 Rep",E\u009bast\r\n`, 'r.csv');
    expect(prepared.problems).toBeNull();
    expect(prepared.backup?.tables.reps[0]).toMatchObject({ name: 'Dana Rep', team: 'East' });
  });

  it('forms (through the repositories) store them cleaned', async () => {
    const rep = await addRep(db(), { name: `Dana\u0000\ud83d Rep\n` });
    expect(rep.name).toBe('Dana\ufffd Rep');
    await applyImport(db(), await checkBackupValue(sampleBackup(), 'seed.json'));
    const strategy = await saveStrategyAnswers(db(), sampleIds.account, { objective: 'Win\u0000 the\r\nrenewal' });
    expect(strategy.answers.objective).toBe('Win the\nrenewal');
  });

  it('page facts from a CRM page are cleaned', () => {
    expect(pageFactsSchema.parse({ recordName: 'Globex\u0000 \u202eCorp\ud800', ownerUserId: '005\u0085A' })).toEqual({
      recordName: 'Globex Corp\ufffd',
      ownerUserId: '005A',
    });
  });

  it('keeps what a person writes on purpose: emoji, accents, right-to-left text', async () => {
    const rep = await addRep(db(), { name: 'Zoë 👍 مريم' });
    expect(rep.name).toBe('Zoë 👍 مريم');
  });
});
