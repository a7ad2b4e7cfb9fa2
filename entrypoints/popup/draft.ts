import type { ObservationContext, Score } from '@/utils/schemas';

/** A pick in a type-ahead: an existing row, or a name to create when the observation is saved. */
export type Pick = { kind: 'existing'; id: string; name: string } | { kind: 'new'; name: string };

/** What the form holds: strings as typed, so validation can say what is wrong with them. */
export interface Draft {
  rep: Pick | null;
  account: Pick | null;
  context: ObservationContext;
  /** `datetime-local` value in the browser's time zone: `YYYY-MM-DDTHH:mm`. */
  when: string;
  durationMin: string;
  /** skillId → level; a skill left out is "not observed". */
  ratings: Record<string, Score>;
  saw: string;
  keep: string;
  start: string;
  stop: string;
  sharedWithRep: boolean;
}

export type DraftField = 'rep' | 'ratings' | 'when' | 'durationMin';
export type DraftErrorKey = 'repRequired' | 'ratingOrNote' | 'whenInvalid' | 'whenFuture' | 'durationInvalid';
export type DraftErrors = Partial<Record<DraftField, DraftErrorKey>>;

/** Clock skew and the minute it takes to type: a time this little ahead of now is still "now". */
const futureToleranceMs = 5 * 60_000;

function pad(value: number): string {
  return String(value).padStart(2, '0');
}

/** `YYYY-MM-DDTHH:mm` in local time, the format `<input type="datetime-local">` reads and writes. */
export function toLocalInputValue(epochMs: number): string {
  const date = new Date(epochMs);
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}T${pad(date.getHours())}:${pad(date.getMinutes())}`;
}

/** Epoch ms of a `datetime-local` value, or null when it is empty or not a real date and time. */
export function fromLocalInputValue(value: string): number | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2}))?$/.exec(value);
  if (!match) return null;
  const [year, month, day, hour, minute, second] = match.slice(1).map((part) => Number(part ?? 0)) as number[];
  const date = new Date(year!, month! - 1, day!, hour!, minute!, second ?? 0);
  // `new Date` rolls 31 February over to March: an impossible date is refused, not moved.
  if (date.getFullYear() !== year || date.getMonth() !== month! - 1 || date.getDate() !== day) return null;
  const time = date.getTime();
  return Number.isFinite(time) ? time : null;
}

export function emptyDraft(now: number, keep: { rep?: Pick | null; account?: Pick | null; saw?: string } = {}): Draft {
  return {
    rep: keep.rep ?? null,
    account: keep.account ?? null,
    context: 'joint-call',
    when: toLocalInputValue(now),
    durationMin: '',
    ratings: {},
    saw: keep.saw ?? '',
    keep: '',
    start: '',
    stop: '',
    sharedWithRep: false,
  };
}

export function hasNote(draft: Draft): boolean {
  return [draft.saw, draft.keep, draft.start, draft.stop].some((text) => text.trim() !== '');
}

/** Every problem at once, keyed by the field it belongs next to. Empty when the draft can be saved. */
export function validateDraft(draft: Draft, now: number): DraftErrors {
  const errors: DraftErrors = {};
  if (!draft.rep || draft.rep.name.trim() === '') errors.rep = 'repRequired';
  if (Object.keys(draft.ratings).length === 0 && !hasNote(draft)) errors.ratings = 'ratingOrNote';
  const observedAt = fromLocalInputValue(draft.when);
  if (observedAt === null) errors.when = 'whenInvalid';
  else if (observedAt > now + futureToleranceMs) errors.when = 'whenFuture';
  const duration = draft.durationMin.trim();
  if (duration !== '') {
    const minutes = Number(duration);
    if (!Number.isInteger(minutes) || minutes < 1 || minutes > 1440) errors.durationMin = 'durationInvalid';
  }
  return errors;
}

/** The observation's fields, apart from who and where (those may still need creating). Call after `validateDraft`. */
export function observationFields(draft: Draft) {
  const duration = draft.durationMin.trim();
  return {
    context: draft.context,
    observedAt: fromLocalInputValue(draft.when) ?? Date.now(),
    durationMin: duration === '' ? undefined : Number(duration),
    ratings: Object.entries(draft.ratings).map(([skillId, score]) => ({ skillId, score })),
    saw: draft.saw.trim(),
    keep: draft.keep.trim(),
    start: draft.start.trim(),
    stop: draft.stop.trim(),
    sharedWithRep: draft.sharedWithRep,
  };
}

/** Maps a data-layer issue (`durationMin`, `ratings[0].score`, …) to the form field it belongs next to. */
export function fieldOfIssue(field: string): DraftField | null {
  if (field.startsWith('repId')) return 'rep';
  if (field.startsWith('ratings') || ['saw', 'keep', 'start', 'stop'].includes(field)) return 'ratings';
  if (field.startsWith('observedAt')) return 'when';
  if (field.startsWith('durationMin')) return 'durationMin';
  return null;
}
