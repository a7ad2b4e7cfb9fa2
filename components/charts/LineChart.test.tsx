// @vitest-environment jsdom
import { cleanup, render, screen, within } from '@testing-library/react';
import { gapBridges, LineChart, lineRuns } from './LineChart';

afterEach(cleanup);

const props = {
  title: 'Discovery over time',
  summary: 'Score per month.',
  categories: [
    { id: '2026-06', label: 'Jun' },
    { id: '2026-07', label: 'Jul' },
    { id: '2026-08', label: 'Aug' },
  ],
  series: [
    { id: 'score', label: 'Score', values: [2, 2.5, 3.5], style: 'line' as const },
    { id: 'mean', label: 'Month mean', values: [2, null, 4], style: 'points' as const },
  ],
  yDomain: [1, 4] as const,
  yTicks: [1, 2, 3, 4],
  format: (value: number) => value.toFixed(1),
  emptyLabel: 'not rated',
  tableToggleLabel: 'Show the data as a table',
  categoryHeading: 'Month',
};

describe('lineRuns', () => {
  it('breaks a line where a value is missing', () => {
    expect(
      lineRuns(
        [1, 2, null, 3, null],
        (index) => index * 10,
        (value) => value,
      ),
    ).toEqual(['0,1 10,2', '30,3']);
    expect(
      lineRuns(
        [null, null],
        (index) => index,
        (value) => value,
      ),
    ).toEqual([]);
  });
});

describe('LineChart', () => {
  it('names the chart for screen readers and draws a marker per value', () => {
    render(<LineChart {...props} />);
    const chart = screen.getByRole('img', { name: 'Discovery over time Score per month.' });
    const score = chart.querySelector('[data-testid="series-score"]')!;
    const mean = chart.querySelector('[data-testid="series-mean"]')!;
    expect(score.querySelectorAll('[data-testid="marker"]')).toHaveLength(3);
    expect(score.querySelectorAll('[data-testid="line"]')).toHaveLength(1);
    // The month without ratings has no marker, and a points series draws no line.
    expect(mean.querySelectorAll('[data-testid="marker"]')).toHaveLength(2);
    expect(mean.querySelectorAll('[data-testid="line"]')).toHaveLength(0);
  });

  it('places higher values higher and later months further right', () => {
    render(<LineChart {...props} />);
    const markers = [...screen.getByTestId('series-score').querySelectorAll('circle')];
    const cx = markers.map((marker) => Number(marker.getAttribute('cx')));
    const cy = markers.map((marker) => Number(marker.getAttribute('cy')));
    expect(cx[0]!).toBeLessThan(cx[1]!);
    expect(cx[1]!).toBeLessThan(cx[2]!);
    expect(cy[2]!).toBeLessThan(cy[1]!);
    expect(cy[1]!).toBeLessThan(cy[0]!);
  });

  it('offers the same numbers as a table, with the reference value and a word for gaps', () => {
    render(<LineChart {...props} reference={{ value: 3, label: 'Star benchmark' }} />);
    expect(screen.getByTestId('reference')).toBeTruthy();
    const table = screen.getByRole('table', { name: 'Discovery over time' });
    expect(within(table).getByRole('row', { name: 'Month Score Month mean Star benchmark' })).toBeTruthy();
    expect(within(table).getByRole('row', { name: 'Jul 2.5 not rated 3.0' })).toBeTruthy();
  });
});

describe('LineChart gaps', () => {
  it('draws a month without data apart from measured ones: no marker, a dotted bridge, "no ratings"', () => {
    const gappy = {
      ...props,
      series: [
        {
          id: 'score',
          label: 'Score',
          values: [2, null, 3.5],
          style: 'line' as const,
          bridgeGaps: true,
          missingLabel: 'no ratings',
        },
      ],
    };
    render(<LineChart {...gappy} />);
    const score = screen.getByTestId('series-score');
    expect(score.querySelectorAll('[data-testid="marker"]')).toHaveLength(2);
    // Two one-point runs: no solid line crosses July; one dotted bridge does.
    expect([...score.querySelectorAll('[data-testid="line"]')].map((line) => line.getAttribute('points'))).toEqual([
      expect.not.stringContaining(' '),
      expect.not.stringContaining(' '),
    ]);
    const bridges = score.querySelectorAll('[data-testid="bridge"]');
    expect(bridges).toHaveLength(1);
    expect(bridges[0]!.getAttribute('class')).toContain('chart-bridge');
    const table = screen.getByRole('table', { name: 'Discovery over time' });
    expect(within(table).getByRole('row', { name: 'Jul no ratings' })).toBeTruthy();
  });

  it('finds the gaps to bridge', () => {
    expect(gapBridges([1, null, null, 2, 3, null, 4, null])).toEqual([
      [0, 3],
      [4, 6],
    ]);
    expect(gapBridges([null, 1, 2])).toEqual([]);
  });
});
