import { describe, expect, it } from 'vitest';
import { defaultSkills } from '../defaults/default-skills';
import { installDefaultSkills, listSkills } from '../db/skills';
import type { Skill } from '../schemas';
import { checkBackupValue } from './check-backup';
import { applyImport, previewImport } from './import-plan';
import { sampleBackup, freshDataDbForEachTest } from '@/tests/support/data-db';

const db = freshDataDbForEachTest();

/** A backup from another computer: its own copy of the default framework, and a rating on it. */
function backupFromAnotherProfile(ids: (index: number) => string) {
  const file = sampleBackup();
  const skills: Skill[] = defaultSkills.map((preset, order) => ({
    id: ids(order),
    name: preset.name,
    description: preset.description,
    levels: [...preset.levels],
    order,
    archived: false,
  }));
  file.tables.skills = skills;
  file.tables.observations[0]!.ratings = [{ skillId: skills[2]!.id, score: 3 }];
  file.tables.plans[0]!.skillId = skills[2]!.id;
  return file;
}

describe('restoring onto a fresh profile', () => {
  it('gives exactly the backup’s framework when the backup’s defaults have ids of their own (an older install)', async () => {
    await installDefaultSkills(db());
    const file = backupFromAnotherProfile(() => crypto.randomUUID());
    const checked = await checkBackupValue(file, 'backup.json');
    const preview = await previewImport(db(), checked);
    expect(preview.replacedDefaultSkills).toBe(8);
    await applyImport(db(), checked);
    const skills = await listSkills(db(), { includeArchived: true });
    expect(skills.map((skill) => skill.id).sort()).toEqual(file.tables.skills.map((skill) => skill.id).sort());
  });

  it('finds the defaults it already has when they carry the stable ids', async () => {
    await installDefaultSkills(db());
    const file = backupFromAnotherProfile((index) => defaultSkills[index]!.id);
    const preview = await previewImport(db(), await checkBackupValue(file, 'backup.json'));
    expect(preview.tables.skills).toMatchObject({ added: 0, unchanged: 8, conflicts: 0 });
    expect(preview.replacedDefaultSkills).toBe(0);
  });

  it('merges as before once the framework is in use', async () => {
    await installDefaultSkills(db());
    // A fresh profile: the sample's one skill replaces the eight defaults, and is then rated.
    await applyImport(db(), await checkBackupValue(sampleBackup(), 'seed.json'));
    expect(await listSkills(db(), { includeArchived: true })).toHaveLength(1);
    const file = backupFromAnotherProfile(() => crypto.randomUUID());
    file.tables.observations = [];
    file.tables.plans = [];
    file.tables.timeEntries = [];
    const preview = await previewImport(db(), await checkBackupValue(file, 'other.json'));
    expect(preview.replacedDefaultSkills).toBe(0);
    expect(preview.tables.skills.added).toBe(8);
  });
});
