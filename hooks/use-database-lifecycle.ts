import { useEffect, useState } from 'react';
import type { CoachLensDb, DatabaseLifecycleEvent } from '@/utils/db/app-db';

/**
 * What happened to the dashboard's database connection: a newer CoachLens took the database over
 * (this tab must be reloaded; its connection stays closed so old code never writes to the new
 * schema), or this tab's own upgrade waits for an older CoachLens tab to close. The dashboard is
 * the page a manager keeps open for days, so it is the one that says so.
 */
export function useDatabaseLifecycle(db: CoachLensDb): DatabaseLifecycleEvent | undefined {
  const [event, setEvent] = useState<DatabaseLifecycleEvent>();
  useEffect(() => db.onLifecycle(setEvent), [db]);
  return event;
}
