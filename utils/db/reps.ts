import Dexie from 'dexie';
import { type Crm, crmKey, type Rep, repCrmKeys, repCrmLinkSchema, repSchema } from '../schemas';
import type { CoachLensDb } from './app-db';
import { NotFoundError, ValidationError } from './errors';
import { guard, newId } from './guard';
import { applyPatch, asObject, parseRow, withoutUndefined } from './validate';

const saveContext = 'Rep not saved';
const readContext = 'Reps not loaded';
const nameOrder = new Intl.Collator(undefined, { sensitivity: 'base', numeric: true });

/** What `deleteRep` removed with the rep, and what it kept but detached from them. */
export interface DeleteRepResult {
  observations: number;
  /** Only the `observing` entries recorded by the deleted observations. */
  timeEntries: number;
  plans: number;
  results: number;
  /** Manager time entries about this rep that were kept, without the rep. */
  timeEntriesDetached: number;
  /** Accounts this rep owned, kept without an owner. */
  accountsDetached: number;
  /** Strategy sessions kept on their account, without the rep. */
  strategiesDetached: number;
}

function withCrmKeys(row: Rep): Rep {
  return withoutUndefined({ ...row, crmKeys: repCrmKeys(row.crmLinks) });
}

/** One CRM user is one rep: a link already used by another rep is refused rather than silently shared. */
async function assertCrmLinksFree(db: CoachLensDb, rep: Rep): Promise<void> {
  if (rep.crmKeys.length === 0) return;
  const others = await db.reps.where('crmKeys').anyOf(rep.crmKeys).toArray();
  const other = others.find((candidate) => candidate.id !== rep.id);
  if (!other) return;
  const key = rep.crmKeys.find((value) => other.crmKeys.includes(value)) ?? '';
  throw new ValidationError(saveContext, [
    { field: 'crmLinks', message: `${key} is already linked to the rep ${other.name}` },
  ]);
}

/**
 * Adds a rep. Defaults: tier `unset` set by hand, no CRM links, active, added now. The id is new unless the
 * caller chose one (a retried create: the primary key makes a second add fail); `input.id` is ignored.
 */
export async function addRep(db: CoachLensDb, input: unknown, id: string = newId()): Promise<Rep> {
  const fields = withoutUndefined(asObject(input, saveContext));
  const parsed = parseRow(
    repSchema,
    {
      tier: 'unset',
      tierSource: 'manual',
      crmLinks: [],
      active: true,
      addedAt: Date.now(),
      ...fields,
      id,
      crmKeys: [],
    },
    saveContext,
  );
  const rep = withCrmKeys(parsed);
  return guard(saveContext, () =>
    db.transaction('rw', db.reps, async () => {
      await assertCrmLinksFree(db, rep);
      await db.reps.add(rep);
      return rep;
    }),
  );
}

/** Changes the given fields; `null` clears an optional one. `id` and `crmKeys` cannot be set. */
export async function updateRep(db: CoachLensDb, id: string, patch: unknown): Promise<Rep> {
  asObject(patch, saveContext);
  return guard(saveContext, () =>
    db.transaction('rw', db.reps, async () => {
      const current = await db.reps.get(id);
      if (!current) throw new NotFoundError('Rep', id);
      const rep = withCrmKeys(
        parseRow(repSchema, applyPatch(current, patch, saveContext, ['id', 'crmKeys']), saveContext),
      );
      await assertCrmLinksFree(db, rep);
      await db.reps.put(rep);
      return rep;
    }),
  );
}

/**
 * Deactivates or reactivates a rep. An inactive rep keeps every row about them (observations,
 * plans, results, time) and their page; the overview, the popup's rep picker and the panel's link
 * suggestions leave them out.
 */
export async function setRepActive(db: CoachLensDb, id: string, active: boolean): Promise<Rep> {
  return updateRep(db, id, { active });
}

/** The rep, or `null` when there is none (`undefined` stays free to mean "loading" in `useLiveQuery`). */
export async function getRep(db: CoachLensDb, id: string): Promise<Rep | null> {
  return guard(readContext, async () => (await db.reps.get(id)) ?? null);
}

/** Reps by name (locale order); inactive reps only when asked for. */
export async function listReps(db: CoachLensDb, options: { includeInactive?: boolean } = {}): Promise<Rep[]> {
  return guard(readContext, async () => {
    const reps = await db.reps.toArray();
    return reps
      .filter((rep) => options.includeInactive === true || rep.active)
      .sort((a, b) => nameOrder.compare(a.name, b.name));
  });
}

/** Reps whose name starts with `prefix`, ignoring case, through the `name` index. */
export async function searchRepsByName(db: CoachLensDb, prefix: string, limit = 20): Promise<Rep[]> {
  return guard(readContext, () => db.reps.where('name').startsWithIgnoreCase(prefix.trim()).limit(limit).toArray());
}

/** The rep linked to this CRM user, through the multi-entry `crmKeys` index. */
export async function findRepByCrmLink(db: CoachLensDb, crm: Crm, userId: string): Promise<Rep | null> {
  return guard(readContext, async () => (await db.reps.where('crmKeys').equals(crmKey(crm, userId)).first()) ?? null);
}

/** Links the rep to a CRM user (idempotent). A user already linked to another rep is refused. */
export async function linkRepToCrm(db: CoachLensDb, id: string, link: unknown): Promise<Rep> {
  const parsed = parseRow(repCrmLinkSchema, link, saveContext);
  return guard(saveContext, () =>
    db.transaction('rw', db.reps, async () => {
      const current = await db.reps.get(id);
      if (!current) throw new NotFoundError('Rep', id);
      const key = crmKey(parsed.crm, parsed.userId);
      if (current.crmKeys.includes(key)) return current;
      const rep = withCrmKeys(
        parseRow(repSchema, { ...current, crmLinks: [...current.crmLinks, parsed] }, saveContext),
      );
      await assertCrmLinksFree(db, rep);
      await db.reps.put(rep);
      return rep;
    }),
  );
}

/** Removes one CRM link from the rep (idempotent). */
export async function unlinkRepFromCrm(db: CoachLensDb, id: string, crm: Crm, userId: string): Promise<Rep> {
  return guard(saveContext, () =>
    db.transaction('rw', db.reps, async () => {
      const current = await db.reps.get(id);
      if (!current) throw new NotFoundError('Rep', id);
      const crmLinks = current.crmLinks.filter((link) => crmKey(link.crm, link.userId) !== crmKey(crm, userId));
      const rep = withCrmKeys({ ...current, crmLinks });
      await db.reps.put(rep);
      return rep;
    }),
  );
}

/**
 * Deletes the rep and, in the same transaction, everything that only describes them: their
 * observations (with the `observing` time entries those recorded), plans and results. What belongs
 * to someone else is kept and detached: accounts they owned, strategy sessions, and other manager
 * time about them (the manager did spend that time). Returns how many rows of each kind.
 */
export async function deleteRep(db: CoachLensDb, id: string): Promise<DeleteRepResult> {
  return guard('Rep not deleted', () =>
    db.transaction(
      'rw',
      [db.reps, db.observations, db.timeEntries, db.plans, db.results, db.accounts, db.strategies],
      async () => {
        if (!(await db.reps.get(id))) throw new NotFoundError('Rep', id);
        const observationIds = (await db.observations
          .where('[repId+observedAt]')
          .between([id, Dexie.minKey], [id, Dexie.maxKey], true, true)
          .primaryKeys()) as string[];
        await db.observations.bulkDelete(observationIds);
        const timeEntries = await db.timeEntries.where('observationId').anyOf(observationIds).delete();
        const timeEntriesDetached = await db.timeEntries
          .where('repId')
          .equals(id)
          .modify((entry) => {
            delete entry.repId;
          });
        const plans = await db.plans.where('repId').equals(id).delete();
        const results = await db.results
          .where('[repId+period]')
          .between([id, Dexie.minKey], [id, Dexie.maxKey], true, true)
          .delete();
        const accountsDetached = await db.accounts
          .where('ownerRepId')
          .equals(id)
          .modify((account) => {
            delete account.ownerRepId;
          });
        const strategiesDetached = await db.strategies
          .filter((strategy) => strategy.repId === id)
          .modify((strategy) => {
            delete strategy.repId;
          });
        await db.reps.delete(id);
        return {
          observations: observationIds.length,
          timeEntries,
          plans,
          results,
          timeEntriesDetached,
          accountsDetached,
          strategiesDetached,
        };
      },
    ),
  );
}
