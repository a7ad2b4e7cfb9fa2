import type { AccountAttentionItem } from '../insights/account-insight';
import type { RepAttentionItem } from '../insights/rep-insight';
import type { PanelView } from '../messaging/panel-view';

/** What needs the manager's attention on this page: the count on the header and the slim tab. */
export function attentionCount(view: PanelView): number {
  switch (view.state) {
    case 'rep':
      return view.rep.attention.count;
    case 'account':
      return view.account.attention.count;
    case 'related':
      return (view.account?.attention.count ?? 0) + (view.owner?.attention.count ?? 0);
    default:
      return 0;
  }
}

/** One thing to look at, with whom or what it is about: the header's list names each. */
export type AttentionEntry =
  | { about: 'rep'; name: string; item: RepAttentionItem }
  | { about: 'account'; name: string; item: AccountAttentionItem };

/**
 * Every thing counted by `attentionCount`, in the same order as the page shows them (account, then
 * owner). Computed from the live view, so an item leaves the list as soon as it is done.
 */
export function attentionEntries(view: PanelView): AttentionEntry[] {
  const ofRep = (insight: { rep: { name: string }; attention: { items: RepAttentionItem[] } } | undefined) =>
    (insight?.attention.items ?? []).map((item): AttentionEntry => ({ about: 'rep', name: insight!.rep.name, item }));
  const ofAccount = (
    insight: { account: { name: string }; attention: { items: AccountAttentionItem[] } } | undefined,
  ) =>
    (insight?.attention.items ?? []).map((item): AttentionEntry => ({
      about: 'account',
      name: insight!.account.name,
      item,
    }));
  switch (view.state) {
    case 'rep':
      return ofRep(view.rep);
    case 'account':
      return ofAccount(view.account);
    case 'related':
      return [...ofAccount(view.account), ...ofRep(view.owner)];
    default:
      return [];
  }
}
