import type { CoachLensDb } from '@/utils/db/app-db';
import { InsightInputMirror } from '@/utils/db/input-mirror';
import { defaultPageSize } from '@/utils/db/paged-read';
import type { ReadPriority } from '@/utils/db/read-priority';
import { saveTeamSummary } from '@/utils/db/team-summary-store';
import {
  defaultInsightSettings,
  TeamInsightsMemo,
  type InsightInput,
  type InsightSettings,
  type TeamInsights,
} from '@/utils/insights';
import { summariseTeam } from '@/utils/insights/team-summary';
import { readInsightSettings, sanitizeInsightSettings } from '@/utils/settings';
import { insightSettingsItem } from '@/utils/storage/items';

export interface TeamData {
  input: InsightInput;
  team: TeamInsights;
}

type Listener = (data: TeamData | Error) => void;

/**
 * How long the cache keeps computing with the same "now". Reusing it lets a write rescore only the
 * reps it touched (a new "now" rescores every rating); a timer then moves it on, so cadence ("last
 * observed N days ago") and the month stay current while a panel is open. Five minutes late on a
 * count of days is invisible; a full rescore of 100,000 observations every five minutes is cheap.
 */
export const clockRefreshMs = 5 * 60_000;

/**
 * How long the team stays in memory after its last listener leaves: closing a CRM tab and opening
 * the next within this time costs no new read of every row. (Chrome stops an idle service worker
 * after about 30 seconds anyway; Firefox's background page would otherwise keep it for good.)
 */
export const lingerMs = 30_000;

export interface TeamCacheOptions {
  /** The clock; tests pin it. */
  now?: () => number;
  /** Rows per read of the first load (utils/db/paged-read.ts); tests make it tiny. */
  pageSize?: number;
  /** Lets a cold panel's own reads go before the first load's next page (early-rep-views.ts). */
  readPriority?: ReadPriority;
}

/**
 * One live copy of the team's data and insights for every open panel. The star benchmark and the
 * differentiators need the whole team, so they are computed once per change, not once per panel;
 * each panel's view is then a cheap lookup (see build-panel-view.ts). A write does not read the
 * database again: the mirror re-reads the rows it touched (input-mirror.ts) and the memo rescores
 * only the reps whose observations changed (team-insights-memo.ts). Everything stops shortly after
 * the last panel closes (`lingerMs`), so an idle service worker holds nothing.
 */
export class TeamCache {
  private mirror: InsightInputMirror | undefined;
  private clockTimer: ReturnType<typeof setInterval> | undefined;
  private memo = new TeamInsightsMemo();
  private now = 0;
  private readonly clock: () => number;
  private readonly pageSize: number | undefined;
  private readonly readPriority: ReadPriority | undefined;
  private lingerTimer: ReturnType<typeof setTimeout> | undefined;
  private unwatchSettings: (() => void) | undefined;
  private latest: TeamData | Error | undefined;
  private input: InsightInput | undefined;
  /** The manager's targets (cadence, coaching time, half-life) from the dashboard's Settings. */
  private settings: InsightSettings = defaultInsightSettings;
  private settingsLoaded = false;
  private readonly listeners = new Set<Listener>();

  constructor(
    private readonly getDb: () => CoachLensDb,
    options: TeamCacheOptions = {},
  ) {
    this.clock = options.now ?? Date.now;
    this.pageSize = options.pageSize;
    this.readPriority = options.readPriority;
  }

  /** Whether the team's data (or the error reading it) is in memory: a new listener gets it at once. */
  get warm(): boolean {
    return this.latest !== undefined;
  }

  subscribe(listener: Listener): () => void {
    this.listeners.add(listener);
    clearTimeout(this.lingerTimer);
    this.lingerTimer = undefined;
    if (this.latest) listener(this.latest);
    if (!this.mirror) this.start();
    return () => {
      this.listeners.delete(listener);
      if (this.listeners.size === 0 && !this.lingerTimer) {
        this.lingerTimer = setTimeout(() => {
          this.lingerTimer = undefined;
          if (this.listeners.size === 0) this.stop();
        }, lingerMs);
      }
    };
  }

  /** What was last published once every write seen so far is in it (for tests). */
  async settled(): Promise<TeamData | Error | undefined> {
    await this.mirror?.idle();
    return this.latest;
  }

  private start(): void {
    this.now = this.clock();
    const readPriority = this.readPriority;
    this.mirror = new InsightInputMirror(
      this.getDb(),
      (input) => {
        if (input instanceof Error) this.publish(input);
        else {
          this.input = input;
          this.recompute();
        }
      },
      // Paged, so a cold panel's indexed reads of one rep are not queued behind 100,000 rows.
      {
        pageSize: this.pageSize ?? defaultPageSize,
        ...(readPriority && { beforePage: () => readPriority.turn() }),
      },
    );
    this.mirror.start();
    this.clockTimer = setInterval(() => {
      this.now = this.clock();
      this.recompute();
    }, clockRefreshMs);
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
    this.mirror?.stop();
    clearInterval(this.clockTimer);
    this.unwatchSettings?.();
    this.mirror = undefined;
    this.clockTimer = undefined;
    this.memo = new TeamInsightsMemo();
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
    if (!this.input || !this.settingsLoaded) return;
    const team = this.memo.compute(this.input, this.now, this.settings);
    this.publish({ input: this.input, team });
    // For the next cold start's first rep view (first-rep-view.ts), even after the browser restarts.
    saveTeamSummary(this.getDb(), summariseTeam(team)).catch(() => undefined);
  }

  private publish(data: TeamData | Error): void {
    this.latest = data;
    for (const listener of this.listeners) listener(data);
  }
}
