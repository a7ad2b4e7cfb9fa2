import type { CoachLensDb } from '@/utils/db/app-db';
import type { ReadPriority } from '@/utils/db/read-priority';
import type { PageContext } from '@/utils/messaging/protocol';
import type { PanelView } from '@/utils/messaging/panel-view';
import { firstRepView } from './first-rep-view';
import type { TeamCache } from './team-cache';
import { startFirstRepViewTiming } from './view-timing';

/**
 * The rep views a cold team cache shows first (first-rep-view.ts), started as soon as a tab
 * reports a rep page instead of when its panel connects: the panel frame is still loading then,
 * and the same report starts the team cache's read of every row (the badge wants it). The rep's
 * reads go first (ReadPriority), so they are not queued behind that read's pages.
 *
 * A prepared view is only for the context it was built from, is taken once, and is dropped as
 * soon as the team cache publishes: after that a panel gets the view from the whole team, and a
 * view prepared while the cache was cold never outlives that.
 */
export class EarlyRepViews {
  private readonly prepared = new Map<number, { context: PageContext; view: Promise<PanelView | null> }>();
  private stopWatching: (() => void) | undefined;

  constructor(
    private readonly getDb: () => CoachLensDb,
    private readonly cache: TeamCache,
    private readonly readPriority: ReadPriority,
  ) {}

  /** Tab `tabId` now shows `context` (null: nothing); a rep page's view starts now if the cache is cold. */
  prepare(tabId: number, context: PageContext | null): void {
    this.prepared.delete(tabId);
    if (!context || context.ref.kind !== 'user' || !context.ref.id || this.cache.warm) return;
    this.prepared.set(tabId, { context, view: this.build(context) });
    this.dropWhenTeamArrives();
  }

  /** The early view of `context` for tab `tabId`'s panel: the one prepared for it, else one built now. */
  take(tabId: number, context: PageContext): Promise<PanelView | null> {
    const prepared = this.prepared.get(tabId);
    this.prepared.delete(tabId);
    return prepared?.context === context ? prepared.view : this.build(context);
  }

  private build(context: PageContext): Promise<PanelView | null> {
    const timed = startFirstRepViewTiming();
    return this.readPriority
      .urgent(() => firstRepView(this.getDb(), context))
      .then(
        (view) => {
          timed(view);
          return view;
        },
        (error: unknown) => {
          console.debug('[CoachLens] no early rep view', error);
          return null;
        },
      );
  }

  private dropWhenTeamArrives(): void {
    if (this.stopWatching) return;
    // Subscribing starts the cache's read if nothing else did (the badge does, for the same page).
    this.stopWatching = this.cache.subscribe(() => {
      this.prepared.clear();
      // Later, so that `stopWatching` is set even if the cache answered during `subscribe`.
      queueMicrotask(() => {
        this.stopWatching?.();
        this.stopWatching = undefined;
      });
    });
  }
}
