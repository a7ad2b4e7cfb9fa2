import { useEffect, useLayoutEffect, useRef, useState } from 'react';
import { i18n } from '#i18n';
import { Field } from '@/components/dashboard/Field';
import { updateAccount } from '@/utils/db/accounts';
import { getDb } from '@/utils/db/app-db';
import { addStrategy, saveStrategyAnswers, updateStrategy } from '@/utils/db/strategies';
import { accountPromptGroups } from '@/utils/defaults/account-prompts';
import { techniquesHint } from '@/components/insights/skill-words';
import { accountInsightFrom } from '@/utils/insights/account-insight';
import type { Importance } from '@/utils/schemas/account';
import { SectionHeading } from '../SectionHeading';
import type { Dashboard } from '@/hooks/use-dashboard';
import { formErrorsOf } from '@/utils/dashboard/field-errors';
import { formatDate, fromDateInput, toDateInput } from '@/utils/format/dates';
import { hrefOf } from '@/utils/dashboard/route';
import { byName, repLabel } from '@/utils/records/rep-names';

/** As in the panel: a pause in typing this long saves. */
const typingSaveDelayMs = 800;

interface Unsaved {
  accountId: string;
  answers: Record<string, string>;
}

export function AccountPage({ data, accountId }: { data: Dashboard; accountId: string }) {
  const { team, input } = data;
  const insight = accountInsightFrom(team, accountId);
  const account = team.accountsById.get(accountId);
  const sessions = [...(team.strategiesByAccount.get(accountId) ?? [])].sort((a, b) => b.updatedAt - a.updatedAt);
  const latest = sessions[0];
  const [answers, setAnswers] = useState<Record<string, string>>({});
  const [meetingDay, setMeetingDay] = useState('');
  const [status, setStatus] = useState('');
  const [error, setError] = useState('');

  /**
   * Answers typed here and not saved yet, with the account they belong to. Saves read and clear the
   * ref at once, so nothing is sent twice; the state holds the same, for the form to render from.
   */
  const unsaved = useRef<Unsaved>({ accountId, answers: {} });
  const [unsavedShown, setUnsavedShown] = useState<Unsaved>({ accountId, answers: {} });
  const setUnsaved = (next: Unsaved) => {
    unsaved.current = next;
    setUnsavedShown(next);
  };
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);

  // Start from the saved answers each time another account opens or another page saves them,
  // keeping what is typed here and not saved yet: the form is reset while rendering, when the saved
  // session it started from is no longer the latest.
  const latestKey = `${accountId}|${latest ? `${latest.id}:${latest.updatedAt}` : 'none'}`;
  const [formKey, setFormKey] = useState<string>();
  if (formKey !== latestKey) {
    setFormKey(latestKey);
    const typed = unsavedShown.accountId === accountId ? unsavedShown.answers : {};
    setAnswers({ ...(latest?.answers ?? {}), ...typed });
    setMeetingDay(latest?.meetingAt === undefined ? '' : toDateInput(latest.meetingAt));
  }

  /** Answers are saved as the manager types, like the panel's: nothing typed is lost on leaving. */
  async function saveTyped(): Promise<void> {
    clearTimeout(timer.current);
    timer.current = undefined;
    const { accountId: target, answers: typed } = unsaved.current;
    if (Object.keys(typed).length === 0) return;
    setUnsaved({ accountId: target, answers: {} });
    try {
      await saveStrategyAnswers(getDb(), target, typed);
      setError('');
      setStatus(i18n.t('options.account.saved'));
    } catch (caught) {
      // Kept for the next keystroke, blur or save to retry.
      if (unsaved.current.accountId === target) {
        setUnsaved({ accountId: target, answers: { ...typed, ...unsaved.current.answers } });
      }
      setError(formErrorsOf(caught).form ?? '');
    }
  }
  // Timers and the leaving cleanup call the latest `saveTyped`, swapped in as each render commits.
  const saveTypedRef = useRef(saveTyped);
  useLayoutEffect(() => {
    saveTypedRef.current = saveTyped;
  });

  // Leaving the account (another section, another account) saves what is pending; closing the tab
  // with a save pending asks first.
  useEffect(() => {
    const onBeforeUnload = (event: BeforeUnloadEvent) => {
      if (Object.keys(unsaved.current.answers).length > 0) event.preventDefault();
    };
    window.addEventListener('beforeunload', onBeforeUnload);
    return () => {
      window.removeEventListener('beforeunload', onBeforeUnload);
      void saveTypedRef.current();
    };
  }, [accountId]);

  function onAnswer(promptId: string, value: string) {
    setAnswers((current) => ({ ...current, [promptId]: value }));
    const pending = unsaved.current.accountId === accountId ? unsaved.current.answers : {};
    setUnsaved({ accountId, answers: { ...pending, [promptId]: value } });
    setStatus(i18n.t('options.account.saving'));
    clearTimeout(timer.current);
    timer.current = setTimeout(() => void saveTypedRef.current(), typingSaveDelayMs);
  }

  if (!insight || !account) {
    return (
      <section aria-labelledby="account-heading" className="dashboard-section">
        <SectionHeading id="account-heading">{i18n.t('options.account.notFound')}</SectionHeading>
        <p>
          <a href="#accounts">{i18n.t('options.account.back')}</a>
        </p>
      </section>
    );
  }

  async function save() {
    clearTimeout(timer.current);
    setUnsaved({ accountId, answers: {} });
    try {
      const meetingAt = fromDateInput(meetingDay);
      const saved = await saveStrategyAnswers(getDb(), accountId, answers);
      await updateStrategy(getDb(), saved.id, { meetingAt: meetingAt ?? null, repId: account?.ownerRepId ?? null });
      setError('');
      setStatus(i18n.t('options.account.saved'));
    } catch (caught) {
      setError(formErrorsOf(caught).form ?? '');
    }
  }

  async function newSession() {
    try {
      await addStrategy(getDb(), { accountId, ...(account?.ownerRepId ? { repId: account.ownerRepId } : {}) });
      setStatus(i18n.t('options.account.newSessionStarted'));
    } catch (caught) {
      setError(formErrorsOf(caught).form ?? '');
    }
  }

  return (
    <section aria-labelledby="account-heading" className="dashboard-section">
      <p>
        <a href="#accounts">{i18n.t('options.account.back')}</a>
      </p>
      <SectionHeading id="account-heading">{insight.account.name}</SectionHeading>
      <div className="field-row">
        <Field label={i18n.t('options.accounts.importance')}>
          <select
            value={account.importance}
            onChange={(event) =>
              void updateAccount(getDb(), accountId, { importance: event.target.value as Importance }).then(() =>
                setStatus(i18n.t('options.account.detailsSaved')),
              )
            }
          >
            <option value="key">{i18n.t('panel.account.importance.key')}</option>
            <option value="standard">{i18n.t('panel.account.importance.standard')}</option>
          </select>
        </Field>
        <Field label={i18n.t('options.accounts.owner')}>
          <select
            value={account.ownerRepId ?? ''}
            onChange={(event) =>
              void updateAccount(getDb(), accountId, { ownerRepId: event.target.value || null }).then(() =>
                setStatus(i18n.t('options.account.detailsSaved')),
              )
            }
          >
            <option value="">{i18n.t('options.accounts.noOwner')}</option>
            {byName(input.reps.filter((rep) => rep.active)).map((rep) => (
              <option key={rep.id} value={rep.id}>
                {repLabel(rep)}
              </option>
            ))}
          </select>
        </Field>
      </div>
      {insight.owner?.topFocus && (
        <p>
          {i18n.t(
            insight.owner.topFocus.source === 'plan' ? 'options.account.ownerFocus' : 'options.account.ownerSuggested',
            { name: insight.owner.name, skill: insight.owner.topFocus.skillName },
          )}{' '}
          <a href={hrefOf({ name: 'rep', id: insight.owner.repId })}>{i18n.t('options.account.openRep')}</a>
        </p>
      )}
      {account.notes && (
        <p>
          <strong>{i18n.t('options.accounts.notes')}:</strong> {account.notes}
        </p>
      )}
      <h3>{i18n.t('options.account.strategyHeading')}</h3>
      <p className="muted">
        {i18n.t('options.account.strategyIntro', {
          open: String(insight.unansweredPromptIds.length),
          total: String(insight.prompts.length),
        })}
        {insight.lastStrategyUpdateAt !== null &&
          ` ${i18n.t('options.account.lastUpdated', { date: formatDate(insight.lastStrategyUpdateAt) })}`}
      </p>
      <form
        className="stacked-form"
        onSubmit={(event) => {
          event.preventDefault();
          void save();
        }}
      >
        <Field label={i18n.t('options.account.meeting')}>
          <input type="date" value={meetingDay} onChange={(event) => setMeetingDay(event.target.value)} />
        </Field>
        {accountPromptGroups.map((group) => (
          <fieldset key={group.id} className="prompt-group">
            <legend>{group.title}</legend>
            {insight.prompts
              .filter((prompt) => prompt.group === group.id)
              .map((prompt) => (
                <Field key={prompt.id} label={prompt.text} hint={techniquesHint(prompt.techniques) ?? undefined}>
                  <textarea
                    rows={2}
                    value={answers[prompt.id] ?? ''}
                    onChange={(event) => onAnswer(prompt.id, event.target.value)}
                    onBlur={() => void saveTyped()}
                  />
                </Field>
              ))}
          </fieldset>
        ))}
        <div className="button-row">
          <button type="submit">{i18n.t('options.account.save')}</button>
          <button type="button" className="button-secondary" onClick={() => void newSession()}>
            {i18n.t('options.account.newSession')}
          </button>
        </div>
        <p role="status" className={error ? 'form-error' : 'form-ok'}>
          {error || status}
        </p>
      </form>
      {sessions.length > 1 && (
        <details>
          <summary>{i18n.t('options.account.sessions', { count: String(sessions.length) })}</summary>
          <ul className="compact-list">
            {sessions.map((session) => (
              <li key={session.id}>
                {formatDate(session.updatedAt)}
                {session.meetingAt !== undefined &&
                  ` · ${i18n.t('options.account.meetingOn', { date: formatDate(session.meetingAt) })}`}
                {` · ${i18n.t('options.account.answered', { count: String(Object.keys(session.answers).length) })}`}
              </li>
            ))}
          </ul>
        </details>
      )}
      <h3>{i18n.t('options.account.observationsHeading')}</h3>
      {insight.observations.length === 0 ? (
        <p className="empty-state">{i18n.t('options.account.noObservations')}</p>
      ) : (
        <ul className="compact-list">
          {insight.observations.map((obs) => (
            <li key={obs.id}>
              {formatDate(obs.observedAt)} · {obs.repName ?? '—'}
              {obs.saw && <> · {obs.saw}</>}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
