import type { Table } from 'dexie';
import { type Account, accountSchema, maxRecordChoices, type Rep, repSchema } from '../schemas';
import type { CoachLensDb } from './app-db';
import { NotFoundError } from './errors';
import { guard } from './guard';
import { parseRow, withoutUndefined } from './validate';

/**
 * The answers the manager gave when a deal, contact or lead page did not show its owner or its
 * account: "this record's owner is rep X", "this record belongs to account Y". Each answer is kept
 * on the chosen row (`Rep.ownerOfRecords`, `Account.accountOfRecords`), so it goes wherever the row
 * goes: into backups and back, away with "Delete all data", away with the rep or account.
 *
 * The lists are not indexed, so remembering needs no new database version; the background finds
 * an answer in the team data it already holds (`chosenFor`).
 */

/** The chosen row for this record, among rows already in memory. */
export function chosenFor<T extends Rep | Account>(rows: readonly T[], recordKey: string): T | undefined {
  return rows.find((row) => choicesOf(row).includes(recordKey));
}

/** Remembers `repId` as the owner of the record; a previous answer for it (another rep) is replaced. */
export async function rememberRecordOwner(db: CoachLensDb, repId: string, recordKey: string): Promise<Rep> {
  return (await remember(db, 'reps', repId, recordKey)) as Rep;
}

/** Remembers `accountId` as the account of the record; a previous answer for it is replaced. */
export async function rememberRecordAccount(db: CoachLensDb, accountId: string, recordKey: string): Promise<Account> {
  return (await remember(db, 'accounts', accountId, recordKey)) as Account;
}

function choicesOf(row: Rep | Account): readonly string[] {
  return ('tier' in row ? row.ownerOfRecords : row.accountOfRecords) ?? [];
}

function withChoices(row: Rep | Account, choices: string[]): Rep | Account {
  const field = 'tier' in row ? 'ownerOfRecords' : 'accountOfRecords';
  return withoutUndefined({ ...row, [field]: choices.length > 0 ? choices : undefined });
}

const tables = {
  reps: { schema: repSchema, what: 'Rep', context: 'Owner not saved' },
  accounts: { schema: accountSchema, what: 'Account', context: 'Account not saved' },
} as const;

async function remember(
  db: CoachLensDb,
  tableName: keyof typeof tables,
  id: string,
  recordKey: string,
): Promise<Rep | Account> {
  const { schema, what, context } = tables[tableName];
  const table: Table<Rep | Account, string> = db.table(tableName);
  return guard(context, () =>
    db.transaction('rw', table, async () => {
      const chosen = await table.get(id);
      if (!chosen) throw new NotFoundError(what, id);
      if (choicesOf(chosen).includes(recordKey)) return chosen;
      // One answer per record: the row it was given to before lets go of it.
      const previous = await table.filter((row) => choicesOf(row).includes(recordKey)).toArray();
      for (const row of previous) {
        await table.put(
          withChoices(
            row,
            choicesOf(row).filter((key) => key !== recordKey),
          ),
        );
      }
      const kept = [...choicesOf(chosen), recordKey].slice(-maxRecordChoices);
      const updated: Rep | Account = parseRow(schema, withChoices(chosen, kept), context);
      await table.put(updated);
      return updated;
    }),
  );
}
