import type { Summary } from './stats.ts';

/** One line of the report: a measured figure, its same-run baseline and its budget. */
export interface Figure {
  item: string;
  label: string;
  unit: string;
  value: Summary | number;
  baseline?: { label: string; value: Summary | number };
  /** value ÷ baseline (for throughput: baseline ÷ value, so "bigger is worse" everywhere). */
  ratio?: number;
  budget?: { max: number; of: 'ratio' | 'value'; text: string };
  verdict?: 'within budget' | 'over budget' | 'info';
  note?: string;
}

const median = (value: Summary | number) => (typeof value === 'number' ? value : value.median);

export function judge(figure: Figure): Figure {
  if (!figure.budget) return { ...figure, verdict: 'info' };
  const measured = figure.budget.of === 'ratio' ? figure.ratio : median(figure.value);
  const verdict =
    measured !== undefined && Number.isFinite(measured) && measured <= figure.budget.max
      ? 'within budget'
      : 'over budget';
  return { ...figure, verdict };
}

function format(value: number, unit: string): string {
  if (!Number.isFinite(value)) return '—';
  if (unit === 'bytes') return `${value.toLocaleString('en-US')} B (${(value / 1024).toFixed(1)} KiB)`;
  if (unit === 'MB') return `${value.toFixed(1)} MB`;
  if (unit === 'rows/s') return `${Math.round(value).toLocaleString('en-US')} rows/s`;
  const digits = value >= 100 ? 0 : value >= 10 ? 1 : 2;
  return `${value.toFixed(digits)} ${unit}`;
}

function cell(value: Summary | number, unit: string): string {
  if (typeof value === 'number') return format(value, unit);
  return `${format(value.median, unit)} (n=${value.n}, IQR ${format(value.p25, '').trim()}–${format(value.p75, '').trim()})`;
}

export function markdownTable(figures: readonly Figure[]): string {
  const lines = [
    '| # | Figure | Measured (median) | Baseline (same run) | Ratio | Budget | Verdict |',
    '|---|---|---|---|---|---|---|',
  ];
  for (const figure of figures) {
    const baseline = figure.baseline ? `${figure.baseline.label}: ${cell(figure.baseline.value, figure.unit)}` : '—';
    const ratio = figure.ratio === undefined || !Number.isFinite(figure.ratio) ? '—' : `${figure.ratio.toFixed(2)}×`;
    const verdict = figure.verdict === 'over budget' ? '**over budget**' : (figure.verdict ?? '');
    lines.push(
      `| ${figure.item} | ${figure.label} | ${cell(figure.value, figure.unit)} | ${baseline} | ${ratio} | ${figure.budget?.text ?? '—'} | ${verdict} |`,
    );
  }
  return lines.join('\n');
}
