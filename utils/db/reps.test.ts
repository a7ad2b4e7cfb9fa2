import { describe, expect, it } from 'vitest';
import { addAccount, getAccount } from './accounts';
import { NotFoundError, ValidationError } from './errors';
import { addObservation, getObservation } from './observations';
import { addPlan } from './plans';
import {
  addRep,
  deleteRep,
  findRepByCrmLink,
  getRep,
  linkRepToCrm,
  listReps,
  searchRepsByName,
  setRepActive,
  unlinkRepFromCrm,
  updateRep,
} from './reps';
import { upsertResult } from './results';
import { saveStrategyAnswers, getStrategyForAccount } from './strategies';
import { countRows } from './snapshot';
import { rejection, seedRep, seedSkill, freshDbForEachTest } from '@/tests/support/fresh-db';
import { addTimeEntry, getTimeEntry } from './time-entries';

const db = freshDbForEachTest();

describe('addRep', () => {
  it('fills the defaults, makes a new id, records when it was added and derives crmKeys', async () => {
    const before = Date.now();
    const rep = await addRep(db(), {
      name: '  Ana Star ',
      id: 'ignored',
      crmKeys: ['forged:1'],
      crmLinks: [{ crm: 'salesforce', userId: '005A' }],
    });
    expect(rep).toEqual({
      id: expect.stringMatching(/^[0-9a-f-]{36}$/),
      name: 'Ana Star',
      tier: 'unset',
      tierSource: 'manual',
      crmLinks: [{ crm: 'salesforce', userId: '005A' }],
      crmKeys: ['salesforce:005A'],
      active: true,
      addedAt: expect.any(Number),
    });
    expect(rep.addedAt).toBeGreaterThanOrEqual(before);
    expect(rep.addedAt).toBeLessThanOrEqual(Date.now());
    expect(await getRep(db(), rep.id)).toEqual(rep);
  });

  it('refuses invalid input with the field named, and writes nothing', async () => {
    const error = await rejection(addRep(db(), { name: ' ', email: 'nope', tier: 'rockstar' }), ValidationError);
    expect(error.message).toBe(
      'Rep not saved: name is required; email is not an email address; tier must be one of: star, core, developing, unset',
    );
    expect(error.issues.map((issue) => issue.field)).toEqual(['name', 'email', 'tier']);
    expect((await countRows(db())).reps).toBe(0);
  });

  it('refuses input that is not an object', async () => {
    const error = await rejection(addRep(db(), 'Ana'), ValidationError);
    expect(error.message).toBe('Rep not saved: input must be a group of fields');
  });

  it('refuses a CRM user already linked to another rep', async () => {
    await seedRep(db(), { name: 'Ana', crmLinks: [{ crm: 'hubspot', userId: '42' }] });
    const error = await rejection(
      addRep(db(), { name: 'Ben', crmLinks: [{ crm: 'hubspot', userId: '42' }] }),
      ValidationError,
    );
    expect(error.message).toBe('Rep not saved: crmLinks hubspot:42 is already linked to the rep Ana');
  });
});

describe('updateRep', () => {
  it('changes the given fields, clears a field set to null, and keeps the id', async () => {
    const rep = await seedRep(db(), { email: 'dana@example.com', team: 'East' });
    const updated = await updateRep(db(), rep.id, { tier: 'star', team: null, id: 'other' });
    expect(updated).toEqual({ ...rep, tier: 'star', team: undefined });
    expect(updated).not.toHaveProperty('team');
    expect(await getRep(db(), rep.id)).toEqual(updated);
  });

  it('recomputes crmKeys from crmLinks', async () => {
    const rep = await seedRep(db(), { crmLinks: [{ crm: 'hubspot', userId: '1' }] });
    const updated = await updateRep(db(), rep.id, { crmLinks: [{ crm: 'zoho', userId: '9' }] });
    expect(updated.crmKeys).toEqual(['zoho:9']);
    expect(await findRepByCrmLink(db(), 'hubspot', '1')).toBeNull();
    expect((await findRepByCrmLink(db(), 'zoho', '9'))?.id).toBe(rep.id);
  });

  it('refuses an invalid patch and leaves the row as it was', async () => {
    const rep = await seedRep(db());
    const error = await rejection(updateRep(db(), rep.id, { active: 'yes' }), ValidationError);
    expect(error.message).toBe('Rep not saved: active must be true or false');
    expect(await getRep(db(), rep.id)).toEqual(rep);
  });

  it('says which rep is missing', async () => {
    const error = await rejection(
      updateRep(db(), '12345678-aaaa-4aaa-8aaa-aaaaaaaaaaaa', { tier: 'core' }),
      NotFoundError,
    );
    expect(error.message).toBe('Rep 12345678… not found');
  });
});

describe('setRepActive', () => {
  it('hides a deactivated rep from the list but keeps everything about them, and brings them back', async () => {
    const rep = await seedRep(db(), { name: 'Dana', crmLinks: [{ crm: 'hubspot', userId: '7' }] });
    const skill = await seedSkill(db());
    await addObservation(db(), {
      repId: rep.id,
      context: 'joint-call',
      observedAt: Date.now(),
      durationMin: 30,
      ratings: [{ skillId: skill.id, score: 3 }],
    });
    await addPlan(db(), { repId: rep.id, skillId: skill.id, fromLevel: 2, targetLevel: 3, reviewAt: Date.now() });
    await upsertResult(db(), { repId: rep.id, period: '2026-Q3', attainmentPct: 95 });
    await addTimeEntry(db(), { day: '2026-08-03', activity: 'coaching', minutes: 45, repId: rep.id });
    const before = await countRows(db());

    const inactive = await setRepActive(db(), rep.id, false);
    expect(inactive).toEqual({ ...rep, active: false });
    expect(await listReps(db())).toEqual([]);
    expect((await listReps(db(), { includeInactive: true })).map((row) => row.id)).toEqual([rep.id]);
    expect(await countRows(db())).toEqual(before);
    // Still the rep of their CRM page: the page keeps opening, it just stops being suggested.
    expect((await findRepByCrmLink(db(), 'hubspot', '7'))?.id).toBe(rep.id);

    expect(await setRepActive(db(), rep.id, true)).toEqual(rep);
    expect((await listReps(db())).map((row) => row.id)).toEqual([rep.id]);
  });

  it('says which rep is missing', async () => {
    await rejection(setRepActive(db(), '12345678-aaaa-4aaa-8aaa-aaaaaaaaaaaa', false), NotFoundError);
  });
});

describe('updateRep as the profile form uses it', () => {
  it('renames, sets an email and clears the team in one write', async () => {
    const rep = await seedRep(db(), { name: 'Dana', team: 'East' });
    const updated = await updateRep(db(), rep.id, { name: '  Dana Whitfield ', email: 'dana@example.com', team: null });
    expect(updated).toEqual({ ...rep, name: 'Dana Whitfield', email: 'dana@example.com', team: undefined });
    expect(updated).not.toHaveProperty('team');
  });

  it('refuses a bad email and an empty name, naming both fields, and changes nothing', async () => {
    const rep = await seedRep(db(), { name: 'Dana' });
    const error = await rejection(updateRep(db(), rep.id, { name: ' ', email: 'dana@' }), ValidationError);
    expect(error.issues.map((issue) => issue.field).sort()).toEqual(['email', 'name']);
    expect(await getRep(db(), rep.id)).toEqual(rep);
  });
});

describe('getRep and listReps', () => {
  it('returns null for an unknown id', async () => {
    expect(await getRep(db(), crypto.randomUUID())).toBeNull();
  });

  it('lists active reps by name, inactive ones only when asked', async () => {
    await seedRep(db(), { name: 'carla' });
    await seedRep(db(), { name: 'Ben', active: false });
    await seedRep(db(), { name: 'Ana' });
    expect((await listReps(db())).map((rep) => rep.name)).toEqual(['Ana', 'carla']);
    expect((await listReps(db(), { includeInactive: true })).map((rep) => rep.name)).toEqual(['Ana', 'Ben', 'carla']);
  });

  it('searches by name prefix through the name index, ignoring case', async () => {
    await seedRep(db(), { name: 'Anabel' });
    await seedRep(db(), { name: 'ana' });
    await seedRep(db(), { name: 'Ben' });
    expect((await searchRepsByName(db(), 'AN')).map((rep) => rep.name).sort()).toEqual(['Anabel', 'ana']);
  });
});

describe('CRM links', () => {
  it('finds a rep by any of its CRM links through the multi-entry index', async () => {
    const rep = await seedRep(db(), {
      crmLinks: [
        { crm: 'salesforce', userId: '005A' },
        { crm: 'hubspot', userId: '77' },
      ],
    });
    await seedRep(db(), { name: 'Other', crmLinks: [{ crm: 'salesforce', userId: '005B' }] });
    expect((await findRepByCrmLink(db(), 'salesforce', '005A'))?.id).toBe(rep.id);
    expect((await findRepByCrmLink(db(), 'hubspot', '77'))?.id).toBe(rep.id);
    expect(await findRepByCrmLink(db(), 'hubspot', '005A')).toBeNull();
  });

  it('links once, even when asked twice, and unlinks', async () => {
    const rep = await seedRep(db());
    await linkRepToCrm(db(), rep.id, { crm: 'pipedrive', userId: '12' });
    const linked = await linkRepToCrm(db(), rep.id, { crm: 'pipedrive', userId: '12' });
    expect(linked.crmLinks).toEqual([{ crm: 'pipedrive', userId: '12' }]);
    expect((await findRepByCrmLink(db(), 'pipedrive', '12'))?.id).toBe(rep.id);
    const unlinked = await unlinkRepFromCrm(db(), rep.id, 'pipedrive', '12');
    expect(unlinked.crmKeys).toEqual([]);
    expect(await findRepByCrmLink(db(), 'pipedrive', '12')).toBeNull();
  });

  it('refuses an invalid link and a link owned by another rep', async () => {
    const ana = await seedRep(db(), { name: 'Ana', crmLinks: [{ crm: 'zoho', userId: '1' }] });
    const ben = await seedRep(db(), { name: 'Ben' });
    const invalid = await rejection(linkRepToCrm(db(), ben.id, { crm: 'excel', userId: '' }), ValidationError);
    expect(invalid.issues.map((issue) => issue.field)).toEqual(['crm', 'userId']);
    const taken = await rejection(linkRepToCrm(db(), ben.id, { crm: 'zoho', userId: '1' }), ValidationError);
    expect(taken.message).toContain('zoho:1 is already linked to the rep Ana');
    expect((await findRepByCrmLink(db(), 'zoho', '1'))?.id).toBe(ana.id);
  });

  it('reports a missing rep when linking or unlinking', async () => {
    await rejection(linkRepToCrm(db(), crypto.randomUUID(), { crm: 'zoho', userId: '1' }), NotFoundError);
    await rejection(unlinkRepFromCrm(db(), crypto.randomUUID(), 'zoho', '1'), NotFoundError);
  });
});

describe('deleteRep', () => {
  it("deletes the rep's observations, their time entries, plans and results, and detaches the rest", async () => {
    const rep = await seedRep(db());
    const other = await seedRep(db(), { name: 'Other' });
    const skill = await seedSkill(db());
    const account = await addAccount(db(), { name: 'Globex', ownerRepId: rep.id });
    await addObservation(db(), {
      repId: rep.id,
      accountId: account.id,
      context: 'meeting',
      saw: 'one',
      durationMin: 30,
    });
    await addObservation(db(), { repId: rep.id, context: 'other', saw: 'two' });
    const kept = await addObservation(db(), { repId: other.id, context: 'joint-call', saw: 'other', durationMin: 15 });
    await addPlan(db(), { repId: rep.id, skillId: skill.id, fromLevel: 1, targetLevel: 2, reviewAt: 1 });
    await upsertResult(db(), { repId: rep.id, period: '2026-Q1', attainmentPct: 90 });
    await upsertResult(db(), { repId: other.id, period: '2026-Q1', attainmentPct: 80 });
    const coaching = await addTimeEntry(db(), { day: '2026-02-03', activity: 'coaching', minutes: 60, repId: rep.id });
    await saveStrategyAnswers(db(), account.id, { objective: 'Pilot' });
    await updateStrategyRep(account.id, rep.id);

    const outcome = await deleteRep(db(), rep.id);

    expect(outcome).toEqual({
      observations: 2,
      timeEntries: 1,
      plans: 1,
      results: 1,
      timeEntriesDetached: 1,
      accountsDetached: 1,
      strategiesDetached: 1,
    });
    expect(await getRep(db(), rep.id)).toBeNull();
    expect(await getObservation(db(), kept.id)).toEqual(kept);
    expect(await getTimeEntry(db(), coaching.id)).toEqual({ ...coaching, repId: undefined });
    expect(await getAccount(db(), account.id)).not.toHaveProperty('ownerRepId');
    expect(await getStrategyForAccount(db(), account.id)).not.toHaveProperty('repId');
    expect(await countRows(db())).toEqual({
      reps: 1,
      accounts: 1,
      skills: 1,
      observations: 1,
      plans: 0,
      strategies: 1,
      results: 1,
      timeEntries: 2,
    });
  });

  it('reports a missing rep', async () => {
    await rejection(deleteRep(db(), crypto.randomUUID()), NotFoundError);
  });
});

async function updateStrategyRep(accountId: string, repId: string): Promise<void> {
  const { updateStrategy } = await import('./strategies');
  const strategy = await getStrategyForAccount(db(), accountId);
  if (!strategy) throw new Error('no strategy');
  await updateStrategy(db(), strategy.id, { repId });
}
