import { describe, expect, it } from 'vitest';
import { accountPrompts } from '../defaults/account-prompts';
import { accountInsight } from './account-insight';
import { account, coachingScenario, daysAgo, now, observation, plan, strategy } from '@/tests/support/insight-fixtures';

describe('accountInsight', () => {
  const base = coachingScenario();
  const input = {
    ...base,
    strategies: [
      strategy('acc1', { updatedAt: daysAgo(10), meetingAt: daysAgo(-3), answers: { objective: 'Old answer' } }),
      strategy('acc1', {
        updatedAt: daysAgo(1),
        meetingAt: daysAgo(20), // past
        answers: { objective: '  Win the pilot ', goals: '   ', 'retired-prompt': 'ignored' },
      }),
    ],
  };
  const insight = accountInsight(input, 'acc1', now)!;

  it('names the account and its owner with their top focus skill', () => {
    expect(insight.account).toEqual({ id: 'acc1', name: 'Acme', importance: 'key' });
    // Robin's top suggested focus in the scenario is Discovery (see rep-insight tests)
    expect(insight.owner).toEqual({
      repId: 'r',
      name: 'Robin',
      topFocus: { skillId: 'a', skillName: 'Discovery', source: 'suggested' },
    });
  });

  it('prefers the skill of an active plan as the owner focus', () => {
    const withPlan = accountInsight(
      { ...input, plans: [plan('r', 'b', { fromLevel: 3, targetLevel: 4 })] },
      'acc1',
      now,
    )!;
    expect(withPlan.owner?.topFocus).toEqual({ skillId: 'b', skillName: 'Closing', source: 'plan' });
  });

  it('offers star techniques under "what would our best rep do differently", the owner\'s focus skill first', () => {
    // Sam (star) has a technique marked on Closing (b) and one on Discovery (a); Robin's focus is Discovery.
    const withTechniques = accountInsight(
      {
        ...input,
        observations: [
          ...input.observations,
          observation('s', daysAgo(4), [{ skillId: 'b', score: 4 }], {
            saw: 'Asked for a dated next step.',
            starTechniques: [{ skillId: 'b', note: 'saw' }],
          }),
          observation('s', daysAgo(8), [{ skillId: 'a', score: 4 }], {
            keep: 'Quantified the cost of delay.',
            starTechniques: [{ skillId: 'a', note: 'keep' }],
          }),
          // Robin's own mark is not offered back to Robin.
          observation('r', daysAgo(2), [{ skillId: 'a', score: 3 }], {
            saw: 'Robin did it himself.',
            starTechniques: [{ skillId: 'a', note: 'saw' }],
          }),
        ],
      },
      'acc1',
      now,
    )!;
    const bestRep = withTechniques.prompts.find((prompt) => prompt.id === 'best-rep')!;
    expect(bestRep.techniques.map((t) => [t.repName, t.skillName, t.text])).toEqual([
      ['Sam', 'Discovery', 'Quantified the cost of delay.'],
      ['Sam', 'Closing', 'Asked for a dated next step.'],
    ]);
    expect(withTechniques.prompts.filter((prompt) => prompt.techniques.length > 0)).toHaveLength(1);
  });

  it('shows the prompts with the latest session answers and what is unanswered', () => {
    expect(insight.prompts).toHaveLength(accountPrompts.length);
    expect(insight.prompts[0]).toMatchObject({ id: 'objective', group: 'purpose', answer: 'Win the pilot' });
    expect(insight.prompts.find((p) => p.id === 'goals')?.answer).toBeNull(); // blank counts as unanswered
    expect(insight.unansweredPromptIds).toHaveLength(accountPrompts.length - 1);
    expect(insight.unansweredPromptIds).not.toContain('objective');
    expect(insight.lastStrategyUpdateAt).toBe(daysAgo(1));
  });

  it('finds the next meeting and flags a key account that is not prepared', () => {
    expect(insight.nextMeetingAt).toBe(daysAgo(-3));
    expect(insight.attention).toEqual({
      count: 1,
      items: [{ kind: 'meeting-unprepared', meetingAt: daysAgo(-3), unansweredCount: accountPrompts.length - 1 }],
    });
  });

  it('raises nothing when the meeting is more than 7 days away, the account is standard or all is answered', () => {
    const later = { ...input, strategies: [strategy('acc1', { meetingAt: daysAgo(-8) })] };
    expect(accountInsight(later, 'acc1', now)!.attention.count).toBe(0);
    const standard = { ...input, accounts: [account('acc1', { importance: 'standard', ownerRepId: 'r' })] };
    expect(accountInsight(standard, 'acc1', now)!.attention.count).toBe(0);
    const answers = Object.fromEntries(accountPrompts.map((p) => [p.id, 'done']));
    const ready = { ...input, strategies: [strategy('acc1', { meetingAt: daysAgo(-1), answers })] };
    const readyInsight = accountInsight(ready, 'acc1', now)!;
    expect(readyInsight.unansweredPromptIds).toEqual([]);
    expect(readyInsight.attention.count).toBe(0);
  });

  it('lists observations at the account, newest first', () => {
    expect(insight.observations.map((o) => [o.id, o.repName])).toEqual([
      ['obs-r-today', 'Robin'],
      ['obs-c1', 'Rep c1'],
    ]);
  });

  it('lists at most 10 observations', () => {
    const many = Array.from({ length: 12 }, (_, i) =>
      observation('r', daysAgo(i + 1), [], { id: `many-${i}`, accountId: 'acc2', saw: 'x' }),
    );
    const result = accountInsight(
      { ...input, accounts: [...input.accounts, account('acc2')], observations: many },
      'acc2',
      now,
    )!;
    expect(result.observations.map((o) => o.id)).toEqual(Array.from({ length: 10 }, (_, i) => `many-${i}`));
  });

  it('handles an account without owner or strategy', () => {
    const bare = accountInsight(
      { ...input, accounts: [account('acc2'), account('acc3', { ownerRepId: 'gone' })] },
      'acc2',
      now,
    )!;
    expect(bare).toMatchObject({ owner: null, nextMeetingAt: null, lastStrategyUpdateAt: null, observations: [] });
    expect(bare.unansweredPromptIds).toHaveLength(accountPrompts.length);
    expect(
      accountInsight({ ...input, accounts: [account('acc3', { ownerRepId: 'gone' })] }, 'acc3', now)!.owner,
    ).toBeNull();
    expect(accountInsight(input, 'nope', now)).toBeNull();
  });
});
