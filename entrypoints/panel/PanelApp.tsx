import { useRef, useState } from 'react';
import { i18n } from '#i18n';
import { AccountView } from './AccountView';
import { AttentionList } from './AttentionList';
import { CollapsedTab } from './CollapsedTab';
import { PageReadingView } from './PageReadingView';
import { PanelMenu } from './PanelMenu';
import { RelatedView } from './RelatedView';
import { RepView } from './RepView';
import { UnlinkedView } from './UnlinkedView';
import { attentionCount, attentionEntries } from '@/utils/panel/attention';
import { usePanelCollapse } from '@/hooks/use-panel-collapse';
import { usePanelPort } from '@/hooks/use-panel-port';
import { useVerifiedVisibility } from '@/hooks/use-verified-visibility';
import { useSeenWrites } from '@/hooks/use-seen-writes';
import { UnseenConfirm } from './UnseenConfirm';

export function PanelApp() {
  const { view, failure, connected, notice, send: sendNow, isSeen } = usePanelPort();
  const crm = 'crm' in view ? view.crm : undefined;
  const { collapsed, setCollapsed } = usePanelCollapse(crm);
  const count = attentionCount(view);
  // Read while the extension is there: once it is reloaded or updated under the page, every
  // extension call in this orphaned frame (i18n included) throws.
  const [goneText] = useState(() => i18n.t('panel.extensionGone'));
  const visibility = useVerifiedVisibility();
  // No write from a click or key the manager could not see: while the page covers, fades or
  // distorts the panel, its controls are inert (no clicks, no focus, no typing).
  const writable = visibility === 'visible' || visibility === 'unsupported';
  // "What CoachLens read on this page", opened from the menu; it follows the page while open.
  const [readingOpen, setReadingOpen] = useState(false);
  const report = 'page' in view ? view.page : undefined;
  const menuRef = useRef<HTMLDivElement>(null);
  const { send, asking, answer } = useSeenWrites(sendNow, isSeen, visibility);

  if (notice === 'gone') {
    return (
      <p role="alert" className="panel-error">
        {goneText}
      </p>
    );
  }

  if (collapsed && crm) return <CollapsedTab count={count} onExpand={() => setCollapsed(false)} />;

  return (
    <div className="panel">
      <header className="panel-header">
        <span className="panel-brand">{i18n.t('panel.title')}</span>
        <AttentionList entries={attentionEntries(view)} />
        {report && (
          <div ref={menuRef} className="panel-menu-slot">
            <PanelMenu onPageReading={() => setReadingOpen(true)} />
          </div>
        )}
        {crm && (
          <button
            type="button"
            className="icon-button"
            onClick={() => setCollapsed(true)}
            aria-label={i18n.t('panel.collapse')}
            title={i18n.t('panel.collapse')}
          >
            <span aria-hidden="true">⟩</span>
          </button>
        )}
      </header>
      <main aria-busy={view.state === 'loading'}>
        {/* Until the resent changes are confirmed, say they are on their way again. */}
        {notice === 'resending' && (
          <p role="status" className="panel-status">
            {i18n.t('panel.resending')}
          </p>
        )}
        {notice === undefined && !connected && <p className="panel-status">{i18n.t('panel.reconnecting')}</p>}
        {notice === 'recovered' && (
          <p role="status" className="panel-status">
            {i18n.t('panel.recovered')}
          </p>
        )}
        {failure && (
          <p role="alert" className="panel-error">
            {i18n.t('panel.requestFailed', { message: failure })}
          </p>
        )}
        {asking && <UnseenConfirm onAnswer={answer} />}
        {visibility === 'hidden' && (
          <p role="alert" className="panel-error">
            {i18n.t('panel.covered')}
          </p>
        )}
        {readingOpen && report ? (
          <PageReadingView
            report={report}
            onClose={() => {
              setReadingOpen(false);
              menuRef.current?.querySelector('button')?.focus();
            }}
          />
        ) : (
          <div inert={!writable}>{renderView()}</div>
        )}
      </main>
    </div>
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
        return (
          <AccountView
            insight={view.account}
            notes={view.notes}
            send={send}
            pageOwner={{ crm: view.crm, proposed: view.proposedOwner, conflict: view.ownerConflict }}
          />
        );
      case 'rep':
        return <RepView insight={view.rep} send={send} />;
      case 'related':
        return <RelatedView view={view} send={send} />;
      case 'unlinked':
        return <UnlinkedView view={view} send={send} />;
    }
  }
}
