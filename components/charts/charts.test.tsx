// @vitest-environment jsdom
import { cleanup, render, screen, within } from '@testing-library/react';
import { BarChart } from './BarChart';
import { boxesOverlap, labelSize, type Box } from './label-placement';
import { tierChartGroup } from './tier-style';
import { ScatterChart } from './ScatterChart';

afterEach(cleanup);

describe('BarChart', () => {
  const props = {
    title: 'Star and core means',
    summary: 'Two bars per skill.',
    series: [
      { id: 'star', label: 'Stars' },
      { id: 'core', label: 'Core' },
    ],
    categories: [
      { id: 'a', label: 'Discovery', values: [3.5, 2.25], note: '2 stars, 5 core' },
      { id: 'b', label: 'Closing', values: [3, null] },
    ],
    max: 4,
    format: (value: number) => value.toFixed(1),
    emptyLabel: 'no data',
    tableToggleLabel: 'Show the data as a table',
    categoryHeading: 'Skill',
  };

  it('draws one bar per value, scaled to the maximum, and names the chart for screen readers', () => {
    const { container } = render(<BarChart {...props} />);
    const chart = screen.getByRole('img', { name: 'Star and core means Two bars per skill.' });
    const bars = within(chart as unknown as HTMLElement).getAllByTestId('bar');
    expect(bars).toHaveLength(3);
    const widths = bars.map((bar) => Number(bar.getAttribute('width')));
    expect(widths[0]! / widths[1]!).toBeCloseTo(3.5 / 2.25);
    expect(container.querySelectorAll('[data-testid="bar-group"]')).toHaveLength(2);
  });

  it('offers the same numbers as a table, with a word for missing values', () => {
    render(<BarChart {...props} />);
    const table = screen.getByRole('table', { name: 'Star and core means' });
    expect(within(table).getByRole('row', { name: 'Discovery (2 stars, 5 core) 3.5 2.3' })).toBeTruthy();
    expect(within(table).getByRole('row', { name: 'Closing 3.0 no data' })).toBeTruthy();
    expect(screen.getByText('Show the data as a table').tagName).toBe('SUMMARY');
  });

  it('draws a reference line when given', () => {
    render(<BarChart {...props} reference={{ value: 2, label: 'Target' }} />);
    expect(screen.getByTestId('reference')).toBeTruthy();
    expect(screen.getByText('Target')).toBeTruthy();
  });
});

describe('ScatterChart', () => {
  it('places one labelled point per rep and lists them in a table', () => {
    render(
      <ScatterChart
        title="Means vs ends"
        summary="Score across, attainment up."
        points={[
          { id: '1', label: 'Maya', x: 3.5, y: 128 },
          { id: '2', label: 'Ben', x: 1.5, y: 64 },
        ]}
        xLabel="Mean skill score"
        yLabel="Attainment"
        xDomain={[1, 4]}
        yDomain={[0, 150]}
        formatX={(value) => value.toFixed(1)}
        formatY={(value) => `${Math.round(value)}%`}
        yReference={{ value: 100, label: 'Quota' }}
        tableToggleLabel="Show the data as a table"
        pointHeading="Rep"
      />,
    );
    const points = screen.getAllByTestId('point');
    expect(points).toHaveLength(2);
    const [maya, ben] = points.map((point) => point.querySelector('circle')!);
    expect(Number(maya!.getAttribute('cx'))).toBeGreaterThan(Number(ben!.getAttribute('cx')));
    // Higher attainment is higher on the page: a smaller y.
    expect(Number(maya!.getAttribute('cy'))).toBeLessThan(Number(ben!.getAttribute('cy')));
    expect(screen.getByRole('img', { name: 'Means vs ends Score across, attainment up.' })).toBeTruthy();
    const table = screen.getByRole('table', { name: 'Means vs ends' });
    expect(within(table).getByRole('row', { name: 'Maya 3.5 128%' })).toBeTruthy();
  });
});

describe('ScatterChart markers', () => {
  it('gives each tier its own shape as well as its colour', () => {
    render(
      <ScatterChart
        title="Means vs ends"
        summary="Score across, attainment up."
        points={(['star', 'core', 'developing', 'unset'] as const).map((tier, index) => ({
          id: tier,
          label: tier,
          x: 1.5 + index * 0.6,
          y: 40 + index * 30,
          group: tierChartGroup[tier],
        }))}
        xLabel="Mean skill score"
        yLabel="Attainment"
        xDomain={[1, 4]}
        yDomain={[0, 150]}
        formatX={(value) => value.toFixed(1)}
        formatY={(value) => `${Math.round(value)}%`}
        tableToggleLabel="Show the data as a table"
        pointHeading="Rep"
        groups={[{ group: tierChartGroup.star, label: 'Star' }]}
      />,
    );
    const shapes = screen.getAllByTestId('point').map((point) => {
      const marker = point.querySelector('[data-shape]')!;
      return [marker.getAttribute('data-shape'), marker.getAttribute('class')];
    });
    expect(shapes).toEqual([
      ['diamond', 'chart-fill-2 chart-point'],
      ['circle', 'chart-fill-1 chart-point'],
      ['square', 'chart-fill-3 chart-point'],
      ['triangle', 'chart-fill-4 chart-point'],
    ]);
    // The legend's swatch is the same diamond.
    expect(document.querySelector('.chart-legend [data-shape]')?.getAttribute('data-shape')).toBe('diamond');
  });
});

describe('ScatterChart labels', () => {
  it('never writes a name across the reference line or its label', () => {
    // Reps right on or just under 100% of quota, in the top right where the line's label sits.
    render(
      <ScatterChart
        title="Means vs ends"
        summary="Score across, attainment up."
        points={[
          { id: 'a', label: 'Alexandra', x: 3.9, y: 100 },
          { id: 'b', label: 'Ben', x: 2.5, y: 97 },
          { id: 'c', label: 'Chris', x: 1.6, y: 103 },
        ]}
        xLabel="Mean skill score"
        yLabel="Attainment"
        xDomain={[1, 4]}
        yDomain={[0, 150]}
        formatX={(value) => value.toFixed(1)}
        formatY={(value) => `${Math.round(value)}%`}
        yReference={{ value: 100, label: '100% of quota' }}
        tableToggleLabel="Show the data as a table"
        pointHeading="Rep"
      />,
    );
    const line = screen.getByTestId('reference').querySelector('line')!;
    const lineY = Number(line.getAttribute('y1'));
    const referenceLabel = screen.getByTestId('reference').querySelector('text')!;
    const labelBox: Box = {
      ...labelSize(referenceLabel.textContent!),
      x: Number(referenceLabel.getAttribute('x')) - labelSize(referenceLabel.textContent!).width,
      y: Number(referenceLabel.getAttribute('y')) - labelSize(referenceLabel.textContent!).height,
    };
    const labels = screen.getAllByTestId('point-label');
    expect(labels.length).toBeGreaterThan(0);
    for (const label of labels) {
      const { width, height } = labelSize(label.textContent!);
      const box = {
        x: Number(label.getAttribute('x')),
        y: Number(label.getAttribute('y')) - height / 2,
        width,
        height,
      };
      expect(box.y > lineY || box.y + box.height < lineY).toBe(true);
      expect(boxesOverlap(box, labelBox)).toBe(false);
    }
  });

  it('draws no two labels on top of each other when reps sit close, and still lists every rep', () => {
    // Nine core reps with nearly the same score and attainment, and two apart.
    const crowd = Array.from({ length: 9 }, (_, index) => ({
      id: `c${index}`,
      label: `Core rep ${index}`,
      x: 2.5 + (index % 3) * 0.02,
      y: 90 + Math.floor(index / 3) * 2,
    }));
    render(
      <ScatterChart
        title="Means vs ends"
        summary="Score across, attainment up."
        points={[...crowd, { id: 's', label: 'Star', x: 3.8, y: 140 }, { id: 'd', label: 'Dev', x: 1.2, y: 40 }]}
        xLabel="Mean skill score"
        yLabel="Attainment"
        xDomain={[1, 4]}
        yDomain={[0, 150]}
        formatX={(value) => value.toFixed(2)}
        formatY={(value) => `${Math.round(value)}%`}
        yReference={{ value: 100, label: 'Quota' }}
        tableToggleLabel="Show the data as a table"
        pointHeading="Rep"
        crowdedNote={(hidden) => `${hidden} names are in the table only.`}
      />,
    );
    const labels = screen.getAllByTestId('point-label');
    expect(screen.getByText(`${11 - labels.length} names are in the table only.`)).toBeTruthy();
    const boxes: Box[] = labels.map((label) => {
      const { width, height } = labelSize(label.textContent!);
      return { x: Number(label.getAttribute('x')), y: Number(label.getAttribute('y')) - height / 2, width, height };
    });
    for (const [index, box] of boxes.entries()) {
      for (const other of boxes.slice(index + 1)) expect(boxesOverlap(box, other)).toBe(false);
    }
    // The isolated reps keep their labels; the crowd cannot all fit, and the table names everyone.
    expect(labels.map((label) => label.textContent)).toEqual(expect.arrayContaining(['Star', 'Dev']));
    expect(labels.length).toBeLessThan(11);
    expect(within(screen.getByRole('table', { name: 'Means vs ends' })).getAllByRole('row')).toHaveLength(12);
  });
});
