/**
 * The English sentences the insights return beside their structured data. Kept in one place so the
 * UI can later build the same sentences through i18n from the structured fields instead.
 */

/** One decimal, English digits: 1.4, 0.0, 12.0. */
export function oneDecimal(value: number): string {
  const rounded = Math.round(value * 10) / 10;
  return (Object.is(rounded, -0) ? 0 : rounded).toFixed(1);
}

function plural(count: number, one: string, many: string): string {
  return `${count} ${count === 1 ? one : many}`;
}

export type TierReasonCode = 'manual' | 'top' | 'middle' | 'bottom' | 'too-few-reps' | 'no-results' | 'inactive';

export interface TierReasonFacts {
  quarters: readonly [string, string];
  /** Active reps with results in the window. */
  poolSize: number;
  minReps: number;
  sharePct: number;
}

export function tierReason(code: TierReasonCode, facts: TierReasonFacts): string {
  const [earlier, later] = facts.quarters;
  const over = `over ${earlier} and ${later}`;
  switch (code) {
    case 'manual':
      return 'Set by you';
    case 'top':
      return `Top ${facts.sharePct}% by attainment ${over}`;
    case 'bottom':
      return `Bottom ${facts.sharePct}% by attainment ${over}`;
    case 'middle':
      return `Between the top and bottom ${facts.sharePct}% by attainment ${over}`;
    case 'too-few-reps':
      return `Needs results for at least ${facts.minReps} reps in ${earlier} or ${later}; ${plural(facts.poolSize, 'rep has', 'reps have')} results`;
    case 'no-results':
      return `No results for ${earlier} or ${later}`;
    case 'inactive':
      return 'Not an active rep';
  }
}

export interface DifferentiatorFacts {
  skillName: string;
  starCount: number;
  coreCount: number;
  difference: number | null;
}

/** "Stars score 1.4 higher on Discovery & need development (5 stars, 9 core)" and the no-data cases. */
export function differentiatorSummary(facts: DifferentiatorFacts): string {
  const { skillName, starCount, coreCount, difference } = facts;
  const counts = `(${plural(starCount, 'star', 'stars')}, ${coreCount} core)`;
  if (starCount === 0 && coreCount === 0) return `No stars or core reps rated on ${skillName} yet`;
  if (starCount === 0) return `No stars rated on ${skillName} yet ${counts}`;
  if (coreCount === 0) return `No core reps rated on ${skillName} yet ${counts}`;
  if (difference === null) return `No comparison on ${skillName} yet ${counts}`;
  const shown = oneDecimal(Math.abs(difference));
  if (shown === '0.0') return `Stars and core reps score the same on ${skillName} ${counts}`;
  return `Stars score ${shown} ${difference > 0 ? 'higher' : 'lower'} on ${skillName} ${counts}`;
}
