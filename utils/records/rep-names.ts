import type { Rep } from '../schemas/rep';
import { normaliseName } from './names';

/**
 * Names in the manager's own alphabet: "Émile" sorts with "Emile", "rep 10" after "rep 9". The same
 * collator decides when two names are the same person's name to a reader: case and accents aside.
 */
const collator = new Intl.Collator(undefined, { sensitivity: 'base', numeric: true });
/** Between names that read the same, a fixed order (case and accents decide), so lists do not shuffle. */
const tieBreak = new Intl.Collator(undefined, { sensitivity: 'variant', numeric: true });

export function compareNames(a: string, b: string): number {
  return collator.compare(a, b) || tieBreak.compare(a, b);
}

/** A copy in alphabetical order of name; `firstId`, when given, goes first (the rep of the CRM page open). */
export function byName<T extends { id: string; name: string }>(rows: readonly T[], firstId?: string | null): T[] {
  return [...rows].sort((a, b) => Number(b.id === firstId) - Number(a.id === firstId) || compareNames(a.name, b.name));
}

/** "Marco Rossi", "marco rossi" and "Márco  Rossi" read as one name. */
export function sameName(a: string, b: string): boolean {
  return collator.compare(normaliseName(a), normaliseName(b)) === 0;
}

/** The other reps who go by this name (the rep being edited, `exceptId`, left out). */
export function namesakes(reps: readonly Rep[], name: string, exceptId?: string): Rep[] {
  if (name.trim() === '') return [];
  return reps.filter((rep) => rep.id !== exceptId && sameName(rep.name, name));
}

/** What tells a rep apart from a namesake: their email, else their team; undefined when neither is known. */
export function repDetail(rep: Pick<Rep, 'email' | 'team'>): string | undefined {
  return rep.email ?? rep.team;
}

/** The rep's name as a picker shows it: with their email or team beside it when known. */
export function repLabel(rep: Pick<Rep, 'name' | 'email' | 'team'>): string {
  const detail = repDetail(rep);
  return detail ? `${rep.name} · ${detail}` : rep.name;
}
