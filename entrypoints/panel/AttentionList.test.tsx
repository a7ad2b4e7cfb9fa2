// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { repInsight } from '@/utils/insights';
import { daysAgo, emptyInput, now, observation, plan, rep, skill } from '@/tests/support/insight-fixtures';
import type { PanelView } from '@/utils/messaging/panel-view';
import { attentionCount, attentionEntries } from '@/utils/panel/attention';
import { AttentionList } from './AttentionList';

afterEach(cleanup);

const skills = [skill('s1', 0, { name: 'Discovery & need development' })];
const reviewDue = plan('dana', 's1', { reviewAt: daysAgo(1) });
const viewOf = (observations: ReturnType<typeof observation>[]): PanelView => ({
  state: 'rep',
  crm: 'salesforce',
  rep: repInsight(
    emptyInput({
      reps: [rep('dana', { name: 'Dana Whitfield', addedAt: daysAgo(90) })],
      skills,
      observations,
      plans: [reviewDue],
    }),
    'dana',
    now,
  )!,
});

describe('AttentionList', () => {
  it('opens, from the header count, the list of what needs attention, in words', () => {
    const view = viewOf([]);
    const entries = attentionEntries(view);
    expect(entries).toHaveLength(attentionCount(view));
    render(<AttentionList entries={entries} />);
    const button = screen.getByRole('button', { name: '2 to look at' });
    expect(button.getAttribute('aria-expanded')).toBe('false');
    expect(screen.queryByRole('list', { name: 'What to look at' })).toBeNull();
    fireEvent.click(button);
    expect(button.getAttribute('aria-expanded')).toBe('true');
    const items = within(screen.getByRole('list', { name: 'What to look at' })).getAllByRole('listitem');
    expect(items.map((item) => item.textContent)).toEqual([
      'Observe Dana Whitfield: never observed yet',
      expect.stringMatching(/^Review Dana Whitfield's plan on Discovery & need development \(due .+\)$/),
    ]);
  });

  it('drops an item once it is done, and the whole badge once nothing is left', () => {
    const { rerender } = render(<AttentionList entries={attentionEntries(viewOf([]))} />);
    fireEvent.click(screen.getByRole('button', { name: '2 to look at' }));
    expect(screen.getByText('Observe Dana Whitfield: never observed yet')).toBeTruthy();
    // The rep is observed: "never observed" goes at once; the plan review stays until it is done.
    const observed = viewOf([observation('dana', daysAgo(1), [{ skillId: 's1', score: 3 }])]);
    rerender(<AttentionList entries={attentionEntries(observed)} />);
    expect(screen.queryByText('Observe Dana Whitfield: never observed yet')).toBeNull();
    expect(screen.getByText(/^Review Dana Whitfield's plan/)).toBeTruthy();
    rerender(<AttentionList entries={[]} />);
    expect(screen.queryByRole('button', { name: /to look at/ })).toBeNull();
  });
});
