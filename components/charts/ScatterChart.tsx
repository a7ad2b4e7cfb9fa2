import { useId } from 'react';
import { DataTable } from './DataTable';
import { labelSize, placeLabels, type Box } from './label-placement';
import { Marker, MarkerSwatch } from './Marker';
import type { ChartGroup } from './tier-style';

export interface ScatterPoint {
  id: string;
  label: string;
  x: number;
  y: number;
  /** Picks the point's colour (`--cl-chart-n`) and marker shape. */
  group?: ChartGroup;
}

export interface ScatterChartProps {
  title: string;
  summary: string;
  points: readonly ScatterPoint[];
  xLabel: string;
  yLabel: string;
  xDomain: readonly [number, number];
  yDomain: readonly [number, number];
  formatX: (value: number) => string;
  formatY: (value: number) => string;
  /** Tick values on the y axis; four even steps when not given. */
  yTicks?: readonly number[];
  /** A horizontal reference line, e.g. 100% of quota. */
  yReference?: { value: number; label: string };
  tableToggleLabel: string;
  /** The data table's first column heading. */
  pointHeading: string;
  /** Said under the chart when crowded points leave some names out, e.g. "2 names are in the table only." */
  crowdedNote?: (hidden: number) => string;
  /** The legend: one entry per group used. */
  groups?: readonly { group: ChartGroup; label: string }[];
}

const width = 640;
const height = 360;
const margin = { top: 16, right: 24, bottom: 48, left: 64 };
const pointRadius = 6;

/**
 * A thin line from a point to its label when the label had to move off to the side or away
 * (above, below, a corner), so a crowded cluster still says which name is whose.
 */
function leaderOf(cx: number, cy: number, box: Box) {
  const x = Math.max(box.x, Math.min(cx, box.x + box.width));
  const y = Math.max(box.y, Math.min(cy, box.y + box.height));
  if (Math.hypot(x - cx, y - cy) <= pointRadius + 4 || (cy >= box.y && cy <= box.y + box.height)) return null;
  return <line x1={cx} y1={cy} x2={x} y2={y} className="chart-leader" />;
}

/**
 * A labelled scatter plot with axes, gridlines and a data-table alternative. Labels are placed
 * around their points without overlapping (`placeLabels`); one with no free spot is left out of the
 * picture and the table below still names every point.
 */
export function ScatterChart(props: ScatterChartProps) {
  const { title, summary, points, xDomain, yDomain, formatX, formatY, yReference } = props;
  const titleId = useId();
  const descId = useId();
  const plotW = width - margin.left - margin.right;
  const plotH = height - margin.top - margin.bottom;
  const sx = (x: number) => margin.left + ((x - xDomain[0]) / (xDomain[1] - xDomain[0] || 1)) * plotW;
  const sy = (y: number) => margin.top + plotH - ((y - yDomain[0]) / (yDomain[1] - yDomain[0] || 1)) * plotH;
  const ticks = (domain: readonly [number, number], count: number) =>
    Array.from({ length: count + 1 }, (_, index) => domain[0] + ((domain[1] - domain[0]) * index) / count);
  const referenceBox = yReference && {
    ...labelSize(yReference.label),
    x: margin.left + plotW - labelSize(yReference.label).width,
    y: sy(yReference.value) - 4 - labelSize(yReference.label).height,
  };
  // The reference line itself is an obstacle too: a name drawn across it reads as struck through.
  const referenceLine = yReference && {
    x: margin.left,
    y: sy(yReference.value) - 2,
    width: plotW,
    height: 4,
  };
  // Labels stay inside the plot (and its right margin), clear of the axes' tick labels.
  const labels = new Map(
    placeLabels(
      points.map((point) => ({ id: point.id, cx: sx(point.x), cy: sy(point.y), text: point.label })),
      { x: margin.left, y: 0, width: width - margin.left, height: margin.top + plotH },
      pointRadius,
      referenceBox && referenceLine ? [referenceBox, referenceLine] : [],
    ).map((label) => [label.id, label]),
  );

  return (
    <figure className="chart">
      <figcaption>
        <span className="chart-title">{title}</span>
        {props.groups && (
          <ul className="chart-legend">
            {props.groups.map((entry) => (
              <li key={entry.group}>
                <MarkerSwatch group={entry.group} />
                {entry.label}
              </li>
            ))}
          </ul>
        )}
      </figcaption>
      <svg viewBox={`0 0 ${width} ${height}`} role="img" aria-labelledby={`${titleId} ${descId}`} className="chart-svg">
        <title id={titleId}>{title}</title>
        <desc id={descId}>{summary}</desc>
        {ticks(xDomain, 3).map((tick) => (
          <g key={`x${tick}`}>
            <line x1={sx(tick)} x2={sx(tick)} y1={margin.top} y2={margin.top + plotH} className="chart-grid" />
            <text x={sx(tick)} y={margin.top + plotH + 16} className="chart-value" textAnchor="middle">
              {formatX(tick)}
            </text>
          </g>
        ))}
        {(props.yTicks ?? ticks(yDomain, 4)).map((tick) => (
          <g key={`y${tick}`}>
            <line x1={margin.left} x2={margin.left + plotW} y1={sy(tick)} y2={sy(tick)} className="chart-grid" />
            <text x={margin.left - 6} y={sy(tick)} className="chart-value" textAnchor="end" dominantBaseline="middle">
              {formatY(tick)}
            </text>
          </g>
        ))}
        {yReference && (
          <g data-testid="reference">
            <line
              x1={margin.left}
              x2={margin.left + plotW}
              y1={sy(yReference.value)}
              y2={sy(yReference.value)}
              className="chart-reference"
            />
            <text x={margin.left + plotW} y={sy(yReference.value) - 4} className="chart-value" textAnchor="end">
              {yReference.label}
            </text>
          </g>
        )}
        <text x={margin.left + plotW / 2} y={height - 8} className="chart-label" textAnchor="middle">
          {props.xLabel}
        </text>
        <text
          x={14}
          y={margin.top + plotH / 2}
          className="chart-label"
          textAnchor="middle"
          transform={`rotate(-90 14 ${margin.top + plotH / 2})`}
        >
          {props.yLabel}
        </text>
        {points.map((point) => {
          const label = labels.get(point.id);
          return (
            <g key={point.id} data-testid="point">
              {label && leaderOf(sx(point.x), sy(point.y), label.box)}
              <Marker group={point.group ?? 1} cx={sx(point.x)} cy={sy(point.y)} r={pointRadius} />
              {label && (
                <text
                  x={label.x}
                  y={label.y}
                  className="chart-value"
                  dominantBaseline="middle"
                  data-testid="point-label"
                >
                  {point.label}
                </text>
              )}
            </g>
          );
        })}
      </svg>
      {props.crowdedNote && labels.size < points.length && (
        <p className="chart-note">{props.crowdedNote(points.length - labels.size)}</p>
      )}
      <DataTable
        caption={title}
        toggleLabel={props.tableToggleLabel}
        columns={[props.pointHeading, props.xLabel, props.yLabel]}
        rows={points.map((point) => ({ id: point.id, cells: [point.label, formatX(point.x), formatY(point.y)] }))}
      />
    </figure>
  );
}
