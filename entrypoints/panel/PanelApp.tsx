import { i18n } from '#i18n';
import { AccountView } from './AccountView';
import { RelatedView } from './RelatedView';
import { RepView } from './RepView';
import { UnlinkedView } from './UnlinkedView';
import { usePanelPort } from './use-panel-port';

export function PanelApp() {
  const { view, failure, connected, send } = usePanelPort();
  return (
    <main className="panel" aria-busy={view.state === 'loading'}>
      <header className="panel-header">
        <span className="panel-brand">{i18n.t('panel.title')}</span>
      </header>
      {!connected && <p className="panel-status">{i18n.t('panel.reconnecting')}</p>}
      {failure && (
        <p role="alert" className="panel-error">
          {i18n.t('panel.requestFailed', { message: failure })}
        </p>
      )}
      {renderView()}
    </main>
  );

  function renderView() {
    switch (view.state) {
      case 'loading':
        return <p className="panel-status">{i18n.t('panel.loading')}</p>;
      case 'no-page':
        return <p className="panel-status">{i18n.t('panel.noPage')}</p>;
      case 'error':
        return (
          <p role="alert" className="panel-error">
            {i18n.t('panel.error', { message: view.message })}
          </p>
        );
      case 'account':
        return <AccountView account={view.account} />;
      case 'rep':
        return <RepView rep={view.rep} />;
      case 'related':
        return <RelatedView view={view} />;
      case 'unlinked':
        return <UnlinkedView view={view} send={send} />;
    }
  }
}
