import { fakeBrowser } from 'wxt/testing/fake-browser';
import { addObservation } from '../db/observations';
import { addRep } from '../db/reps';
import { loadInsightInput } from '../db/snapshot';
import { freshDbForEachTest } from '@/tests/support/fresh-db';
import { installDefaultSkills, listSkills } from '../db/skills';
import { teamInsights } from '../insights/team-insights';
import { localDay } from '../db/guard';
import { generateSampleTeam } from './generate';
import { skillNotes } from './notes';
import { loadSampleTeam, removeSampleTeam, SampleTeamError } from './load';
import { sampleTeamItem } from '@/utils/storage/items';

const now = new Date(2026, 10, 18, 12).getTime();
const getDb = freshDbForEachTest();

beforeEach(() => fakeBrowser.reset());

describe('generateSampleTeam', () => {
  const skills = Array.from({ length: 8 }, (_, index) => ({
    id: `00000000-0000-4000-8000-00000000000${index}`,
    name: `Skill ${index}`,
  }));

  it('is deterministic for the same now, skills and seed', () => {
    expect(generateSampleTeam(now, skills)).toEqual(generateSampleTeam(now, skills));
    expect(generateSampleTeam(now, skills, 8).reps[0]?.id).not.toBe(generateSampleTeam(now, skills).reps[0]?.id);
  });

  it('makes 9 reps, 30 accounts with owners, and six months of observations up to now', () => {
    const team = generateSampleTeam(now, skills);
    expect(team.reps).toHaveLength(9);
    expect(team.accounts).toHaveLength(30);
    expect(team.accounts.every((account) => account.ownerRepId !== undefined)).toBe(true);
    const times = team.observations.map((obs) => obs.observedAt);
    expect(Math.max(...times)).toBeLessThanOrEqual(now);
    expect(Math.min(...times)).toBeGreaterThan(now - 183 * 86_400_000);
    expect(team.results).toHaveLength(18);
  });

  it('records the observing time of every observation', () => {
    const team = generateSampleTeam(now, skills);
    for (const obs of team.observations) {
      const entry = team.timeEntries.find((row) => row.observationId === obs.id);
      expect(entry?.minutes).toBe(obs.durationMin);
      expect(entry?.repId).toBe(obs.repId);
    }
  });
});

describe('a sample team that reads like a real one', () => {
  const skills = Array.from({ length: 8 }, (_, index) => ({
    id: `00000000-0000-4000-8000-00000000000${index}`,
    name: `Skill ${index}`,
  }));
  const team = generateSampleTeam(now, skills);
  const strong = new Set(skillNotes.flatMap((notes) => notes.strong));
  const weak = new Set(skillNotes.flatMap((notes) => notes.weak));
  const template = (text: string) =>
    [...strong, ...weak].find((phrase) => {
      const [before, after] = phrase.split('{account}');
      return after === undefined ? phrase === text : text.startsWith(before!) && text.endsWith(after);
    });

  it('writes notes that agree with the ratings', () => {
    for (const obs of team.observations) {
      const phrase = template(obs.saw)!;
      expect(phrase).toBeDefined();
      const best = Math.max(...obs.ratings.map((rating) => rating.score));
      // a strength is noted only when some skill was rated 3+, a problem only when none was
      expect(strong.has(phrase)).toBe(best >= 3);
      if (obs.start !== '') expect(Math.min(...obs.ratings.map((rating) => rating.score))).toBeLessThanOrEqual(2);
      if (obs.keep !== '') expect(best).toBeGreaterThanOrEqual(3);
    }
  });

  it('gives each rep notes of their own, not one shared line', () => {
    const notesOf = (repId: string) =>
      new Set(team.observations.filter((obs) => obs.repId === repId).map((obs) => `${obs.saw}|${obs.start}`));
    const all = team.reps.map((rep) => [...notesOf(rep.id)].sort().join('\n'));
    expect(new Set(all).size).toBe(team.reps.length);
    const starts = team.observations.map((obs) => obs.start).filter((text) => text !== '');
    expect(new Set(starts).size).toBeGreaterThan(5);
  });

  it('answers each strategy prompt for its own account', () => {
    const answers = team.strategies.flatMap((strategy) => Object.values(strategy.answers));
    expect(answers.length).toBeGreaterThan(40);
    expect(new Set(answers).size).toBe(answers.length);
    expect(answers.some((answer) => answer.startsWith('Sample answer'))).toBe(false);
    const first = team.strategies[0]!;
    const account = team.accounts.find((row) => row.id === first.accountId)!;
    expect(first.answers.objective).toContain(account.name);
  });

  it('marks star techniques on star notes only', () => {
    const starIds = new Set(
      team.reps.filter((rep) => ['Maya Chen', 'Diego Alvarez'].includes(rep.name)).map((r) => r.id),
    );
    const marked = team.observations.filter((obs) => obs.starTechniques);
    expect(marked.length).toBeGreaterThan(0);
    for (const obs of marked) {
      expect(starIds.has(obs.repId)).toBe(true);
      expect(obs.ratings).toHaveLength(1);
      expect(obs.starTechniques).toEqual([{ skillId: obs.ratings[0]!.skillId, note: 'saw' }]);
    }
  });

  it('logs no time after now: nothing today beyond observations already made, nothing in days to come', () => {
    const today = localDay(now);
    for (const entry of team.timeEntries) {
      expect(entry.day <= today).toBe(true);
      if (entry.day === today) expect(entry.observationId).toBeDefined();
    }
  });
});

describe('loadSampleTeam and removeSampleTeam', () => {
  it('loads a team whose stars beat core on the differentiating skills', async () => {
    const db = getDb();
    await loadSampleTeam(db, now);
    const team = teamInsights(await loadInsightInput(db), now);
    expect(team.tierGroups.star.map((id) => team.repsById.get(id)?.name).sort()).toEqual([
      'Diego Alvarez',
      'Maya Chen',
    ]);
    const discovery = team.differentiators.find((d) => d.skillName === 'Discovery & need development');
    expect(discovery?.difference).toBeGreaterThan(0.5);
    const opening = team.differentiators.find((d) => d.skillName === 'Opening & engagement');
    expect(Math.abs(opening?.difference ?? 0)).toBeLessThan(discovery?.difference ?? 0);
  });

  it('refuses to load twice', async () => {
    const db = getDb();
    await loadSampleTeam(db, now);
    await expect(loadSampleTeam(db, now)).rejects.toBeInstanceOf(SampleTeamError);
  });

  it('removes only the sample rows and what was added about sample reps, keeping skills and real reps', async () => {
    const db = getDb();
    await installDefaultSkills(db);
    const real = await addRep(db, { name: 'Real Rep' });
    const record = await loadSampleTeam(db, now);
    const [skill] = await listSkills(db);
    const sampleRepId = record.ids.reps[0]!;
    await addObservation(db, {
      repId: sampleRepId,
      context: 'meeting',
      ratings: [{ skillId: skill!.id, score: 3 }],
      durationMin: 30,
    });
    await addObservation(db, {
      repId: real.id,
      context: 'meeting',
      accountId: record.ids.accounts[0],
      ratings: [{ skillId: skill!.id, score: 2 }],
    });

    const removed = await removeSampleTeam(db);

    expect(removed.reps).toBe(9);
    expect(removed.accounts).toBe(30);
    expect(removed.observations).toBe(record.ids.observations.length + 1);
    expect((await db.reps.toArray()).map((rep) => rep.name)).toEqual(['Real Rep']);
    expect(await db.skills.count()).toBe(8);
    const kept = await db.observations.toArray();
    expect(kept).toHaveLength(1);
    expect(kept[0]?.accountId).toBeUndefined();
    expect(await db.timeEntries.count()).toBe(0);
    expect(await db.plans.count()).toBe(0);
    expect(await sampleTeamItem.getValue()).toBeNull();
  });

  it('does nothing when no sample is loaded', async () => {
    const removed = await removeSampleTeam(getDb());
    expect(Object.values(removed).every((count) => count === 0)).toBe(true);
  });
});
