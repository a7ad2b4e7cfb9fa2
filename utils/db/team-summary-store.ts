import Dexie, { type EntityTable } from 'dexie';
import type { TeamSummary } from '../insights/team-summary';
import type { CoachLensDb } from './app-db';
import { guard } from './guard';

const latest = 'latest';

interface StoredTeamSummary {
  id: typeof latest;
  summary: TeamSummary;
}

/**
 * The team-wide numbers of the background's last computation (utils/insights/team-summary.ts), so
 * that a restarted service worker, or the first one after the browser starts, shows a rep from that
 * rep's own rows while it reads every row (background/first-rep-view.ts).
 *
 * A small database of its own beside the data, named after it (`coachlens-team-summary`): the
 * summary is derived, not the manager's data, so it stays out of the versioned schema and out of
 * backups; and, like all extension-origin IndexedDB, content scripts cannot open it (they could
 * read `storage.local`). Deleting all data and restoring a backup forget it (utils/data/wipe.ts,
 * import-plan.ts), so it never describes reps that are gone.
 */
class TeamSummaryDb extends Dexie {
  summaries!: EntityTable<StoredTeamSummary, 'id'>;

  constructor(name: string) {
    super(name);
    this.version(1).stores({ summaries: 'id' });
  }
}

const handles = new WeakMap<CoachLensDb, TeamSummaryDb>();

/** The summary database that goes with `db` (tests give each data database a name of its own). */
function summaryDbOf(db: CoachLensDb): TeamSummaryDb {
  let handle = handles.get(db);
  if (!handle) {
    handle = new TeamSummaryDb(`${db.name}-team-summary`);
    handles.set(db, handle);
  }
  return handle;
}

export async function readTeamSummary(db: CoachLensDb): Promise<TeamSummary | null> {
  return guard('Team summary not loaded', async () => (await summaryDbOf(db).summaries.get(latest))?.summary ?? null);
}

export async function saveTeamSummary(db: CoachLensDb, summary: TeamSummary): Promise<void> {
  await guard('Team summary not saved', () => summaryDbOf(db).summaries.put({ id: latest, summary }));
}

/** After a change to the data as a whole (everything deleted, a backup restored). */
export async function forgetTeamSummary(db: CoachLensDb): Promise<void> {
  await guard('Team summary not deleted', () => summaryDbOf(db).summaries.clear());
}

/**
 * Runs `write`, a change to the data as a whole (everything deleted, a backup restored), with the
 * summary forgotten before it, so a service worker starting meanwhile cannot pair the old summary
 * with the new rows, and again after it, in case a running team cache saved one from the old rows
 * in between. A summary that cannot be deleted does not stop the write: the early view also
 * checks that the summary knows the rep, and the view from the whole team replaces it anyway.
 */
export async function forgettingTeamSummary<T>(db: CoachLensDb, write: () => Promise<T>): Promise<T> {
  await forgetTeamSummary(db).catch(() => undefined);
  try {
    return await write();
  } finally {
    await forgetTeamSummary(db).catch(() => undefined);
  }
}
