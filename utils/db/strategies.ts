import { promptIdSchema, type Strategy, strategySchema, textSchema } from '../schemas';
import { z } from '../schemas/zod';
import { staleAnswerMessage } from '../messaging/protocol';
import type { CoachLensDb } from './app-db';
import { NotFoundError, StaleWriteError } from './errors';
import { guard, newId } from './guard';
import { applyPatch, asObject, parseRow, withoutUndefined } from './validate';

const saveContext = 'Strategy not saved';
const readContext = 'Strategies not loaded';

/** `promptId → answer`; an empty answer or `null` removes the prompt's answer. */
const answersPatchSchema = z.object({ answers: z.record(promptIdSchema, textSchema.nullable()) });

/** Strictly later than the previous save, so "latest" is well defined even within one millisecond. */
function nextUpdatedAt(previous?: number): number {
  return Math.max(Date.now(), previous === undefined ? 0 : previous + 1);
}

async function assertReferences(db: CoachLensDb, strategy: Strategy): Promise<void> {
  if (!(await db.accounts.get(strategy.accountId))) throw new NotFoundError('Account', strategy.accountId);
  if (strategy.repId !== undefined && !(await db.reps.get(strategy.repId)))
    throw new NotFoundError('Rep', strategy.repId);
}

/** Starts a new strategy session for an account (e.g. before another key meeting). */
export async function addStrategy(db: CoachLensDb, input: unknown): Promise<Strategy> {
  const fields = withoutUndefined(asObject(input, saveContext));
  const strategy = parseRow(
    strategySchema,
    { answers: {}, ...fields, id: newId(), updatedAt: nextUpdatedAt() },
    saveContext,
  );
  return guard(saveContext, () =>
    db.transaction('rw', db.strategies, db.accounts, db.reps, async () => {
      await assertReferences(db, strategy);
      await db.strategies.add(strategy);
      return strategy;
    }),
  );
}

/** Changes a session's fields (`meetingAt`, `repId`, whole `answers`) and bumps `updatedAt`. */
export async function updateStrategy(db: CoachLensDb, id: string, patch: unknown): Promise<Strategy> {
  asObject(patch, saveContext);
  return guard(saveContext, () =>
    db.transaction('rw', db.strategies, db.accounts, db.reps, async () => {
      const current = await db.strategies.get(id);
      if (!current) throw new NotFoundError('Strategy', id);
      const merged = applyPatch(current, patch, saveContext, ['id', 'accountId', 'updatedAt']);
      const strategy = withoutUndefined(
        parseRow(strategySchema, { ...merged, updatedAt: nextUpdatedAt(current.updatedAt) }, saveContext),
      );
      await assertReferences(db, strategy);
      await db.strategies.put(strategy);
      return strategy;
    }),
  );
}

/** The strategy, or `null` when there is none. */
export async function getStrategy(db: CoachLensDb, id: string): Promise<Strategy | null> {
  return guard(readContext, async () => (await db.strategies.get(id)) ?? null);
}

/** The account's sessions through the `accountId` index, most recently saved first. */
export async function listStrategiesForAccount(db: CoachLensDb, accountId: string): Promise<Strategy[]> {
  return guard(readContext, async () =>
    (await db.strategies.where('accountId').equals(accountId).toArray()).sort((a, b) => b.updatedAt - a.updatedAt),
  );
}

/** The account's most recently saved session, or `null` when it has none. */
export async function getStrategyForAccount(db: CoachLensDb, accountId: string): Promise<Strategy | null> {
  return (await listStrategiesForAccount(db, accountId))[0] ?? null;
}

/**
 * Saves answers into the account's latest session, creating one when it has none. `answers` is a
 * patch: the given prompts change, the others keep their answers; `''` or `null` removes one.
 * Always bumps `updatedAt`. With `basedOn` (promptId → the stored answer the text was typed over,
 * `''` for none), a prompt whose stored answer has since become something else is refused with a
 * `StaleWriteError`, and nothing is written: two tabs never overwrite each other unseen. A write
 * whose answer is already stored passes (a retry of a write that committed).
 */
export async function saveStrategyAnswers(
  db: CoachLensDb,
  accountId: string,
  answers: unknown,
  basedOn?: Record<string, string>,
): Promise<Strategy> {
  const patch = parseRow(answersPatchSchema, { answers }, saveContext).answers;
  return guard(saveContext, () =>
    db.transaction('rw', db.strategies, db.accounts, db.reps, async () => {
      const sessions = await db.strategies.where('accountId').equals(accountId).toArray();
      const current = sessions.sort((a, b) => b.updatedAt - a.updatedAt)[0];
      const merged: Record<string, string> = { ...current?.answers };
      for (const [promptId, answer] of Object.entries(patch)) {
        const base = basedOn?.[promptId];
        const stored = merged[promptId] ?? '';
        if (base !== undefined && stored !== base && stored !== (answer ?? '')) {
          throw new StaleWriteError(staleAnswerMessage);
        }
      }
      for (const [promptId, answer] of Object.entries(patch)) {
        if (answer === null || answer.trim() === '') delete merged[promptId];
        else merged[promptId] = answer;
      }
      const strategy = withoutUndefined(
        parseRow(
          strategySchema,
          {
            ...(current ?? { id: newId(), accountId }),
            answers: merged,
            updatedAt: nextUpdatedAt(current?.updatedAt),
          },
          saveContext,
        ),
      );
      await assertReferences(db, strategy);
      await db.strategies.put(strategy);
      return strategy;
    }),
  );
}

/**
 * Sets (or with `null` clears) the next meeting on the account's latest session, creating a session
 * only to hold a date. One transaction with the read, so a meeting date and answers saved at the same
 * moment (the panel sends both) land in one session rather than two.
 */
export async function setMeetingDate(
  db: CoachLensDb,
  accountId: string,
  meetingAt: number | null,
): Promise<Strategy | null> {
  return guard(saveContext, () =>
    db.transaction('rw', db.strategies, db.accounts, db.reps, async () => {
      const sessions = await db.strategies.where('accountId').equals(accountId).toArray();
      const current = sessions.sort((a, b) => b.updatedAt - a.updatedAt)[0];
      if (!current && meetingAt === null) return null;
      const { meetingAt: _previous, ...rest } = current ?? { id: newId(), accountId, answers: {} };
      const strategy = withoutUndefined(
        parseRow(
          strategySchema,
          {
            ...rest,
            ...(meetingAt === null ? {} : { meetingAt }),
            updatedAt: nextUpdatedAt(current?.updatedAt),
          },
          saveContext,
        ),
      );
      await assertReferences(db, strategy);
      await db.strategies.put(strategy);
      return strategy;
    }),
  );
}

export async function deleteStrategy(db: CoachLensDb, id: string): Promise<void> {
  await guard('Strategy not deleted', () =>
    db.transaction('rw', db.strategies, async () => {
      if (!(await db.strategies.get(id))) throw new NotFoundError('Strategy', id);
      await db.strategies.delete(id);
    }),
  );
}
