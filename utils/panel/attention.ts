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
