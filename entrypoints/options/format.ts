import { i18n } from '#i18n';
import type { Tier } from '@/utils/schemas/rep';

export { formatDate, formatDateTime, formatDuration, formatPercent, formatScore } from '@/utils/format/numbers';

export function tierLabel(tier: Tier): string {
  return i18n.t(`panel.rep.tier.${tier}`);
}

/** "today", "3 days ago" through Intl, in the browser's language. */
export function formatDaysAgo(days: number): string {
  return new Intl.RelativeTimeFormat(undefined, { numeric: 'auto' }).format(-days, 'day');
}

/** A local `YYYY-MM-DD` for `<input type="date">`. */
export function toDateInput(epochMs: number): string {
  const date = new Date(epochMs);
  const pad = (value: number) => String(value).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

/** Local noon of a `YYYY-MM-DD` from `<input type="date">`; null when empty or invalid. */
export function fromDateInput(value: string): number | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!match) return null;
  const time = new Date(Number(match[1]), Number(match[2]) - 1, Number(match[3]), 12).getTime();
  return Number.isFinite(time) ? time : null;
}
