import { i18n } from '#i18n';
import type { PanelView } from '@/utils/messaging/panel-view';
import { AccountView } from './AccountView';
import { RepView } from './RepView';
import type { PanelRequestWithoutId } from '@/hooks/use-panel-port';

type RelatedPanelView = Extract<PanelView, { state: 'related' }>;

/** A deal, contact or lead: the strategy of the account it belongs to and its owner rep's coaching. */
export function RelatedView({
  view,
  send,
}: {
  view: RelatedPanelView;
  send: (request: PanelRequestWithoutId) => Promise<void>;
}) {
  return (
    <>
      {view.recordName && <h1 className="panel-record-name">{view.recordName}</h1>}
      {view.account ? (
        <AccountView insight={view.account} send={send} compact />
      ) : (
        <p className="panel-muted">
          {view.accountName
            ? i18n.t('panel.related.accountUnknown', { name: view.accountName })
            : i18n.t('panel.related.accountMissing')}
        </p>
      )}
      {view.owner ? (
        <RepView insight={view.owner} send={send} compact />
      ) : (
        view.ownerName && (
          <p className="panel-muted">{i18n.t('panel.related.ownerUnknown', { name: view.ownerName })}</p>
        )
      )}
    </>
  );
}
