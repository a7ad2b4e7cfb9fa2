import { useLiveQuery } from 'dexie-react-hooks';
import { useMemo } from 'react';
import { getDb } from '@/utils/db/app-db';
import { loadInsightInput, type InsightInput } from '@/utils/db/snapshot';
import { teamInsights, type TeamInsights } from '@/utils/insights/team-insights';
import { insightSettingsItem, sanitizeInsightSettings } from '@/utils/settings';
import { useStored } from './use-stored';

export interface Dashboard {
  input: InsightInput;
  team: TeamInsights;
}

/**
 * Every row and the team insights, live: any write from the dashboard, popup or panel re-renders.
 * `undefined` while loading.
 */
export function useDashboard(): Dashboard | undefined {
  const input = useLiveQuery(() => loadInsightInput(getDb()), []);
  const stored = useStored(insightSettingsItem);
  return useMemo(() => {
    if (!input || stored === undefined) return undefined;
    return { input, team: teamInsights(input, Date.now(), sanitizeInsightSettings(stored)) };
  }, [input, stored]);
}
