import type { CoachLensDb } from '@/utils/db/app-db';
import { addAccount, deleteAccount } from '@/utils/db/accounts';
import { addObservation, deleteObservation } from '@/utils/db/observations';
import { addRep, deleteRep } from '@/utils/db/reps';
import type { Observation } from '@/utils/schemas';
import { observationFields, type Draft, type Pick } from './draft';

export interface SavedObservation {
  observation: Observation;
  rep: Pick & { kind: 'existing' };
  account: (Pick & { kind: 'existing' }) | null;
  /** Rows this save created along with the observation; Undo removes them too. */
  createdRepId: string | null;
  createdAccountId: string | null;
}

/**
 * Saves the draft in one transaction: a rep or account typed as new is created with the
 * observation, or nothing is (the repository calls join this transaction; any error aborts it all).
 * The draft must have passed `validateDraft`.
 */
export async function saveDraft(db: CoachLensDb, draft: Draft): Promise<SavedObservation> {
  const repPick = draft.rep;
  if (!repPick) throw new Error('saveDraft needs a rep: validate the draft first');
  const tables = [db.reps, db.accounts, db.skills, db.observations, db.timeEntries];
  return db.transaction('rw', tables, async () => {
    const rep = repPick.kind === 'existing' ? repPick : await addRep(db, { name: repPick.name.trim() });
    const accountPick = draft.account;
    const account =
      accountPick?.kind === 'new'
        ? await addAccount(db, { name: accountPick.name.trim(), ownerRepId: rep.id })
        : accountPick;
    const observation = await addObservation(db, {
      ...observationFields(draft),
      repId: rep.id,
      accountId: account?.id,
    });
    return {
      observation,
      rep: { kind: 'existing', id: rep.id, name: rep.name },
      account: account ? { kind: 'existing', id: account.id, name: account.name } : null,
      createdRepId: repPick.kind === 'new' ? rep.id : null,
      createdAccountId: accountPick?.kind === 'new' && account ? account.id : null,
    };
  });
}

/** Takes a save back: the observation (with its observing time) and any rep or account it created, together. */
export async function undoSave(db: CoachLensDb, saved: SavedObservation): Promise<void> {
  const tables = [db.reps, db.accounts, db.observations, db.timeEntries, db.plans, db.results, db.strategies];
  await db.transaction('rw', tables, async () => {
    await deleteObservation(db, saved.observation.id);
    if (saved.createdAccountId) await deleteAccount(db, saved.createdAccountId);
    if (saved.createdRepId) await deleteRep(db, saved.createdRepId);
  });
}
