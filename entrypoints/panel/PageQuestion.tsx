import { useId, useMemo, useState } from 'react';
import { i18n } from '#i18n';
import type { PageQuestion as PageQuestionView } from '@/utils/messaging/panel-view';
import type { pageKinds } from '@/utils/messaging/protocol';
import type { PanelRequestWithoutId } from '@/hooks/use-panel-port';

/** A short list: with more choices than this, the manager types to find the one. */
const maxShown = 8;

/**
 * A fact the page does not show (the owner, the account): the panel says which one, in words, and
 * asks once. The answer is remembered for this record, so the question then gives way to a line
 * saying the answer was the manager's, with a button to change it.
 */
export function PageQuestion({
  fact,
  kind,
  question,
  send,
}: {
  fact: 'owner' | 'account';
  kind: (typeof pageKinds)[number];
  question: PageQuestionView;
  send: (request: PanelRequestWithoutId) => Promise<void>;
}) {
  const [changing, setChanging] = useState(false);
  const [busy, setBusy] = useState(false);
  const [query, setQuery] = useState('');
  const headingId = useId();
  const searchId = useId();
  const kindWord = i18n.t(`panel.ask.kind.${kind}`);

  const matches = useMemo(() => {
    const wanted = query.trim().toLocaleLowerCase();
    return question.candidates
      .filter((candidate) => candidate.name.toLocaleLowerCase().includes(wanted))
      .slice(0, maxShown);
  }, [query, question.candidates]);

  if (question.answered && !changing) {
    return (
      <p className="page-answer panel-muted">
        {fact === 'owner' ? i18n.t('panel.ask.chosenOwner') : i18n.t('panel.ask.chosenAccount')}{' '}
        <button type="button" className="link-button" onClick={() => setChanging(true)}>
          {fact === 'owner' ? i18n.t('panel.ask.changeOwner') : i18n.t('panel.ask.changeAccount')}
        </button>
      </p>
    );
  }

  const choose = (id: string) => {
    setBusy(true);
    send({ type: 'answerPageQuestion', fact, id }).then(
      () => {
        setBusy(false);
        setChanging(false);
      },
      () => setBusy(false),
    );
  };

  return (
    <section className="page-question" aria-labelledby={headingId}>
      <h2 id={headingId} className="panel-subheading">
        {fact === 'owner' ? i18n.t('panel.ask.notFoundOwner') : i18n.t('panel.ask.notFoundAccount')}
      </h2>
      <p>
        {fact === 'owner'
          ? i18n.t('panel.ask.whoOwns', { kind: kindWord })
          : i18n.t('panel.ask.whichAccount', { kind: kindWord })}
      </p>
      {question.candidates.length === 0 ? (
        <p className="panel-muted">{fact === 'owner' ? i18n.t('panel.ask.noReps') : i18n.t('panel.ask.noAccounts')}</p>
      ) : (
        <>
          {question.candidates.length > maxShown && (
            <>
              <label htmlFor={searchId}>{i18n.t('panel.ask.find')}</label>
              <input id={searchId} type="search" value={query} onChange={(event) => setQuery(event.target.value)} />
            </>
          )}
          {matches.length === 0 ? (
            <p className="panel-muted">{i18n.t('panel.ask.noMatches')}</p>
          ) : (
            <ul className="link-candidates">
              {matches.map((candidate) => (
                <li key={candidate.id}>
                  <button type="button" disabled={busy} onClick={() => choose(candidate.id)}>
                    {candidate.name}
                  </button>
                  {candidate.likely && <span className="badge badge-focus">{i18n.t('panel.ask.likely')}</span>}
                </li>
              ))}
            </ul>
          )}
        </>
      )}
      {changing && (
        <button type="button" className="link-button" onClick={() => setChanging(false)}>
          {i18n.t('panel.ask.keepAnswer')}
        </button>
      )}
    </section>
  );
}
