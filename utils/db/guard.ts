import { toDomainError } from './errors';

/**
 * Runs a repository operation so that only domain errors leave it: a Dexie or IndexedDB error
 * becomes a `DatabaseUnavailableError` or `DatabaseError` whose message starts with `context`.
 */
export async function guard<T>(context: string, operation: () => Promise<T>): Promise<T> {
  try {
    return await operation();
  } catch (error) {
    throw toDomainError(error, context);
  }
}

export function newId(): string {
  return crypto.randomUUID();
}

/** The local calendar day (`YYYY-MM-DD`) of an epoch-millisecond time: managers count time by their own days. */
export function localDay(epochMs: number): string {
  const date = new Date(epochMs);
  const pad = (value: number) => String(value).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}
