/** Progress of a long import or export step, for a progress bar. */
export interface Progress {
  phase: 'reading' | 'checking' | 'writing';
  done: number;
  total: number;
}

export type ProgressCallback = (progress: Progress) => void;

/** Rows checked between two yields: small enough that the page answers clicks within a frame or two. */
export const rowsPerSlice = 2_000;

/**
 * Gives the event loop a turn (input, rendering) between slices of CPU work. Never awaited inside
 * a Dexie transaction: a transaction commits when it waits on anything but the database.
 */
export function yieldToPage(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}
