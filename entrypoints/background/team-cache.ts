import { liveQuery, type Subscription } from 'dexie';
import type { CoachLensDb } from '@/utils/db/app-db';
import { loadInsightInput } from '@/utils/db/snapshot';
import { defaultInsightSettings, teamInsights, type InsightInput, type TeamInsights } from '@/utils/insights';

export interface TeamData {
  input: InsightInput;
  team: TeamInsights;
}

type Listener = (data: TeamData | Error) => void;

/**
 * One live copy of the team's data and insights for every open panel. The star benchmark and the
 * differentiators need the whole team, so they are computed once per change, not once per panel;
 * each panel's view is then a cheap lookup (see build-panel-view.ts). The live query stops when the
 * last panel closes, so an idle service worker holds nothing.
 */
export class TeamCache {
  private subscription: Subscription | undefined;
  private latest: TeamData | Error | undefined;
  private readonly listeners = new Set<Listener>();

  constructor(private readonly getDb: () => CoachLensDb) {}

  subscribe(listener: Listener): () => void {
    this.listeners.add(listener);
    if (this.latest) listener(this.latest);
    this.subscription ??= liveQuery(() => loadInsightInput(this.getDb())).subscribe({
      next: (input) => this.publish({ input, team: teamInsights(input, Date.now(), defaultInsightSettings) }),
      error: (error: unknown) => this.publish(error instanceof Error ? error : new Error(String(error))),
    });
    return () => {
      this.listeners.delete(listener);
      if (this.listeners.size === 0) {
        this.subscription?.unsubscribe();
        this.subscription = undefined;
        this.latest = undefined;
      }
    };
  }

  private publish(data: TeamData | Error): void {
    this.latest = data;
    for (const listener of this.listeners) listener(data);
  }
}
