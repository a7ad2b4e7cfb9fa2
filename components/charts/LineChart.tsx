import { useId } from 'react';
import { DataTable } from './DataTable';

export interface LineSeries {
  id: string;
  label: string;
  /** One value per category, in the categories' order; null where there is nothing to draw. */
  values: readonly (number | null)[];
  /** `line` joins consecutive values (a gap breaks it); `points` draws only markers. */
  style: 'line' | 'points';
  /**
   * A line only: join the values on either side of a gap with a dotted line, so a month without
   * data reads as "not measured", neither as a drop nor as a value carried forward.
   */
  bridgeGaps?: boolean;
  /** Shown in the data table for this series' missing values; the chart's `emptyLabel` otherwise. */
  missingLabel?: string;
}

export interface LineChartProps {
  title: string;
  /** One sentence saying what the chart shows, for screen readers and as a caption. */
  summary: string;
  /** The x axis, e.g. months, oldest first. */
  categories: readonly { id: string; label: string }[];
  /** At most four series: colours come from `--cl-chart-1…4`. */
  series: readonly LineSeries[];
  yDomain: readonly [number, number];
  yTicks: readonly number[];
  /** A horizontal reference line, e.g. the star benchmark. */
  reference?: { value: number; label: string };
  format: (value: number) => string;
  /** Shown in a table cell with no value. */
  emptyLabel: string;
  tableToggleLabel: string;
  /** The data table's first column heading. */
  categoryHeading: string;
}

const width = 640;
const height = 260;
const margin = { top: 16, right: 24, bottom: 32, left: 48 };

/** Runs of consecutive non-null values, as polyline point lists: a missing value breaks the line. */
export function lineRuns(
  values: readonly (number | null)[],
  x: (index: number) => number,
  y: (value: number) => number,
) {
  const runs: string[] = [];
  let current: string[] = [];
  values.forEach((value, index) => {
    if (value === null) {
      if (current.length > 0) runs.push(current.join(' '));
      current = [];
      return;
    }
    current.push(`${x(index)},${y(value)}`);
  });
  if (current.length > 0) runs.push(current.join(' '));
  return runs;
}

/** The dotted segments across gaps: from the last value before each gap to the first after it. */
export function gapBridges(values: readonly (number | null)[]): [number, number][] {
  const bridges: [number, number][] = [];
  let last: number | null = null;
  values.forEach((value, index) => {
    if (value === null) return;
    if (last !== null && index - last > 1) bridges.push([last, index]);
    last = index;
  });
  return bridges;
}

/**
 * Values over an ordered axis (months): lines and point markers, with gridlines, an optional
 * reference line and a data-table alternative. Series are told apart by colour and by marker shape
 * (circle for lines, square for points), so the chart also reads without colour.
 */
export function LineChart(props: LineChartProps) {
  const { title, summary, categories, series, yDomain, yTicks, reference, format, emptyLabel } = props;
  const titleId = useId();
  const descId = useId();
  const plotW = width - margin.left - margin.right;
  const plotH = height - margin.top - margin.bottom;
  // Categories sit at the centres of equal slots, so a single month is not drawn on the y axis.
  const sx = (index: number) => margin.left + ((index + 0.5) / Math.max(1, categories.length)) * plotW;
  const sy = (value: number) => margin.top + plotH - ((value - yDomain[0]) / (yDomain[1] - yDomain[0] || 1)) * plotH;

  return (
    <figure className="chart">
      <figcaption>
        <span className="chart-title">{title}</span>
        <ul className="chart-legend">
          {series.map((entry, index) => (
            <li key={entry.id}>
              <span
                className={`chart-swatch chart-fill-${index + 1}${entry.style === 'line' ? ' chart-swatch-round' : ''}`}
                aria-hidden="true"
              />
              {entry.label}
            </li>
          ))}
          {reference && (
            <li>
              <span className="chart-swatch chart-swatch-dashed" aria-hidden="true" />
              {reference.label}
            </li>
          )}
        </ul>
      </figcaption>
      <svg viewBox={`0 0 ${width} ${height}`} role="img" aria-labelledby={`${titleId} ${descId}`} className="chart-svg">
        <title id={titleId}>{title}</title>
        <desc id={descId}>{summary}</desc>
        {yTicks.map((tick) => (
          <g key={tick}>
            <line x1={margin.left} x2={margin.left + plotW} y1={sy(tick)} y2={sy(tick)} className="chart-grid" />
            <text x={margin.left - 6} y={sy(tick)} className="chart-value" textAnchor="end" dominantBaseline="middle">
              {format(tick)}
            </text>
          </g>
        ))}
        {categories.map((category, index) => (
          <text key={category.id} x={sx(index)} y={height - 10} className="chart-value" textAnchor="middle">
            {category.label}
          </text>
        ))}
        {reference && (
          <line
            data-testid="reference"
            x1={margin.left}
            x2={margin.left + plotW}
            y1={sy(reference.value)}
            y2={sy(reference.value)}
            className="chart-reference"
          />
        )}
        {series.map((entry, seriesIndex) => (
          <g key={entry.id} data-testid={`series-${entry.id}`}>
            {entry.style === 'line' &&
              entry.bridgeGaps &&
              gapBridges(entry.values).map(([from, to]) => (
                <line
                  key={`bridge-${from}`}
                  x1={sx(from)}
                  y1={sy(entry.values[from]!)}
                  x2={sx(to)}
                  y2={sy(entry.values[to]!)}
                  className={`chart-bridge chart-stroke-${seriesIndex + 1}`}
                  data-testid="bridge"
                />
              ))}
            {entry.style === 'line' &&
              lineRuns(entry.values, sx, sy).map((points) => (
                <polyline
                  key={points}
                  points={points}
                  className={`chart-line chart-stroke-${seriesIndex + 1}`}
                  data-testid="line"
                />
              ))}
            {entry.values.map((value, index) =>
              value === null ? null : entry.style === 'line' ? (
                <circle
                  key={index}
                  data-testid="marker"
                  cx={sx(index)}
                  cy={sy(value)}
                  r={4}
                  className={`chart-fill-${seriesIndex + 1} chart-point`}
                />
              ) : (
                <rect
                  key={index}
                  data-testid="marker"
                  x={sx(index) - 4}
                  y={sy(value) - 4}
                  width={8}
                  height={8}
                  className={`chart-fill-${seriesIndex + 1} chart-point`}
                />
              ),
            )}
          </g>
        ))}
      </svg>
      <DataTable
        caption={title}
        toggleLabel={props.tableToggleLabel}
        columns={[
          props.categoryHeading,
          ...series.map((entry) => entry.label),
          ...(reference ? [reference.label] : []),
        ]}
        rows={categories.map((category, index) => ({
          id: category.id,
          cells: [
            category.label,
            ...series.map((entry) => {
              const value = entry.values[index] ?? null;
              return value === null ? (entry.missingLabel ?? emptyLabel) : format(value);
            }),
            ...(reference ? [format(reference.value)] : []),
          ],
        }))}
      />
    </figure>
  );
}
