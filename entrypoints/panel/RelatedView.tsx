import { i18n } from '#i18n';
import type { PanelView } from '@/utils/messaging/panel-view';
import { AccountView } from './AccountView';

type RelatedPanelView = Extract<PanelView, { state: 'related' }>;

/** A deal, contact or lead: what CoachLens knows of the account and owner rep it points to. */
export function RelatedView({ view }: { view: RelatedPanelView }) {
  return (
    <>
      {view.recordName && <p className="panel-kicker">{view.recordName}</p>}
      {view.account ? (
        <AccountView account={view.account} />
      ) : (
        view.accountName && <p>{i18n.t('panel.related.accountUnknown', { name: view.accountName })}</p>
      )}
      {view.owner ? (
        <p>{i18n.t('panel.related.owner', { name: view.owner.name })}</p>
      ) : (
        view.ownerName && <p>{i18n.t('panel.related.ownerUnknown', { name: view.ownerName })}</p>
      )}
    </>
  );
}
