import { describe, expect, it } from 'vitest';
import { addAccount } from '../db/accounts';
import { updateRep } from '../db/reps';
import { countRows } from '../db/snapshot';
import { readTeamSummary, saveTeamSummary } from '../db/team-summary-store';
import { summariseTeam } from '../insights/team-summary';
import { teamInsights } from '../insights/team-insights';
import { checkBackupText } from './check-backup';
import { backupFileName, exportBackup } from './export-backup';
import { ImportFileError } from './import-errors';
import { applyImport, previewImport } from './import-plan';
import { listSnapshots } from './snapshots';
import { dumpDb, rowsOf, sampleBackup, sampleIds, freshDataDbForEachTest } from '@/tests/support/data-db';
import { deleteAllData, restoreSnapshot } from './wipe';

const db = freshDataDbForEachTest();

async function importText(text: string, options: Parameters<typeof applyImport>[2] = {}) {
  return applyImport(db(), await checkBackupText(text, 'backup.json'), options);
}

/** A backup that only adds one rep. */
function otherRep() {
  const file = sampleBackup();
  const rep = { ...file.tables.reps[1]!, id: crypto.randomUUID(), name: 'Cleo New' };
  file.tables = {
    ...file.tables,
    reps: [rep],
    accounts: [],
    skills: [],
    observations: [],
    plans: [],
    strategies: [],
    results: [],
    timeEntries: [],
  };
  return file;
}

describe('backup and restore', () => {
  it('restores a backup into an empty database, then exports exactly the same rows', async () => {
    const backup = sampleBackup();
    const outcome = await importText(JSON.stringify(backup));
    expect(outcome.written).toBe(9);
    // Even into an empty database: the copy is what "Undo this import" puts back.
    expect(outcome.snapshot?.reason).toBe('before-import');
    const exported = await exportBackup(db(), backup.exportedAt);
    expect(exported).toEqual(backup);
  });

  it('previews adds, identical rows and conflicts, and keeps existing rows by default', async () => {
    const backup = sampleBackup();
    await importText(JSON.stringify(backup));
    await updateRep(db(), sampleIds.rep, { name: 'Ana Renamed' });
    await addAccount(db(), { name: 'Initech' });
    const file = sampleBackup();
    file.tables.skills.push({ ...file.tables.skills[0]!, id: crypto.randomUUID(), name: 'Opening', order: 1 });
    const checked = await checkBackupText(JSON.stringify(file), 'backup.json');
    const preview = await previewImport(db(), checked);
    expect(preview.tables.reps).toMatchObject({ added: 0, unchanged: 1, conflicts: 1, conflictIds: [sampleIds.rep] });
    expect(preview.tables.skills).toMatchObject({ added: 1, unchanged: 1, conflicts: 0 });
    expect(preview).toMatchObject({ added: 1, conflicts: 1, unchanged: 8 });

    const kept = await applyImport(db(), checked);
    expect(kept.written).toBe(1);
    expect(kept.snapshot?.reason).toBe('before-import');
    expect((await db().reps.get(sampleIds.rep))?.name).toBe('Ana Renamed');

    const replaced = await applyImport(db(), checked, { choice: 'use-file', now: 5 });
    expect(replaced.written).toBe(1);
    expect((await db().reps.get(sampleIds.rep))?.name).toBe('Ana Star');
    expect(replaced.snapshot?.reason).toBe('before-import');
    const snapshot = (await listSnapshots(db())).find((kept) => kept.id === replaced.snapshot?.id);
    expect(snapshot).toMatchObject({ reason: 'before-import', takenAt: 5 });
    expect(snapshot?.counts.accounts).toBe(2);
  });

  it('restores a snapshot exactly: an import that only adds rows is undone', async () => {
    await importText(JSON.stringify(sampleBackup()));
    const before = await dumpDb(db());
    const added = await applyImport(db(), await checkBackupText(JSON.stringify(otherRep()), 'more.json'));
    expect(added.snapshot?.reason).toBe('before-import');
    expect(await db().reps.count()).toBe(3);
    await restoreSnapshot(db(), added.snapshot!.id);
    expect(await dumpDb(db())).toBe(before);
  });

  it('delete-all deletes everywhere: the rows and every copy kept before changes', async () => {
    await importText(JSON.stringify(sampleBackup()));
    await applyImport(db(), await checkBackupText(JSON.stringify(otherRep()), 'more.json'));
    expect((await listSnapshots(db())).length).toBe(2);
    await deleteAllData(db());
    expect(Object.values(await countRows(db())).every((count) => count === 0)).toBe(true);
    expect(await listSnapshots(db())).toEqual([]);
  });

  it('forgets the background’s saved team summary on restore and delete-all: it described other rows', async () => {
    const saveSummary = async () =>
      saveTeamSummary(db(), summariseTeam(teamInsights(await rowsOf(db()).then(asInput), 10)));
    await importText(JSON.stringify(sampleBackup()));
    await saveSummary();
    expect(await readTeamSummary(db())).not.toBeNull();
    await importText(JSON.stringify(sampleBackup()), { mode: 'replace' });
    expect(await readTeamSummary(db())).toBeNull();

    await saveSummary();
    await deleteAllData(db());
    expect(await readTeamSummary(db())).toBeNull();
    const imported = await importText(JSON.stringify(sampleBackup()));
    await saveSummary();
    await restoreSnapshot(db(), imported.snapshot!.id);
    expect(await readTeamSummary(db())).toBeNull();
  });

  it('recomputes crmKeys from crmLinks instead of trusting the file', async () => {
    const file = sampleBackup();
    file.tables.reps[0]!.crmKeys = ['hubspot:999'];
    await importText(JSON.stringify(file));
    expect((await db().reps.get(sampleIds.rep))?.crmKeys).toEqual(['salesforce:005000000000001AAA']);
  });

  it('reports progress while checking and writing', async () => {
    const phases = new Set<string>();
    const checked = await checkBackupText(JSON.stringify(sampleBackup()), 'b.json', (p) => phases.add(p.phase));
    await applyImport(db(), checked, { onProgress: (p) => phases.add(p.phase) });
    expect([...phases]).toEqual(['reading', 'checking', 'writing']);
  });

  it('names the file by the local day', () => {
    expect(backupFileName(new Date(2026, 10, 27, 15).getTime())).toBe('coachlens-backup-2026-11-27.json');
  });

  it('refuses an import whose references vanished between preview and apply, writing nothing', async () => {
    const file = sampleBackup();
    const observations = file.tables.observations;
    const onlyObservation = {
      ...file,
      tables: {
        ...file.tables,
        reps: [],
        accounts: [],
        skills: [],
        plans: [],
        strategies: [],
        results: [],
        timeEntries: [],
      },
    };
    onlyObservation.tables.observations = observations;
    await importText(JSON.stringify({ ...file, tables: { ...file.tables, observations: [], timeEntries: [] } }));
    const checked = await checkBackupText(JSON.stringify(onlyObservation), 'b.json');
    await db().reps.delete(sampleIds.rep);
    const before = await dumpDb(db());
    await expect(applyImport(db(), checked)).rejects.toBeInstanceOf(ImportFileError);
    expect(await dumpDb(db())).toBe(before);
    expect((await rowsOf(db())).observations).toEqual([]);
  });
});

/** The rows as the insights take them (every table of the backup format). */
function asInput(rows: Awaited<ReturnType<typeof rowsOf>>): Parameters<typeof teamInsights>[0] {
  return rows as unknown as Parameters<typeof teamInsights>[0];
}
