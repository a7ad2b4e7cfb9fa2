import { accountInsightFrom, repInsightFrom } from '@/utils/insights';
import type { PageContext } from '@/utils/messaging/protocol';
import type { LinkCandidate, PanelView } from '@/utils/messaging/panel-view';
import { crmKey } from '@/utils/schemas/common';
import type { Account } from '@/utils/schemas/account';
import type { Rep } from '@/utils/schemas/rep';
import { findByName, normaliseName } from '@/utils/records/names';
import type { TeamData } from './team-cache';

/**
 * The panel's view for a tab's page context: a pure function of the team's data, so every open
 * panel shares one database read (team-cache.ts) and this is unit-tested without a browser.
 */
export function buildPanelView(data: TeamData, context: PageContext | null): PanelView {
  if (!context) return { state: 'no-page' };
  const { facts } = context;
  const { crm, kind, id: recordId } = context.ref;
  if (!kind || !recordId) return { state: 'no-page' };
  const { input, team } = data;

  switch (kind) {
    case 'account': {
      const account = findByCrmKey(input.accounts, crmKey(crm, recordId));
      const insight = account && accountInsightFrom(team, account.id);
      if (account && insight) return { state: 'account', crm, account: insight, notes: account.notes };
      return {
        state: 'unlinked',
        crm,
        kind: 'account',
        recordId,
        recordName: facts.recordName,
        candidates: rankCandidates(input.accounts, 'account', facts.recordName),
      };
    }
    case 'user': {
      const rep = findByCrmKey(input.reps, crmKey(crm, recordId));
      const insight = rep && repInsightFrom(team, rep.id);
      if (rep && insight) return { state: 'rep', crm, rep: insight };
      return {
        state: 'unlinked',
        crm,
        kind: 'rep',
        recordId,
        recordName: facts.recordName,
        candidates: rankCandidates(input.reps, 'rep', facts.recordName),
      };
    }
    default: {
      // A deal, contact or lead: prefer the CRM ids the page links to, then the exact names shown.
      const account =
        (facts.accountId && findByCrmKey(input.accounts, crmKey(crm, facts.accountId))) ||
        findByName(input.accounts, facts.accountName);
      const owner =
        (facts.ownerUserId && findByCrmKey(input.reps, crmKey(crm, facts.ownerUserId))) ||
        findByName(input.reps, facts.ownerName);
      return {
        state: 'related',
        crm,
        kind,
        recordName: facts.recordName,
        account: (account && accountInsightFrom(team, account.id)) || undefined,
        owner: (owner && repInsightFrom(team, owner.id)) || undefined,
        accountName: facts.accountName,
        ownerName: facts.ownerName,
      };
    }
  }
}

function findByCrmKey<T extends Rep | Account>(rows: readonly T[], key: string): T | undefined {
  return rows.find((row) => row.crmKeys.includes(key));
}

/**
 * Every rep or account, the likely match first: the one whose name equals the page's, then names
 * sharing a word with it, then the rest alphabetically. The panel filters as the manager types.
 */
function rankCandidates(
  rows: readonly (Rep | Account)[],
  kind: LinkCandidate['kind'],
  recordName: string | undefined,
): LinkCandidate[] {
  const wanted = recordName ? normaliseName(recordName) : '';
  const words = new Set(wanted.split(' ').filter((word) => word.length > 2));
  const rank = (name: string) => {
    const normalised = normaliseName(name);
    if (wanted && normalised === wanted) return 0;
    if (normalised.split(' ').some((word) => words.has(word))) return 1;
    return 2;
  };
  return rows
    .filter((row) => !('active' in row) || row.active)
    .map((row) => ({ kind, id: row.id, name: row.name, likely: rank(row.name) < 2 }))
    .sort((a, b) => rank(a.name) - rank(b.name) || a.name.localeCompare(b.name));
}
