import { useEffect, useMemo, useState } from 'react';
import { getDb } from '@/utils/db/app-db';
import { InsightInputMirror } from '@/utils/db/input-mirror';
import type { InsightInput } from '@/utils/db/snapshot';
import type { TeamInsights } from '@/utils/insights/team-insights';
import { TeamInsightsMemo } from '@/utils/insights/team-insights-memo';
import { sanitizeInsightSettings } from '@/utils/settings';
import { useStored } from './use-stored';
import { insightSettingsItem } from '@/utils/storage/items';

export interface Dashboard {
  input: InsightInput;
  team: TeamInsights;
}

/** As in the background's team cache: a write rescores only its reps while "now" holds still. */
const clockRefreshMs = 5 * 60_000;

/**
 * Every row and the team insights, live: any write from the dashboard, popup or panel re-renders.
 * A write re-reads only the rows it touched (input-mirror.ts), not every table.
 * `undefined` while loading.
 */
export function useDashboard(): Dashboard | undefined {
  const input = useInsightInput();
  const stored = useStored(insightSettingsItem);
  const now = useClock(clockRefreshMs);
  const [memo] = useState(() => new TeamInsightsMemo());
  return useMemo(() => {
    if (!input || stored === undefined) return undefined;
    return { input, team: memo.compute(input, now, sanitizeInsightSettings(stored)) };
  }, [memo, input, stored, now]);
}

function useInsightInput(): InsightInput | undefined {
  const [state, setState] = useState<InsightInput | Error>();
  useEffect(() => {
    const db = getDb();
    const mirror = new InsightInputMirror(db, (next) => {
      // A read cut short because a newer CoachLens took the database over: the dashboard already
      // asks for a reload (use-database-lifecycle.ts) and keeps showing what it had.
      if (next instanceof Error && db.outdatedBy !== undefined) return;
      setState(next);
    });
    mirror.start();
    return () => mirror.stop();
  }, []);
  // As `useLiveQuery` did: a failed read reaches the nearest error boundary.
  if (state instanceof Error) throw state;
  return state;
}

function useClock(refreshMs: number): number {
  const [now, setNow] = useState(Date.now);
  useEffect(() => {
    const timer = setInterval(() => setNow(Date.now()), refreshMs);
    return () => clearInterval(timer);
  }, [refreshMs]);
  return now;
}
