export const dayMs = 86_400_000;

/** Days from `at` to `now`, fractional; a date in the future counts as today (age 0). */
export function ageDays(at: number, now: number): number {
  return Math.max(0, (now - at) / dayMs);
}

function toDate(date: Date | number): Date {
  return typeof date === 'number' ? new Date(date) : date;
}

function pad2(value: number): string {
  return String(value).padStart(2, '0');
}

/**
 * The calendar month of `date` in local time, as `YYYY-MM`. Time entries carry local days
 * (`YYYY-MM-DD`), so the month runs from local midnight on the 1st to local midnight on the 1st
 * of the next month, the same boundaries the manager sees in the calendar.
 */
export function monthOf(date: Date | number): string {
  const d = toDate(date);
  return `${d.getFullYear()}-${pad2(d.getMonth() + 1)}`;
}

/** The calendar quarter of `date` in local time, as `YYYY-Qn`. */
export function quarterOf(date: Date | number): string {
  const d = toDate(date);
  return `${d.getFullYear()}-Q${Math.floor(d.getMonth() / 3) + 1}`;
}

const quarterPattern = /^(\d{4})-Q([1-4])$/;
const monthPattern = /^(\d{4})-(0[1-9]|1[0-2])$/;

/** The quarter before `quarter` (`2026-Q1` → `2025-Q4`). */
export function previousQuarter(quarter: string): string {
  const match = quarterPattern.exec(quarter);
  if (!match) throw new RangeError(`not a quarter: ${quarter}`);
  const year = Number(match[1]);
  const q = Number(match[2]);
  return q === 1 ? `${year - 1}-Q4` : `${year}-Q${q - 1}`;
}

/** The quarter a result period belongs to: a quarter is itself, a month maps to its quarter; null otherwise. */
export function periodQuarter(period: string): string | null {
  if (quarterPattern.test(period)) return period;
  const match = monthPattern.exec(period);
  if (!match) return null;
  return `${match[1]}-Q${Math.floor((Number(match[2]) - 1) / 3) + 1}`;
}

/**
 * Orders result periods by when they end: the key is the period's last month counted from year 0,
 * doubled, plus 1 for a quarter, so `2026-Q3` sorts after `2026-09` (same end, but it covers more)
 * and after `2026-08`. Null for a string that is not a period.
 */
export function periodEndKey(period: string): number | null {
  const quarter = quarterPattern.exec(period);
  if (quarter) return (Number(quarter[1]) * 12 + Number(quarter[2]) * 3) * 2 + 1;
  const month = monthPattern.exec(period);
  if (month) return (Number(month[1]) * 12 + Number(month[2])) * 2;
  return null;
}

/** Whether a local day (`YYYY-MM-DD`) falls in a month (`YYYY-MM`). */
export function isDayInMonth(day: string, month: string): boolean {
  return day.startsWith(`${month}-`);
}
