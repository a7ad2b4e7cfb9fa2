import { accountInsightFrom, repInsightFrom } from '@/utils/insights';
import type { PageContext } from '@/utils/messaging/protocol';
import type { LinkCandidate, PanelView } from '@/utils/messaging/panel-view';
import { chosenFor } from '@/utils/db/record-choices';
import { type Crm, crmKey, crmRecordKey } from '@/utils/schemas/common';
import type { Account } from '@/utils/schemas/account';
import type { Rep } from '@/utils/schemas/rep';
import { findByName, normaliseName } from '@/utils/records/names';
import { pageOwner, type PageOwner } from '@/utils/records/page-owner';
import { pageReport } from './page-report';
import type { TeamData } from './team-cache';

const nameOrder = new Intl.Collator(undefined, { sensitivity: 'base', numeric: true });

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
  const page = pageReport(context);

  switch (kind) {
    case 'account': {
      const account = findByCrmKey(input.accounts, crmKey(crm, recordId));
      const insight = account && accountInsightFrom(team, account.id);
      if (account && insight) {
        // Use what the page shows: with no owner rep set yet, the owner it shows is offered.
        const owner = insight.owner ? undefined : pageOwner(input.reps, crm, facts);
        return {
          state: 'account',
          crm,
          account: insight,
          notes: account.notes,
          proposedOwner: owner?.state === 'rep' ? { repId: owner.rep.id, name: owner.rep.name } : undefined,
          ownerConflict: owner && conflictOf(owner),
          page,
        };
      }
      return {
        state: 'unlinked',
        crm,
        kind: 'account',
        recordId,
        recordName: facts.recordName,
        candidates: rankCandidates(input.accounts, 'account', facts.recordName),
        page,
      };
    }
    case 'user': {
      const rep = findByCrmKey(input.reps, crmKey(crm, recordId));
      const insight = rep && repInsightFrom(team, rep.id);
      if (rep && insight) return { state: 'rep', crm, rep: insight, page };
      return {
        state: 'unlinked',
        crm,
        kind: 'rep',
        recordId,
        recordName: facts.recordName,
        candidates: rankCandidates(input.reps, 'rep', facts.recordName, crm),
        page,
      };
    }
    default: {
      // A deal, contact or lead: prefer the CRM ids the page links to, then the exact names shown;
      // for a fact the page does not show, the answer the manager gave for this record, if any.
      const recordKey = crmRecordKey(crm, kind, recordId);
      const accountShown = Boolean(facts.accountId || facts.accountName);
      const account = accountShown
        ? (facts.accountId && findByCrmKey(input.accounts, crmKey(crm, facts.accountId))) ||
          findByName(input.accounts, facts.accountName)
        : chosenFor(input.accounts, recordKey);
      const owner = pageOwner(input.reps, crm, facts);
      const ownerRep =
        owner.state === 'rep' ? owner.rep : owner.state === 'unread' ? chosenFor(input.reps, recordKey) : undefined;
      return {
        state: 'related',
        crm,
        kind,
        recordId,
        recordName: facts.recordName,
        account: (account && accountInsightFrom(team, account.id)) || undefined,
        owner: (ownerRep && repInsightFrom(team, ownerRep.id)) || undefined,
        accountName: facts.accountName,
        ownerName: facts.ownerName,
        ownerQuestion:
          owner.state === 'unread'
            ? { answered: ownerRep !== undefined, candidates: repCandidates(input.reps, account?.ownerRepId) }
            : undefined,
        accountQuestion: accountShown
          ? undefined
          : {
              answered: account !== undefined,
              candidates: rankCandidates(input.accounts, 'account', facts.recordName),
            },
        ownerConflict: conflictOf(owner),
        page,
      };
    }
  }
}

function conflictOf(owner: PageOwner) {
  return owner.state === 'conflict'
    ? { repId: owner.rep.id, repName: owner.rep.name, userId: owner.userId }
    : undefined;
}

/**
 * The reps to choose a record's owner from: active reps in alphabetical order (in the browser's
 * language), the account's owner rep marked as the likely one.
 */
function repCandidates(reps: readonly Rep[], likelyId: string | undefined): LinkCandidate[] {
  return reps
    .filter((rep) => rep.active)
    .map((rep) => ({ kind: 'rep' as const, id: rep.id, name: rep.name, likely: rep.id === likelyId }))
    .sort((a, b) => nameOrder.compare(a.name, b.name));
}

function findByCrmKey<T extends Rep | Account>(rows: readonly T[], key: string): T | undefined {
  return rows.find((row) => row.crmKeys.includes(key));
}

/**
 * Every rep or account, the likely match first: the one whose name equals the page's, then names
 * sharing a word with it, then the rest alphabetically. The panel filters as the manager types.
 * On a user page, a rep who already has a user of this CRM linked is never the likely match: the
 * same name beside another user id is a namesake or a page that lies, and the panel asks first.
 */
function rankCandidates(
  rows: readonly (Rep | Account)[],
  kind: LinkCandidate['kind'],
  recordName: string | undefined,
  userPageCrm?: Crm,
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
    .map((row): LinkCandidate => {
      const linkedInCrm =
        userPageCrm !== undefined && 'tier' in row && row.crmLinks.some((link) => link.crm === userPageCrm);
      return linkedInCrm
        ? { kind, id: row.id, name: row.name, likely: false, linkedInCrm }
        : { kind, id: row.id, name: row.name, likely: rank(row.name) < 2 };
    })
    .sort((a, b) => rank(a.name) - rank(b.name) || nameOrder.compare(a.name, b.name));
}
