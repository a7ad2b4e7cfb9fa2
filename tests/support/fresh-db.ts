import { afterEach, beforeEach } from 'vitest';
import { type CoachLensDb, openCoachLensDb } from '@/utils/db/app-db';
import { deleteDatabase } from './migration-harness';
import { addRep } from '@/utils/db/reps';
import { addSkill } from '@/utils/db/skills';
import type { Rep, Skill } from '@/utils/schemas';

/** Test-only: a database of its own for every test, removed afterwards. Returns a getter. */
export function freshDbForEachTest(): () => CoachLensDb {
  let db: CoachLensDb | undefined;
  beforeEach(() => {
    db = openCoachLensDb(`test-${crypto.randomUUID()}`);
  });
  afterEach(async () => {
    if (db) await deleteDatabase(db);
    db = undefined;
  });
  return () => {
    if (!db) throw new Error('freshDbForEachTest: the database exists only inside a test');
    return db;
  };
}

export function seedRep(db: CoachLensDb, fields: Record<string, unknown> = {}): Promise<Rep> {
  return addRep(db, { name: 'Dana Rep', ...fields });
}

export function seedSkill(db: CoachLensDb, fields: Record<string, unknown> = {}): Promise<Skill> {
  return addSkill(db, {
    name: 'Discovery',
    levels: ['Not yet.', 'Developing.', 'Proficient.', 'Role model.'],
    ...fields,
  });
}

/** Expects the promise to reject with an error of `type` and returns it for further checks. */
export async function rejection<E extends Error>(
  promise: Promise<unknown>,
  type: abstract new (...args: never[]) => E,
): Promise<E> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof type) return error;
    throw new Error(`expected ${type.name}, got ${String(error)}`, { cause: error });
  }
  throw new Error(`expected ${type.name}, but the promise resolved`);
}
