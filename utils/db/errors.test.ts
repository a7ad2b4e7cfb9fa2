import Dexie from 'dexie';
import { describe, expect, it } from 'vitest';
import { CoachLensDb, openCoachLensDb } from './app-db';
import {
  DatabaseError,
  DatabaseUnavailableError,
  InUseError,
  NotFoundError,
  ValidationError,
  isDomainError,
  shortId,
  toDomainError,
} from './errors';
import { deleteDatabase } from '@/tests/support/migration-harness';
import { addRep, getRep, listReps } from './reps';
import { rejection } from '@/tests/support/fresh-db';
import { type DbVersion, dbVersions } from './versions';

describe('domain errors', () => {
  it('name the field in plain words', () => {
    const error = new ValidationError('Observation not saved', [
      { field: 'durationMin', message: 'must be at least 1 minute' },
      { field: 'saw', message: 'is longer than 20,000 characters' },
    ]);
    expect(error.message).toBe(
      'Observation not saved: durationMin must be at least 1 minute; saw is longer than 20,000 characters',
    );
    expect(error.name).toBe('ValidationError');
    expect(error).toBeInstanceOf(Error);
  });

  it('shorten ids in not-found messages', () => {
    const error = new NotFoundError('Rep', '1234abcd-0000-4000-8000-000000000000');
    expect(error.message).toBe('Rep 1234abcd… not found');
    expect(error.id).toBe('1234abcd-0000-4000-8000-000000000000');
    expect(shortId('short')).toBe('short');
  });
});

describe('toDomainError', () => {
  it('passes domain errors through, also when Dexie wrapped them in a transaction abort', () => {
    const notFound = new NotFoundError('Plan', 'x');
    expect(toDomainError(notFound, 'ctx')).toBe(notFound);
    expect(toDomainError(new Dexie.AbortError('aborted', notFound), 'ctx')).toBe(notFound);
    const inUse = new InUseError('busy');
    expect(isDomainError(inUse)).toBe(true);
  });

  it.each([
    ['MissingAPIError', new Dexie.MissingAPIError('no indexedDB'), 'this browser context has no IndexedDB'],
    ['VersionError', new Dexie.VersionError('too new'), 'saved by a newer version of CoachLens'],
    [
      'InvalidStateError',
      new DOMException('private mode', 'InvalidStateError'),
      'the browser refused access to storage',
    ],
    [
      'OpenFailedError wrapping VersionError',
      new Dexie.OpenFailedError('open failed', new DOMException('v', 'VersionError')),
      'saved by a newer version of CoachLens',
    ],
    ['DatabaseClosedError', new Dexie.DatabaseClosedError('closed'), 'the database was closed'],
  ])('turns %s into DatabaseUnavailableError', (_name, raw, reason) => {
    const error = toDomainError(raw, 'Rep not saved');
    expect(error).toBeInstanceOf(DatabaseUnavailableError);
    expect(error.message).toMatch(/^CoachLens cannot open its database: /);
    expect(error.message).toContain(reason);
    expect(error.message).toMatch(/; your data has not been touched$/);
    expect(error.cause).toBe(raw);
  });

  it('turns write failures into DatabaseError with the context', () => {
    const quota = toDomainError(new DOMException('full', 'QuotaExceededError'), 'Observation not saved');
    expect(quota).toBeInstanceOf(DatabaseError);
    expect(quota.message).toBe("Observation not saved: the browser's storage for CoachLens is full");
    const constraint = toDomainError(new Dexie.ConstraintError('dup'), 'Result not saved');
    expect(constraint.message).toBe('Result not saved: another row already has the same key');
    const unknown = toDomainError('weird', 'Rep not saved');
    expect(unknown.message).toBe('Rep not saved: the database reported an error (weird)');
  });
});

describe('a database that cannot be opened', () => {
  it('gives DatabaseUnavailableError from repository calls when there is no IndexedDB', async () => {
    const db = openCoachLensDb(`test-${crypto.randomUUID()}`, { indexedDB: undefined, IDBKeyRange: undefined });
    const error = await rejection(listReps(db), DatabaseUnavailableError);
    expect(error.message).toBe(
      'CoachLens cannot open its database: this browser context has no IndexedDB (private browsing, or storage disabled); your data has not been touched',
    );
    await rejection(addRep(db, { name: 'Ana' }), DatabaseUnavailableError);
  });

  it('leaves the data untouched when an upgrade fails', async () => {
    const name = `test-${crypto.randomUUID()}`;
    const current = openCoachLensDb(name);
    const rep = await addRep(current, { name: 'Ana' });
    current.close();

    const failingV2: DbVersion = {
      version: 2,
      stores: {},
      upgrade: () => Promise.reject(new TypeError('bad migration')),
    };
    const broken = new CoachLensDb(name, undefined, [...dbVersions, failingV2]);
    const error = await rejection(getRep(broken, rep.id), DatabaseUnavailableError);
    expect(error.message).toContain('upgrading the stored data to this version failed');
    broken.close();

    const reopened = openCoachLensDb(name);
    expect(await getRep(reopened, rep.id)).toEqual(rep);
    expect(reopened.verno).toBe(1);
    await deleteDatabase(reopened);
  });
});
