import { liveQuery, type Subscription } from 'dexie';
import type { CoachLensDb } from '@/utils/db/app-db';
import { loadInsightInput } from '@/utils/db/snapshot';
import {
  defaultInsightSettings,
  teamInsights,
  type InsightInput,
  type InsightSettings,
  type TeamInsights,
} from '@/utils/insights';
import { insightSettingsItem, readInsightSettings, sanitizeInsightSettings } from '@/utils/settings';

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
  private unwatchSettings: (() => void) | undefined;
  private latest: TeamData | Error | undefined;
  private input: InsightInput | undefined;
  /** The manager's targets (cadence, coaching time, half-life) from the dashboard's Settings. */
  private settings: InsightSettings = defaultInsightSettings;
  private settingsLoaded = false;
  private readonly listeners = new Set<Listener>();

  constructor(private readonly getDb: () => CoachLensDb) {}

  subscribe(listener: Listener): () => void {
    this.listeners.add(listener);
    if (this.latest) listener(this.latest);
    if (!this.subscription) this.start();
    return () => {
      this.listeners.delete(listener);
      if (this.listeners.size === 0) this.stop();
    };
  }

  private start(): void {
    this.subscription = liveQuery(() => loadInsightInput(this.getDb())).subscribe({
      next: (input) => {
        this.input = input;
        this.recompute();
      },
      error: (error: unknown) => this.publish(error instanceof Error ? error : new Error(String(error))),
    });
    let changedMeanwhile = false;
    this.unwatchSettings = insightSettingsItem.watch((settings) => {
      changedMeanwhile = true;
      this.useSettings(sanitizeInsightSettings(settings));
    });
    // A change seen while the first read was on its way is newer than what that read returns.
    void readInsightSettings().then((settings) => {
      if (!changedMeanwhile) this.useSettings(settings);
    });
  }

  private stop(): void {
    this.subscription?.unsubscribe();
    this.unwatchSettings?.();
    this.subscription = undefined;
    this.unwatchSettings = undefined;
    this.latest = undefined;
    this.input = undefined;
    this.settingsLoaded = false;
  }

  private useSettings(settings: InsightSettings): void {
    this.settings = settings;
    this.settingsLoaded = true;
    this.recompute();
  }

  /** Publishes once both the data and the settings are known, so no view shows default targets first. */
  private recompute(): void {
    if (this.input && this.settingsLoaded)
      this.publish({ input: this.input, team: teamInsights(this.input, Date.now(), this.settings) });
  }

  private publish(data: TeamData | Error): void {
    this.latest = data;
    for (const listener of this.listeners) listener(data);
  }
}
