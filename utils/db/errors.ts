/**
 * Domain errors of the data layer. Repository functions throw only these: a raw Dexie or
 * IndexedDB error never reaches the UI, which shows `error.message` as it is.
 */

export interface FieldIssue {
  /** The field in the row, e.g. `durationMin` or `ratings[0].score`; `input` for the row as a whole. */
  field: string;
  /** Plain words that follow the field name: "must be at least 1 minute". */
  message: string;
}

/** Input that does not fit the row's schema. Nothing was written. */
export class ValidationError extends Error {
  override name = 'ValidationError';
  readonly issues: FieldIssue[];

  /** `context` says what did not happen: "Observation not saved". */
  constructor(context: string, issues: FieldIssue[]) {
    super(`${context}: ${issues.map((issue) => `${issue.field} ${issue.message}`).join('; ')}`);
    this.issues = issues;
  }
}

/** A row the caller named does not exist (any more). */
export class NotFoundError extends Error {
  override name = 'NotFoundError';
  readonly entity: string;
  readonly id: string;

  constructor(entity: string, id: string) {
    super(`${entity} ${shortId(id)} not found`);
    this.entity = entity;
    this.id = id;
  }
}

/** A row other rows still refer to, so removing it would leave them dangling. Nothing was written. */
export class InUseError extends Error {
  override name = 'InUseError';
}

/** A write based on a value another tab has changed since: refused, so nothing is overwritten unseen. */
export class StaleWriteError extends Error {
  override name = 'StaleWriteError';
}

/** The database could not be opened at all (no IndexedDB, a newer schema on disk, blocked storage). */
export class DatabaseUnavailableError extends Error {
  override name = 'DatabaseUnavailableError';

  constructor(reason: string, options?: { cause?: unknown }) {
    super(`CoachLens cannot open its database: ${reason}; your data has not been touched`, options);
  }
}

/** The database is open, but a read or write failed (storage full, a constraint, an aborted transaction). */
export class DatabaseError extends Error {
  override name = 'DatabaseError';

  constructor(context: string, reason: string, options?: { cause?: unknown }) {
    super(`${context}: ${reason}`, options);
  }
}

export type DomainError =
  ValidationError | NotFoundError | InUseError | StaleWriteError | DatabaseUnavailableError | DatabaseError;

export function isDomainError(error: unknown): error is DomainError {
  return (
    error instanceof ValidationError ||
    error instanceof NotFoundError ||
    error instanceof InUseError ||
    error instanceof StaleWriteError ||
    error instanceof DatabaseUnavailableError ||
    error instanceof DatabaseError
  );
}

/** `"1234abcd…"`: enough to tell rows apart in a message without filling it with a whole UUID. */
export function shortId(id: string): string {
  return id.length > 8 ? `${id.slice(0, 8)}…` : id;
}

/** Dexie error names (https://dexie.org/docs/DexieErrors/DexieError) that mean "could not open". */
const openFailureReasons: Record<string, string> = {
  MissingAPIError: 'this browser context has no IndexedDB (private browsing, or storage disabled)',
  VersionError: 'it was saved by a newer version of CoachLens; update the extension',
  InvalidStateError: 'the browser refused access to storage (private browsing, or storage disabled)',
  UpgradeError: 'upgrading the stored data to this version failed',
  DatabaseClosedError:
    'the database was closed, for example while another CoachLens page upgraded it; reload this page',
  OpenFailedError: 'the browser could not open the storage',
  InvalidAccessError: 'the browser refused access to storage',
  SecurityError: 'the browser does not allow storage here',
};

const failureReasons: Record<string, string> = {
  QuotaExceededError: "the browser's storage for CoachLens is full",
  ConstraintError: 'another row already has the same key',
  AbortError: 'the change was cancelled and nothing was saved',
  TimeoutError: 'the database took too long to answer',
  ReadOnlyError: 'the database is read-only here',
  DataCloneError: 'the row contains something that cannot be stored',
};

function errorName(error: unknown): string | undefined {
  return error instanceof Error || (typeof error === 'object' && error !== null && 'name' in error)
    ? String((error as { name: unknown }).name)
    : undefined;
}

/**
 * Dexie wraps causes in `inner`: the reason an open failed, or an error thrown inside a transaction
 * (the transaction aborts with an `AbortError` whose `inner` is the thrown error).
 */
function innerChain(error: unknown): unknown[] {
  const chain = [error];
  let current = error;
  for (let depth = 0; depth < 5; depth += 1) {
    const inner = typeof current === 'object' && current !== null ? (current as { inner?: unknown }).inner : undefined;
    if (inner === undefined || inner === null) break;
    chain.push(inner);
    current = inner;
  }
  return chain;
}

/**
 * Turns anything a Dexie call may reject with into a domain error. Domain errors pass through,
 * so a repository may throw them from inside a transaction (which aborts it) and still have them
 * reach the caller unchanged.
 */
export function toDomainError(error: unknown, context: string): DomainError {
  const chain = innerChain(error);
  const domainError = chain.find(isDomainError);
  if (domainError) return domainError;
  // Innermost first: `DatabaseClosedError` around an `UpgradeError` is an upgrade that failed.
  const names = chain.map(errorName).reverse();
  for (const name of names) {
    if (name !== undefined && name in openFailureReasons) {
      return new DatabaseUnavailableError(openFailureReasons[name] ?? name, { cause: error });
    }
  }
  for (const name of names) {
    if (name !== undefined && name in failureReasons) {
      return new DatabaseError(context, failureReasons[name] ?? name, { cause: error });
    }
  }
  const detail = error instanceof Error && error.message !== '' ? error.message : String(error);
  return new DatabaseError(context, `the database reported an error (${detail})`, { cause: error });
}
