import { useId } from 'react';
import { DataTable } from './DataTable';
import type { ChartGroup } from './tier-style';

export interface BarSeries {
  id: string;
  label: string;
  /** The colour slot (`--cl-chart-n`); the series' position when not given. A tier uses `tierChartGroup`. */
  group?: ChartGroup;
}

export interface BarCategory {
  id: string;
  label: string;
  /** One value per series, in the series' order; null when there is nothing to draw. */
  values: readonly (number | null)[];
  /** Extra text after the category in the data table, e.g. counts. */
  note?: string;
}

export interface BarChartProps {
  title: string;
  /** One sentence saying what the chart shows, for screen readers and as a caption. */
  summary: string;
  series: readonly BarSeries[];
  categories: readonly BarCategory[];
  /** The value at the right edge of the scale. */
  max: number;
  /** A vertical reference line, e.g. a target. */
  reference?: { value: number; label: string };
  format: (value: number) => string;
  /** Shown in a cell with no value. */
  emptyLabel: string;
  tableToggleLabel: string;
  /** The data table's first column heading. */
  categoryHeading: string;
}

const chartWidth = 640;
/** Each category's label sits on its own line above its bars, so long skill names are never clipped. */
const labelHeight = 16;
const valueRoom = 80;
const barHeight = 14;
const barGap = 3;
const groupGap = 10;

/**
 * Horizontal grouped bars: one group per category, one bar per series. Colours come from the
 * theme's `--cl-chart-n` variables, so it reads in light and dark. Values are also printed at the
 * end of each bar, and the whole chart is available as a table.
 */
export function BarChart(props: BarChartProps) {
  const { title, summary, series, categories, max, reference, format, emptyLabel } = props;
  const titleId = useId();
  const descId = useId();
  const plotWidth = chartWidth - valueRoom;
  const barsHeight = series.length * (barHeight + barGap) - barGap;
  const groupHeight = labelHeight + barsHeight;
  const height = categories.length * (groupHeight + groupGap) + 24;
  const scale = (value: number) => (max > 0 ? (Math.max(0, Math.min(value, max)) / max) * plotWidth : 0);

  return (
    <figure className="chart">
      <figcaption>
        <span className="chart-title">{title}</span>
        <ul className="chart-legend">
          {series.map((entry, index) => (
            <li key={entry.id}>
              <span className={`chart-swatch chart-fill-${entry.group ?? index + 1}`} aria-hidden="true" />
              {entry.label}
            </li>
          ))}
        </ul>
      </figcaption>
      <svg
        viewBox={`0 0 ${chartWidth} ${height}`}
        role="img"
        aria-labelledby={`${titleId} ${descId}`}
        className="chart-svg"
        preserveAspectRatio="xMinYMin meet"
      >
        <title id={titleId}>{title}</title>
        <desc id={descId}>{summary}</desc>
        {categories.map((category, categoryIndex) => {
          const top = categoryIndex * (groupHeight + groupGap) + 4;
          return (
            <g key={category.id} data-testid="bar-group">
              <text x={0} y={top + 11} className="chart-label">
                {category.label}
              </text>
              {series.map((entry, seriesIndex) => {
                const value = category.values[seriesIndex] ?? null;
                const y = top + labelHeight + seriesIndex * (barHeight + barGap);
                return (
                  <g key={entry.id}>
                    {value !== null && (
                      <rect
                        data-testid="bar"
                        x={0}
                        y={y}
                        width={Math.max(1, scale(value))}
                        height={barHeight}
                        className={`chart-fill-${entry.group ?? seriesIndex + 1}`}
                      />
                    )}
                    <text
                      x={(value === null ? 0 : scale(value)) + 4}
                      y={y + barHeight / 2}
                      className="chart-value"
                      dominantBaseline="middle"
                    >
                      {value === null ? emptyLabel : format(value)}
                    </text>
                  </g>
                );
              })}
            </g>
          );
        })}
        {reference && (
          <g data-testid="reference">
            <line
              x1={scale(reference.value)}
              x2={scale(reference.value)}
              y1={0}
              y2={height - 20}
              className="chart-reference"
            />
            <text x={scale(reference.value)} y={height - 6} className="chart-value" textAnchor="middle">
              {reference.label}
            </text>
          </g>
        )}
      </svg>
      <DataTable
        caption={title}
        toggleLabel={props.tableToggleLabel}
        columns={[props.categoryHeading, ...series.map((entry) => entry.label)]}
        rows={categories.map((category) => ({
          id: category.id,
          cells: [
            category.note ? `${category.label} (${category.note})` : category.label,
            ...series.map((_, index) => {
              const value = category.values[index] ?? null;
              return value === null ? emptyLabel : format(value);
            }),
          ],
        }))}
      />
    </figure>
  );
}
