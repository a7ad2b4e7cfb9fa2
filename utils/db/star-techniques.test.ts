import { describe, expect, it } from 'vitest';
import { observationSchema } from '../schemas';
import { ValidationError } from './errors';
import { addObservation, getObservation, updateObservation } from './observations';
import { setStarTechnique } from './star-techniques';
import { rejection, seedRep, seedSkill, freshDbForEachTest } from '@/tests/support/fresh-db';

const db = freshDbForEachTest();

describe('setStarTechnique', () => {
  it('marks and unmarks a note, keeping the other marks, and drops the field when none is left', async () => {
    const rep = await seedRep(db());
    const skill = await seedSkill(db());
    const other = await seedSkill(db(), { name: 'Closing' });
    const obs = await addObservation(db(), {
      repId: rep.id,
      context: 'joint-call',
      ratings: [{ skillId: skill.id, score: 4 }],
      saw: 'Restated the concern before answering.',
      keep: 'Asked for a dated next step.',
    });
    await setStarTechnique(db(), obs.id, { skillId: skill.id, note: 'saw' }, true);
    await setStarTechnique(db(), obs.id, { skillId: other.id, note: 'keep' }, true);
    await setStarTechnique(db(), obs.id, { skillId: skill.id, note: 'saw' }, true); // twice: still one mark
    expect((await getObservation(db(), obs.id))?.starTechniques).toEqual([
      { skillId: other.id, note: 'keep' },
      { skillId: skill.id, note: 'saw' },
    ]);
    await setStarTechnique(db(), obs.id, { skillId: other.id, note: 'keep' }, false);
    await setStarTechnique(db(), obs.id, { skillId: skill.id, note: 'saw' }, false);
    expect(await getObservation(db(), obs.id)).not.toHaveProperty('starTechniques');
  });

  it('refuses to mark an empty note, in words', async () => {
    const rep = await seedRep(db());
    const skill = await seedSkill(db());
    const obs = await addObservation(db(), { repId: rep.id, context: 'meeting', saw: 'Only this note.' });
    const error = await rejection(
      setStarTechnique(db(), obs.id, { skillId: skill.id, note: 'stop' }, true),
      ValidationError,
    );
    expect(error.message).toContain('marks an empty note as a star technique');
    await expect(updateObservation(db(), obs.id, { saw: 'Edited.' })).resolves.toBeTruthy();
  });
});

describe('an observation saved before star techniques existed', () => {
  it('still parses, with no marks', () => {
    const old = {
      id: '11111111-1111-4111-8111-111111111111',
      repId: '22222222-2222-4222-8222-222222222222',
      context: 'joint-call',
      observedAt: 1_780_000_000_000,
      ratings: [],
      saw: 'A note from an older backup.',
      keep: '',
      start: '',
      stop: '',
      sharedWithRep: false,
      createdAt: 1_780_000_000_000,
    };
    const parsed = observationSchema.parse(old);
    expect(parsed).toEqual(old);
    expect(parsed.starTechniques).toBeUndefined();
  });
});
