// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen, act } from '@testing-library/react';
import { accountInsight, repInsight, type InsightInput } from '@/utils/insights';
import {
  account,
  daysAgo,
  emptyInput,
  now,
  observation,
  plan,
  rep,
  result,
  skill,
  strategy,
} from '@/tests/support/insight-fixtures';
import { AccountView } from './AccountView';
import { RepView } from './RepView';
import { UnlinkedView } from './UnlinkedView';

afterEach(cleanup);

const skills = [
  skill('s1', 0, {
    name: 'Discovery & need development',
    levels: ['Talks most', 'Finds problems', 'Explores impact', 'Quantifies impact'],
  }),
  skill('s2', 1, { name: 'Gaining commitment & next steps' }),
];

const input: InsightInput = emptyInput({
  skills,
  reps: [
    rep('dana', { name: 'Dana Whitfield', tier: 'core', tierSource: 'manual' }),
    rep('star', { name: 'Maya Chen', tier: 'star', tierSource: 'manual' }),
  ],
  accounts: [account('globex', { name: 'Globex Corporation', importance: 'key', ownerRepId: 'dana' })],
  observations: [
    observation(
      'dana',
      daysAgo(3),
      [
        { skillId: 's1', score: 2 },
        { skillId: 's2', score: 3 },
      ],
      {
        accountId: 'globex',
        saw: 'Asked about the budget cycle, not the cost of delay.',
      },
    ),
    observation('dana', daysAgo(40), [{ skillId: 's1', score: 2 }]),
    observation('star', daysAgo(5), [
      { skillId: 's1', score: 4 },
      { skillId: 's2', score: 4 },
    ]),
    observation('star', daysAgo(9), [{ skillId: 's1', score: 4 }]),
  ],
  plans: [
    plan('dana', 's1', {
      id: 'plan-1',
      fromLevel: 2,
      targetLevel: 3,
      actions: [
        { text: 'Prepare three impact questions before each call', done: false },
        { text: 'Role-play with Maya', done: true },
      ],
      reviewAt: daysAgo(-10),
    }),
  ],
  results: [result('dana', '2026-Q2', 92)],
  strategies: [strategy('globex', { answers: { objective: 'Agree a pilot scope' }, meetingAt: daysAgo(-3) })],
});

describe('RepView', () => {
  const insight = repInsight(input, 'dana', now)!;

  it('puts the ends beside the means: tier, attainment with its quarters, scores against the star benchmark', () => {
    render(<RepView insight={insight} send={vi.fn()} />);
    expect(screen.getByRole('heading', { level: 1, name: 'Dana Whitfield' })).toBeTruthy();
    expect(screen.getByText('Core')).toBeTruthy();
    expect(screen.getByText('92% of quota, average of 2026-Q1 and 2026-Q2')).toBeTruthy();
    const row = screen.getByRole('row', { name: /Discovery & need development/ });
    expect(row.textContent).toContain('2.0'); // two ratings of 2
    expect(row.textContent).toContain('4.0'); // the star's benchmark
  });

  it('shows the top gap with what good looks like at the next level', () => {
    render(<RepView insight={insight} send={vi.fn()} />);
    expect(screen.getByText('What good looks like (level 3): Explores impact')).toBeTruthy();
  });

  it('marks a score resting on one rating in words, and a benchmark resting on one star', () => {
    render(<RepView insight={insight} send={vi.fn()} />);
    const row = screen.getByRole('row', { name: /Gaining commitment/ });
    expect(row.textContent).toContain('1 rating · observe again');
    expect(row.className).toBe('low-evidence');
    // Maya is the only star: the benchmark is hers alone, on 1 rating here and 2 on Discovery.
    expect(row.textContent).toContain('Maya Chen alone · 1 rating');
    expect(screen.getByRole('row', { name: /Discovery/ }).textContent).toContain('Maya Chen alone · 2 ratings');
    expect(screen.queryByText(/low evidence/)).toBeNull();
    expect(screen.queryByText(/recency-weighted/)).toBeNull();
  });

  it("shows each skill against the rep's own average beside the score", () => {
    render(<RepView insight={insight} send={vi.fn()} />);
    // Dana: Discovery 2, Gaining commitment 3; own average 2.5
    expect(screen.getByRole('row', { name: /Discovery/ }).textContent).toContain('−0.5 weaker');
    expect(screen.getByRole('row', { name: /Gaining commitment/ }).textContent).toContain('+0.5 stronger');
    expect(screen.getByRole('columnheader', { name: 'Vs own avg' })).toBeTruthy();
  });

  it('says "about average" inside ±0.25 and greys a skill not rated in 4 months', () => {
    const later = repInsight(
      {
        ...input,
        observations: [
          observation('dana', daysAgo(3), [{ skillId: 's1', score: 3 }]),
          observation('dana', daysAgo(130), [{ skillId: 's2', score: 1 }]),
          observation('dana', daysAgo(4), [{ skillId: 's3', score: 3 }]),
        ],
        skills: [...skills, skill('s3', 2, { name: 'Presenting' })],
      },
      'dana',
      now,
    )!;
    render(<RepView insight={later} send={vi.fn()} />);
    const stale = screen.getByRole('row', { name: /Gaining commitment/ });
    expect(stale.className).toBe('stale');
    expect(stale.textContent).toContain('none in 4 months');
    // The stale 1 is out of the own average: Discovery 3 against (3 + 3) / 2 = 3
    expect(screen.getByRole('row', { name: /Discovery/ }).textContent).toContain('±0.0 about average');
  });

  it("makes the plan's skill the focus, with no suggestion beside it", () => {
    render(<RepView insight={insight} send={vi.fn()} />);
    expect(screen.getByText('Focus: Discovery & need development (plan)')).toBeTruthy();
    expect(screen.queryByText('Suggestion')).toBeNull();
    expect(screen.queryByText(/Suggested focus/)).toBeNull();
  });

  it('labels suggestions as suggestions when there is no plan', () => {
    const noPlan = repInsight({ ...input, plans: [] }, 'dana', now)!;
    render(<RepView insight={noPlan} send={vi.fn()} />);
    expect(screen.getByText('No plan yet. Suggested focus: Discovery & need development.')).toBeTruthy();
    expect(screen.getAllByText('Suggestion').length).toBeGreaterThan(0);
    expect(screen.queryByText(/^Focus:/)).toBeNull();
  });

  it('ticks a plan action through the background', () => {
    const send = vi.fn().mockResolvedValue(undefined);
    render(<RepView insight={insight} send={send} />);
    fireEvent.click(screen.getByRole('checkbox', { name: 'Prepare three impact questions before each call' }));
    expect(send).toHaveBeenCalledWith({ type: 'setPlanActionDone', planId: 'plan-1', actionIndex: 0, done: true });
    expect((screen.getByRole('checkbox', { name: 'Role-play with Maya' }) as HTMLInputElement).checked).toBe(true);
  });

  it('lists the last observations with their account and what was seen', () => {
    render(<RepView insight={insight} send={vi.fn()} />);
    expect(screen.getByText('Asked about the budget cycle, not the cost of delay.')).toBeTruthy();
    expect(screen.getByText(/Joint call · Globex Corporation/)).toBeTruthy();
    expect(screen.getByText('Last observed 3 days ago · on track (target every 14 days)')).toBeTruthy();
  });

  it('tells the manager what to do when a rep has no observations yet', () => {
    const fresh = repInsight({ ...input, reps: [...input.reps, rep('new', { name: 'Sam Okafor' })] }, 'new', now)!;
    render(<RepView insight={fresh} send={vi.fn()} />);
    expect(
      screen.getByText('No observations of Sam Okafor yet — log one from the toolbar, or press Alt+Shift+O.'),
    ).toBeTruthy();
    expect(screen.getByText(/Not observed yet · overdue/)).toBeTruthy();
  });
});

describe('AccountView', () => {
  const insight = accountInsight(input, 'globex', now)!;

  it('shows the owner with their focus skill and which prompts are still open', () => {
    render(<AccountView insight={insight} notes="Renewal in March" send={vi.fn()} />);
    expect(screen.getByRole('heading', { level: 1, name: 'Globex Corporation' })).toBeTruthy();
    expect(screen.getByText('Key account')).toBeTruthy();
    expect(screen.getByText(/Owner: Dana Whitfield · Focus skill: Discovery & need development/)).toBeTruthy();
    expect(screen.getByText(/15 of 16 prompts unanswered/)).toBeTruthy();
    expect(screen.getByText('Renewal in March')).toBeTruthy();
    expect((screen.getByLabelText(/single objective/) as HTMLTextAreaElement).value).toBe('Agree a pilot scope');
  });

  it('saves answers as the manager types, once, after a pause, and says when it is saved', async () => {
    vi.useFakeTimers();
    const send = vi.fn().mockResolvedValue(undefined);
    render(<AccountView insight={insight} send={send} />);
    const field = screen.getByLabelText(/The economic buyer/);
    fireEvent.change(field, { target: { value: 'Hank' } });
    fireEvent.change(field, { target: { value: 'Hank Scorpio, VP Ops' } });
    expect(send).not.toHaveBeenCalled();
    expect(screen.getByRole('status').textContent).toContain('Saving…');
    await act(async () => {
      await vi.advanceTimersByTimeAsync(900);
    });
    expect(send).toHaveBeenCalledTimes(1);
    expect(send).toHaveBeenCalledWith({
      type: 'saveStrategyAnswers',
      accountId: 'globex',
      answers: { 'economic-buyer': 'Hank Scorpio, VP Ops' },
      // Typed over no answer: the background refuses it if another tab has saved one meanwhile.
      basedOn: { 'economic-buyer': '' },
    });
    expect(screen.getByRole('status').textContent).toContain('Saved');
    vi.useRealTimers();
  });
});

describe('UnlinkedView', () => {
  it('prefills the page name, filters candidates as the manager types, and links the chosen one', () => {
    const send = vi.fn().mockResolvedValue(undefined);
    render(
      <UnlinkedView
        view={{
          state: 'unlinked',
          crm: 'salesforce',
          kind: 'account',
          recordId: '0019000000B98deAAB',
          recordName: 'Globex Corp',
          candidates: [
            { kind: 'account', id: '11111111-1111-4111-8111-111111111111', name: 'Globex Corporation', likely: true },
            { kind: 'account', id: '22222222-2222-4222-8222-222222222222', name: 'Initech', likely: false },
          ],
        }}
        send={send}
      />,
    );
    expect((screen.getByLabelText('Name') as HTMLInputElement).value).toBe('Globex Corp');
    expect(screen.getByText('likely match')).toBeTruthy();
    fireEvent.change(screen.getByLabelText('Find'), { target: { value: 'init' } });
    expect(screen.queryByText('Globex Corporation')).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: 'Link Initech' }));
    expect(send).toHaveBeenCalledWith({
      type: 'linkRecord',
      target: { kind: 'account', id: '22222222-2222-4222-8222-222222222222' },
    });
  });
});
