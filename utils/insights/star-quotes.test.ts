import { describe, expect, it } from 'vitest';
import { noteForSkill } from './skill-evidence';
import { starQuotes } from './star-quotes';
import { starTechniquesBySkill, techniquesFor } from './star-techniques';
import { teamInsights } from './team-insights';
import { daysAgo, emptyInput, now, observation, rep, skill } from '@/tests/support/insight-fixtures';

const a = (score: 1 | 2 | 3 | 4) => ({ skillId: 'a', score });
const b = (score: 1 | 2 | 3 | 4) => ({ skillId: 'b', score });

describe('noteForSkill', () => {
  it('is the note of an observation that rated that skill and no other', () => {
    const only = observation('m', daysAgo(1), [b(4)], { saw: '  Confirmed the objection before answering it. ' });
    expect(noteForSkill(only, 'b')).toBe('Confirmed the objection before answering it.');
    expect(noteForSkill(only, 'a')).toBeNull();
  });

  it('gives no quote for an observation that rated several skills: the note may be about any of them', () => {
    // The shipped bug: "Had already met the economic buyer" quoted under Handling concerns.
    const both = observation('m', daysAgo(1), [a(4), b(4)], { saw: 'Had already met the economic buyer.' });
    expect(noteForSkill(both, 'a')).toBeNull();
    expect(noteForSkill(both, 'b')).toBeNull();
  });

  it('falls back to what to keep, and gives nothing without a note', () => {
    expect(noteForSkill(observation('m', daysAgo(1), [a(3)], { keep: 'Quantified the cost of delay.' }), 'a')).toBe(
      'Quantified the cost of delay.',
    );
    expect(noteForSkill(observation('m', daysAgo(1), [a(3)], { start: 'Ask for a date.' }), 'a')).toBeNull();
  });
});

describe('starQuotes and star techniques', () => {
  const input = emptyInput({
    skills: [skill('a', 0, { name: 'Discovery' }), skill('b', 1, { name: 'Handling concerns' })],
    reps: [
      rep('maya', { name: 'Maya', tier: 'star', tierSource: 'manual' }),
      rep('dana', { name: 'Dana', tier: 'core', tierSource: 'manual' }),
    ],
    observations: [
      observation('maya', daysAgo(2), [a(4), b(4)], { id: 'both', saw: 'Had already met the economic buyer.' }),
      observation('maya', daysAgo(5), [b(4)], {
        id: 'concern',
        saw: 'Restated the concern in the buyer’s words before answering.',
        starTechniques: [{ skillId: 'b', note: 'saw' }],
      }),
      observation('maya', daysAgo(9), [b(2)], { id: 'weak', saw: 'Argued with the buyer.' }),
      observation('maya', daysAgo(12), [a(4)], {
        id: 'discovery',
        saw: 'Asked what doing nothing would cost.',
        keep: 'Quantify the impact before the demo.',
        starTechniques: [
          { skillId: 'a', note: 'keep' },
          { skillId: 'zz', note: 'saw' }, // a deleted skill: left out
        ],
      }),
      observation('dana', daysAgo(1), [b(4)], { id: 'core', saw: 'Dana did well.' }),
    ],
  });
  const team = teamInsights(input, now);

  it('quotes a star under a skill only from an observation that is evidence for it, rated 3 or higher', () => {
    expect(starQuotes(team, 'b').map((quote) => quote.observationId)).toEqual(['concern']);
    expect(starQuotes(team, 'a').map((quote) => [quote.repName, quote.text])).toEqual([
      ['Maya', 'Asked what doing nothing would cost.'],
    ]);
  });

  it('lists marked techniques under their skill with the star name', () => {
    expect(
      [...team.techniques].map(([skillId, list]) => [skillId, list.map((t) => [t.repName, t.skillName, t.text])]),
    ).toEqual([
      ['b', [['Maya', 'Handling concerns', 'Restated the concern in the buyer’s words before answering.']]],
      ['a', [['Maya', 'Discovery', 'Quantify the impact before the demo.']]],
    ]);
  });

  it('offers a technique to other reps, never back to the star who showed it', () => {
    expect(techniquesFor(team.techniques, 'b', 'dana').map((t) => t.observationId)).toEqual(['concern']);
    expect(techniquesFor(team.techniques, 'b', 'maya')).toEqual([]);
  });

  it('leaves out a mark on a note since emptied', () => {
    const emptied = input.observations.map((obs) => (obs.id === 'concern' ? { ...obs, saw: ' ' } : obs));
    expect(starTechniquesBySkill(emptied, team.skillsById, team.repsById).has('b')).toBe(false);
  });
});
