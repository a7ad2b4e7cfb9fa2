import { minRepsForCorrelation } from './settings';

/**
 * Critical values of Spearman's rho for a two-sided test at the 5% level, by number of reps
 * (Zar 1972, "Significance testing of the Spearman rank correlation coefficient", JASA 67, table 1).
 * Why 5% two-sided: it is the usual bar for "this is unlikely to be chance", and a skill can go
 * with results either way. Why a table and not the t approximation: for the 6–12 reps a manager
 * has, the approximation is too lenient (it gives 0.81 at n = 6 where the exact bar is 0.89).
 */
const spearmanCritical5pc: Readonly<Record<number, number>> = {
  5: 1,
  6: 0.886,
  7: 0.786,
  8: 0.738,
  9: 0.7,
  10: 0.648,
  11: 0.618,
  12: 0.587,
  13: 0.56,
  14: 0.538,
  15: 0.521,
  16: 0.503,
  17: 0.485,
  18: 0.472,
  19: 0.46,
  20: 0.447,
  21: 0.435,
  22: 0.425,
  23: 0.415,
  24: 0.406,
  25: 0.398,
  26: 0.39,
  27: 0.382,
  28: 0.375,
  29: 0.368,
  30: 0.362,
};

/**
 * The smallest |rho| that counts as a clear link among `n` reps; Infinity below 5 (no rank order
 * of 4 reps is rare enough). Past 30, the large-sample bar 1.96 / √(n − 1).
 */
export function spearmanCriticalValue(n: number): number {
  if (n < 5) return Infinity;
  return spearmanCritical5pc[n] ?? 1.96 / Math.sqrt(n - 1);
}

/**
 * What a manager can say about a skill and results:
 * - `linked`: higher scores go with higher attainment, beyond chance;
 * - `inverse`: higher scores go with lower attainment, beyond chance;
 * - `no-clear-link`: enough reps, but the order could be chance;
 * - `too-few-reps`: fewer than 8 reps have both a current score and results;
 * - `no-spread`: enough reps, but every score (or every result) is the same.
 */
export type LinkVerdict = 'linked' | 'inverse' | 'no-clear-link' | 'too-few-reps' | 'no-spread';

export interface ResultsLink {
  verdict: LinkVerdict;
  /** Reps with both a current score and results. */
  n: number;
  /** Reps needed before a verdict is given. */
  minReps: number;
  /** Kept for the method note and tests; the UI never shows it bare. Null below `minReps` or with no spread. */
  rho: number | null;
  /** The bar |rho| had to clear at this n; null below `minReps`. */
  threshold: number | null;
}

/** The verdict for a Spearman rho over `n` reps (`rho` null when undefined: no spread). */
export function resultsLink(rho: number | null, n: number, minReps: number = minRepsForCorrelation): ResultsLink {
  if (n < minReps) return { verdict: 'too-few-reps', n, minReps, rho: null, threshold: null };
  const threshold = spearmanCriticalValue(n);
  if (rho === null) return { verdict: 'no-spread', n, minReps, rho: null, threshold };
  // A hair of floating-point noise must not decide a verdict that sits exactly on the bar.
  const verdict = rho >= threshold - 1e-9 ? 'linked' : rho <= -threshold + 1e-9 ? 'inverse' : 'no-clear-link';
  return { verdict, n, minReps, rho, threshold };
}
