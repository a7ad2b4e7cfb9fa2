import { i18n } from '#i18n';
import type { PanelView } from '@/utils/messaging/panel-view';
import { AccountView } from './AccountView';
import { OwnerConflictQuestion } from './OwnerConflictQuestion';
import { PageQuestion } from './PageQuestion';
import { RepView } from './RepView';
import type { PanelRequestWithoutId } from '@/hooks/use-panel-port';

type RelatedPanelView = Extract<PanelView, { state: 'related' }>;

/**
 * A deal, contact or lead: the strategy of the account it belongs to and its owner rep's coaching.
 * What the page does not show is asked first, at the top, so the panel is never empty: it always
 * says what the record is and what it could not read.
 */
export function RelatedView({
  view,
  send,
}: {
  view: RelatedPanelView;
  send: (request: PanelRequestWithoutId) => Promise<void>;
}) {
  const { ownerQuestion, accountQuestion, ownerConflict } = view;
  return (
    <>
      <p className="panel-kicker">{i18n.t(`panel.related.kind.${view.kind}`)}</p>
      <h1 className="panel-record-name">{view.recordName ?? i18n.t(`panel.related.kind.${view.kind}`)}</h1>
      {ownerConflict && <OwnerConflictQuestion crm={view.crm} conflict={ownerConflict} send={send} />}
      {ownerQuestion && !ownerQuestion.answered && (
        <PageQuestion fact="owner" kind={view.kind} question={ownerQuestion} send={send} />
      )}
      {accountQuestion && !accountQuestion.answered && (
        <PageQuestion fact="account" kind={view.kind} question={accountQuestion} send={send} />
      )}

      {accountQuestion?.answered && (
        <PageQuestion fact="account" kind={view.kind} question={accountQuestion} send={send} />
      )}
      {view.account ? (
        <AccountView insight={view.account} send={send} compact />
      ) : (
        !accountQuestion && (
          <p className="panel-muted">
            {view.accountName
              ? i18n.t('panel.related.accountUnknown', { name: view.accountName })
              : i18n.t('panel.related.accountMissing')}
          </p>
        )
      )}

      {ownerQuestion?.answered && <PageQuestion fact="owner" kind={view.kind} question={ownerQuestion} send={send} />}
      {view.owner ? (
        <RepView insight={view.owner} send={send} compact />
      ) : (
        view.ownerName &&
        !ownerConflict && (
          <p className="panel-muted">{i18n.t('panel.related.ownerUnknown', { name: view.ownerName })}</p>
        )
      )}
    </>
  );
}
