import { storage } from 'wxt/utils/storage';
import type { CustomDomainStatus } from '../crm/custom-domain-setup';
import { customDomainsKey, type CustomDomain } from '../crm/custom-domains';
import type { InsightSettings } from '../insights/settings';
import { defaultInsightSettings } from '../insights/settings';
import { panelStateKey, type PanelState } from '../panel/panel-state';
import type { SampleTeamRecord, Theme, WelcomeState } from '../settings';

/**
 * Every value CoachLens keeps in `browser.storage.local`, in one place: the small settings and
 * states that are not rows of the database. Each item carries a version; a later shape adds a
 * migration here and a test beside it. The CRM page script never imports this module (WXT's storage
 * module would weigh on every CRM page): it reads the two keys it needs through `local-value.ts`.
 */

/** The targets and tuning the insights use (cadence, coaching time, half-life). */
export const insightSettingsItem = storage.defineItem<InsightSettings>('local:insightSettings', {
  fallback: defaultInsightSettings,
  version: 1,
});

export const themeItem = storage.defineItem<Theme>('local:theme', { fallback: 'system', version: 1 });

/** What the first-run welcome recorded: whether the manager finished it, and the CRM they use. */
export const welcomeItem = storage.defineItem<WelcomeState>('local:welcome', {
  fallback: { completed: false, crm: null },
  version: 1,
});

/** The ids of the rows the sample team wrote, so removing the sample touches nothing else. */
export const sampleTeamItem = storage.defineItem<SampleTeamRecord | null>('local:sampleTeam', {
  fallback: null,
  version: 1,
});

/**
 * When the manager last downloaded a backup (epoch ms), or `null` when never. Written only after
 * the download was handed to the browser.
 */
export const lastBackupAtItem = storage.defineItem<number | null>('local:lastBackupAt', {
  fallback: null,
  version: 1,
});

/** The panel's collapsed state per CRM, written by the panel page (the page script reads it leanly). */
export const panelStateItem = storage.defineItem<PanelState>(`local:${panelStateKey}`, {
  fallback: {},
  version: 1,
});

/** The manager's custom CRM origins. Written by the dashboard's "CRM sites" section only. */
export const customDomainsItem = storage.defineItem<CustomDomain[]>(`local:${customDomainsKey}`, {
  fallback: [],
  version: 1,
});

/**
 * Each custom origin's status, by origin. Written by the background whenever it syncs the
 * registered content scripts, so the dashboard can tell "revoked" (was granted) from "not granted".
 */
export const customDomainStatusItem = storage.defineItem<Record<string, CustomDomainStatus>>(
  'local:customDomainStatus',
  { fallback: {}, version: 1 },
);
