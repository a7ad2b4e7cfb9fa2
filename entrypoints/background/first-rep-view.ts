import type { CoachLensDb } from '@/utils/db/app-db';
import { loadRepRows } from '@/utils/db/rep-rows';
import { readTeamSummary } from '@/utils/db/team-summary-store';
import { teamFromSummary } from '@/utils/insights/team-summary';
import type { PageContext } from '@/utils/messaging/protocol';
import type { PanelView } from '@/utils/messaging/panel-view';
import { crmKey } from '@/utils/schemas/common';
import { buildPanelView } from './build-panel-view';

/**
 * A rep page's view while the team cache is still cold (a restarted service worker reads every
 * row, seconds with a large team): the rep's own rows through the indexes, plus the team-wide
 * numbers saved last time (utils/db/team-summary-store.ts; it outlives the browser session). It is
 * exact when nothing changed since; the view built from the whole team replaces it as soon as that
 * is read. Null when it cannot help: not a rep page, no summary yet, a record not linked to a rep
 * (the "link this page" view needs every rep anyway), or a summary that does not know the rep (it
 * was computed before the rep was added, or from other data).
 */
export async function firstRepView(db: CoachLensDb, context: PageContext): Promise<PanelView | null> {
  const { crm, kind, id } = context.ref;
  if (kind !== 'user' || !id) return null;
  // Side by side: on a cold worker each read also opens its database.
  const [summary, rows] = await Promise.all([readTeamSummary(db), loadRepRows(db, crmKey(crm, id))]);
  const rep = rows?.reps[0];
  if (!summary || !rows || !rep || !summary.tiers.some(([repId]) => repId === rep.id)) return null;
  const view = buildPanelView({ input: rows, team: teamFromSummary(rows, summary, Date.now()) }, context);
  return view.state === 'rep' ? view : null;
}
