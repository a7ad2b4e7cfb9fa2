import type { PanelView } from '@/utils/messaging/panel-view';

/** The User Timing entries `npm run bench` reads in the service worker (scripts/bench.ts, item 4). */
export const panelViewMeasure = 'coachlens-panel-view';
/** The same, up to the first view built from the whole team's data (later than the first view when that was early). */
export const panelTeamViewMeasure = 'coachlens-panel-view-team';
/**
 * A cold cache's early rep view on its own (early-rep-views.ts): from starting its reads (on a
 * fresh worker, opening the databases too) to the view built. It may start before the panel
 * connects, so the panel's wait above can be shorter than this.
 */
export const firstRepViewMeasure = 'coachlens-first-rep-view';

/**
 * Times a panel session's wait in the background: from the panel's port connecting to the first
 * view with data, and to the first view built from the whole team (the same with the team cache
 * live; later with a cold cache, whose first rep view comes from first-rep-view.ts). Only the
 * latest session's entries are kept, so the timeline never grows.
 */
export function startViewTiming(): (view: PanelView, fromTeam: boolean) => void {
  const connectedAt = performance.now();
  let first = false;
  let team = false;
  const measure = (name: string, view: PanelView) => {
    performance.clearMeasures(name);
    performance.measure(name, { start: connectedAt, detail: { state: view.state } });
  };
  return (view, fromTeam) => {
    if (view.state === 'loading') return;
    if (!first) measure(panelViewMeasure, view);
    if (fromTeam && !team) measure(panelTeamViewMeasure, view);
    first = true;
    team ||= fromTeam;
  };
}

/** Times one early rep view (`firstRepViewMeasure`); only a view that was built is measured. */
export function startFirstRepViewTiming(): (view: PanelView | null) => void {
  const startedAt = performance.now();
  return (view) => {
    if (!view) return;
    performance.clearMeasures(firstRepViewMeasure);
    performance.measure(firstRepViewMeasure, { start: startedAt, detail: { state: view.state } });
  };
}
