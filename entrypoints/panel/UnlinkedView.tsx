import { useId, useMemo, useState } from 'react';
import { i18n } from '#i18n';
import { crmLabels } from '@/utils/crm/labels';
import type { PanelView } from '@/utils/messaging/panel-view';
import type { PanelRequestWithoutId } from '@/hooks/use-panel-port';

type UnlinkedPanelView = Extract<PanelView, { state: 'unlinked' }>;

const maxShown = 8;

/** An unknown record is linked once: pick the rep or account it is, or create it from the page's name. */
export function UnlinkedView({
  view,
  send,
}: {
  view: UnlinkedPanelView;
  send: (request: PanelRequestWithoutId) => Promise<void>;
}) {
  const [query, setQuery] = useState('');
  const [name, setName] = useState(view.recordName ?? '');
  const [busy, setBusy] = useState(false);
  /** The rep, already linked to another user of this CRM, the manager asked to link: confirmed first. */
  const [confirming, setConfirming] = useState<string>();
  const searchId = useId();
  const nameId = useId();
  const kindLabel = view.kind === 'rep' ? i18n.t('panel.unlinked.kindRep') : i18n.t('panel.unlinked.kindAccount');

  const matches = useMemo(() => {
    const wanted = query.trim().toLocaleLowerCase();
    return view.candidates
      .filter((candidate) => candidate.name.toLocaleLowerCase().includes(wanted))
      .slice(0, maxShown);
  }, [query, view.candidates]);

  const run = (request: PanelRequestWithoutId) => {
    setBusy(true);
    // The panel switches when the background pushes the linked view; only a failure needs handling.
    send(request).catch(() => setBusy(false));
  };

  return (
    <section className="panel-section" aria-labelledby="coachlens-unlinked-heading">
      <h1 id="coachlens-unlinked-heading" className="panel-record-name">
        {view.kind === 'rep' ? i18n.t('panel.unlinked.headingRep') : i18n.t('panel.unlinked.headingAccount')}
      </h1>
      <p>{i18n.t('panel.unlinked.explain', { kind: kindLabel })}</p>
      {view.candidates.length > 0 && (
        <>
          <label htmlFor={searchId}>{i18n.t('panel.unlinked.search')}</label>
          <input id={searchId} type="search" value={query} onChange={(event) => setQuery(event.target.value)} />
          {matches.length === 0 ? (
            <p>{i18n.t('panel.unlinked.noMatches')}</p>
          ) : (
            <ul className="link-candidates">
              {matches.map((candidate) =>
                confirming === candidate.id ? (
                  <li key={candidate.id} className="confirm-second-link">
                    <p>{i18n.t('panel.unlinked.confirmSecond', { name: candidate.name, crm: crmLabels[view.crm] })}</p>
                    <span className="confirm-actions">
                      <button
                        type="button"
                        disabled={busy}
                        onClick={() =>
                          run({
                            type: 'linkRecord',
                            target: { kind: candidate.kind, id: candidate.id },
                            secondLink: true,
                          })
                        }
                      >
                        {i18n.t('panel.unlinked.confirmSecondYes', { name: candidate.name, crm: crmLabels[view.crm] })}
                      </button>
                      <button type="button" className="secondary-button" onClick={() => setConfirming(undefined)}>
                        {i18n.t('panel.unlinked.cancel')}
                      </button>
                    </span>
                  </li>
                ) : (
                  <li key={candidate.id}>
                    <span>
                      {candidate.name}
                      {candidate.likely && <span className="badge badge-focus">{i18n.t('panel.unlinked.likely')}</span>}
                      {candidate.linkedInCrm && (
                        <span className="panel-muted candidate-note">
                          {i18n.t('panel.unlinked.linkedInCrm', { crm: crmLabels[view.crm] })}
                        </span>
                      )}
                    </span>
                    <button
                      type="button"
                      disabled={busy}
                      onClick={() =>
                        candidate.linkedInCrm
                          ? setConfirming(candidate.id)
                          : run({ type: 'linkRecord', target: { kind: candidate.kind, id: candidate.id } })
                      }
                      aria-label={`${i18n.t('panel.unlinked.link')} ${candidate.name}`}
                    >
                      {i18n.t('panel.unlinked.link')}
                    </button>
                  </li>
                ),
              )}
            </ul>
          )}
        </>
      )}
      <form
        className="create-record"
        onSubmit={(event) => {
          event.preventDefault();
          if (name.trim())
            run({ type: 'createAndLinkRecord', id: crypto.randomUUID(), kind: view.kind, name: name.trim() });
        }}
      >
        <h2 className="panel-subheading">{i18n.t('panel.unlinked.createLabel')}</h2>
        <label htmlFor={nameId}>{i18n.t('panel.unlinked.createName')}</label>
        <input id={nameId} value={name} required maxLength={200} onChange={(event) => setName(event.target.value)} />
        <button type="submit" disabled={busy || !name.trim()}>
          {i18n.t('panel.unlinked.create', { name: name.trim() || '…' })}
        </button>
      </form>
    </section>
  );
}
