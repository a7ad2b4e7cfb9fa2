import { storage } from 'wxt/utils/storage';
import type { CoachLensDb } from '@/utils/db/app-db';
import { loadRepRows } from '@/utils/db/rep-rows';
import { teamFromSummary, type TeamSummary } from '@/utils/insights/team-summary';
import type { PageContext } from '@/utils/messaging/protocol';
import type { PanelView } from '@/utils/messaging/panel-view';
import { crmKey } from '@/utils/schemas/common';
import { buildPanelView } from './build-panel-view';

/**
 * The team-wide numbers of the last computation (team-cache.ts writes it). In `storage.session`:
 * it outlives a stopped service worker, is gone when the browser closes, and content scripts
 * cannot read it (session storage is for trusted contexts unless an access level says otherwise).
 */
export const teamSummaryItem = storage.defineItem<TeamSummary | null>('session:teamSummary', { fallback: null });

/**
 * A rep page's view while the team cache is still cold (a restarted service worker reads every
 * row, seconds with a large team): the rep's own rows through the indexes, plus the team-wide
 * numbers saved last time. It is exact when nothing changed since; the view built from the whole
 * team replaces it as soon as that is read. Null when it cannot help: not a rep page, no summary
 * yet, or a record not linked to a rep (the "link this page" view needs every rep anyway).
 */
export async function firstRepView(db: CoachLensDb, context: PageContext): Promise<PanelView | null> {
  const { crm, kind, id } = context.ref;
  if (kind !== 'user' || !id) return null;
  const summary = await teamSummaryItem.getValue();
  if (!summary) return null;
  const rows = await loadRepRows(db, crmKey(crm, id));
  if (!rows) return null;
  const view = buildPanelView({ input: rows, team: teamFromSummary(rows, summary, Date.now()) }, context);
  return view.state === 'rep' ? view : null;
}
