import type { ChartGroup } from './tier-style';

/** Marker shape per colour slot, so groups read apart without colour: circle, diamond, square, triangle. */
export function Marker({ group, cx, cy, r }: { group: ChartGroup; cx: number; cy: number; r: number }) {
  const className = `chart-fill-${group} chart-point`;
  switch (group) {
    case 2: {
      const d = r * 1.3;
      return (
        <polygon
          data-shape="diamond"
          points={`${cx},${cy - d} ${cx + d},${cy} ${cx},${cy + d} ${cx - d},${cy}`}
          className={className}
        />
      );
    }
    case 3:
      return <rect data-shape="square" x={cx - r} y={cy - r} width={2 * r} height={2 * r} className={className} />;
    case 4: {
      const d = r * 1.25;
      return (
        <polygon
          data-shape="triangle"
          points={`${cx},${cy - d} ${cx + d},${cy + d * 0.8} ${cx - d},${cy + d * 0.8}`}
          className={className}
        />
      );
    }
    default:
      return <circle data-shape="circle" cx={cx} cy={cy} r={r} className={className} />;
  }
}

/** The legend's swatch: the same shape and colour as the markers. */
export function MarkerSwatch({ group }: { group: ChartGroup }) {
  return (
    <svg className="chart-swatch-marker" viewBox="0 0 14 14" width="14" height="14" aria-hidden="true">
      <Marker group={group} cx={7} cy={7} r={5} />
    </svg>
  );
}
