import { useCallback, useEffect, useId, useMemo, useRef, useState, type FormEvent } from 'react';
import { i18n } from '#i18n';
import { Combobox, type ComboboxValue } from '@/components/combobox/Combobox';
import { RatingPicker, type Level } from '@/components/rating/RatingPicker';
import type { CoachLensDb } from '@/utils/db/app-db';
import { toDomainError, ValidationError } from '@/utils/db/errors';
import { maxNoteLength } from '@/utils/schemas/observation';
import { observationContexts, type Account, type ObservationContext, type Rep, type Skill } from '@/utils/schemas';
import { emptyDraft, fieldOfIssue, validateDraft, type Draft, type DraftErrors, type DraftField } from './draft';
import { repDetail } from '@/utils/records/rep-names';
import type { Prefill } from './prefill';
import { saveDraft, undoSave, type SavedObservation } from './save';

export interface ObservationFormProps {
  db: CoachLensDb;
  skills: readonly Skill[];
  reps: readonly Rep[];
  accounts: readonly Account[];
  prefill: Prefill;
  /** Selected text sent from the page's context menu, for "what I saw". */
  note?: string;
  /** Ctrl/Cmd+Enter saves only while the form is the visible tab. */
  active: boolean;
  now?: () => number;
}

type Status =
  | { kind: 'saved'; saved: SavedObservation; draft: Draft }
  | { kind: 'undone' }
  | { kind: 'error'; text: string }
  | null;

const contextKeys = {
  'joint-call': 'popup.contexts.jointCall',
  meeting: 'popup.contexts.meeting',
  'ride-along': 'popup.contexts.rideAlong',
  'call-review': 'popup.contexts.callReview',
  'deal-review': 'popup.contexts.dealReview',
  other: 'popup.contexts.other',
} as const satisfies Record<ObservationContext, string>;

function levelNames() {
  return [
    i18n.t('popup.levels.level1'),
    i18n.t('popup.levels.level2'),
    i18n.t('popup.levels.level3'),
    i18n.t('popup.levels.level4'),
  ] as const;
}

const errorText = (key: NonNullable<DraftErrors[DraftField]>) => i18n.t(`popup.errors.${key}`);

/** The quick log: everything optional but the rep and one rating or note; Ctrl/Cmd+Enter saves. */
export function ObservationForm({
  db,
  skills,
  reps,
  accounts,
  prefill,
  note = '',
  active,
  now = Date.now,
}: ObservationFormProps) {
  const ids = {
    form: useId(),
    context: useId(),
    when: useId(),
    duration: useId(),
    durationHint: useId(),
    ratingsError: useId(),
    saw: useId(),
    keep: useId(),
    start: useId(),
    stop: useId(),
    shared: useId(),
    rep: useId(),
    account: useId(),
    whenError: useId(),
    durationError: useId(),
  };
  const [draft, setDraftState] = useState<Draft>(() => emptyDraft(now(), { ...prefill, saw: note }));
  const draftRef = useRef(draft);
  const setDraft = useCallback((update: (current: Draft) => Draft) => {
    draftRef.current = update(draftRef.current);
    setDraftState(draftRef.current);
  }, []);
  const [errors, setErrors] = useState<DraftErrors>({});
  const [status, setStatus] = useState<Status>(null);
  const [saving, setSaving] = useState(false);
  const [moreOpen, setMoreOpen] = useState(false);
  const formRef = useRef<HTMLFormElement>(null);
  const savingRef = useRef(false);

  // Email or team beside each name, so two reps of one name can be told apart.
  const repOptions = useMemo(
    () => reps.filter((rep) => rep.active).map((rep) => ({ id: rep.id, name: rep.name, detail: repDetail(rep) })),
    [reps],
  );
  const ratedSkills = useMemo(
    () => skills.map((skill) => ({ id: skill.id, name: skill.name, levels: skill.levels })),
    [skills],
  );

  const focusField = useCallback(
    (field: DraftField | 'firstRating') => {
      const form = formRef.current;
      if (!form) return;
      const target =
        field === 'rep'
          ? document.getElementById(ids.rep)
          : field === 'when'
            ? document.getElementById(ids.when)
            : field === 'durationMin'
              ? document.getElementById(ids.duration)
              : form.querySelector<HTMLInputElement>('.cl-rating-row input:checked');
      target?.focus();
    },
    [ids.rep, ids.when, ids.duration],
  );

  // First focus, once, if the form appears on the active tab: the ratings when the rep is known,
  // otherwise the rep. Later focus follows the user (switching tabs leaves it on the tab).
  const focusOnAppear = useRef(active);
  useEffect(() => {
    if (!focusOnAppear.current) return;
    focusOnAppear.current = false;
    focusField(draftRef.current.rep ? 'firstRating' : 'rep');
  }, [focusField]);

  const save = useCallback(async () => {
    if (savingRef.current) return;
    // A name typed in a type-ahead is committed when the field loses focus.
    const focused = document.activeElement;
    if (focused instanceof HTMLInputElement && focused.getAttribute('role') === 'combobox') focused.blur();
    const current = draftRef.current;
    const found = validateDraft(current, now());
    setErrors(found);
    const firstInvalid = (['rep', 'ratings', 'when', 'durationMin'] as const).find((field) => found[field]);
    if (firstInvalid) {
      setStatus({ kind: 'error', text: i18n.t('popup.errors.fixFields') });
      focusField(firstInvalid === 'ratings' ? 'firstRating' : firstInvalid);
      return;
    }
    savingRef.current = true;
    setSaving(true);
    try {
      const saved = await saveDraft(db, current);
      setStatus({ kind: 'saved', saved, draft: current });
      setDraft(() => emptyDraft(now(), { rep: saved.rep, account: saved.account }));
      setMoreOpen(false);
      focusField('firstRating');
    } catch (error) {
      const domainError = toDomainError(error, 'Observation not saved');
      if (domainError instanceof ValidationError) {
        const fieldErrors: DraftErrors = {};
        for (const issue of domainError.issues) {
          const field = fieldOfIssue(issue.field);
          if (field === 'ratings') fieldErrors.ratings = 'ratingOrNote';
          if (field === 'durationMin') fieldErrors.durationMin = 'durationInvalid';
          if (field === 'when') fieldErrors.when = 'whenInvalid';
        }
        setErrors(fieldErrors);
      }
      setStatus({ kind: 'error', text: i18n.t('popup.form.saveFailed', { message: domainError.message }) });
    } finally {
      savingRef.current = false;
      setSaving(false);
    }
  }, [db, now, focusField, setDraft]);

  const undo = useCallback(async () => {
    if (status?.kind !== 'saved') return;
    try {
      await undoSave(db, status.saved);
      setDraft(() => status.draft);
      setMoreOpen([status.draft.keep, status.draft.start, status.draft.stop].some((text) => text !== ''));
      setStatus({ kind: 'undone' });
      focusField('firstRating');
    } catch (error) {
      const message = toDomainError(error, 'Observation not deleted').message;
      setStatus({ kind: 'error', text: i18n.t('popup.form.undoFailed', { message }) });
    }
  }, [db, status, setDraft, focusField]);

  // Ctrl/Cmd+Enter saves from anywhere in the popup.
  useEffect(() => {
    if (!active) return;
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.key === 'Enter' && (event.ctrlKey || event.metaKey) && !event.isComposing) {
        event.preventDefault();
        void save();
      }
    };
    document.addEventListener('keydown', onKeyDown);
    return () => document.removeEventListener('keydown', onKeyDown);
  }, [active, save]);

  function update<K extends keyof Draft>(key: K, value: Draft[K]) {
    setDraft((current) => ({ ...current, [key]: value }));
    if (status?.kind === 'error' || status?.kind === 'undone') setStatus(null);
  }

  function clearError(field: DraftField) {
    if (errors[field]) setErrors((current) => ({ ...current, [field]: undefined }));
  }

  const fromPage = (value: ComboboxValue | null, page: Prefill['rep']) =>
    value?.kind === 'existing' && page?.kind === 'existing' && value.id === page.id
      ? i18n.t('popup.form.fromPage')
      : undefined;

  const textArea = (key: 'keep' | 'start' | 'stop', id: string) => (
    <>
      <label htmlFor={id}>{i18n.t(`popup.form.${key}`)}</label>
      <textarea
        id={id}
        rows={2}
        maxLength={maxNoteLength}
        value={draft[key]}
        onChange={(event) => {
          update(key, event.target.value);
          clearError('ratings');
        }}
      />
    </>
  );

  return (
    <form
      ref={formRef}
      id={ids.form}
      className="observation-form"
      aria-label={i18n.t('popup.form.label')}
      noValidate
      onSubmit={(event: FormEvent) => {
        event.preventDefault();
        void save();
      }}
    >
      <div className="form-row">
        <Combobox
          id={ids.rep}
          label={i18n.t('popup.form.rep')}
          options={repOptions}
          firstId={prefill.rep?.kind === 'existing' ? prefill.rep.id : undefined}
          value={draft.rep}
          onChange={(value) => {
            update('rep', value);
            clearError('rep');
          }}
          createLabel={(name) => i18n.t('popup.form.createOption', { name })}
          newHint={i18n.t('popup.form.newRep')}
          hint={fromPage(draft.rep, prefill.rep)}
          noMatches={i18n.t('popup.form.noMatches')}
          error={errors.rep && errorText(errors.rep)}
        />
        <Combobox
          id={ids.account}
          label={i18n.t('popup.form.account')}
          options={accounts}
          value={draft.account}
          onChange={(value) => update('account', value)}
          createLabel={(name) => i18n.t('popup.form.createOption', { name })}
          newHint={i18n.t('popup.form.newAccount')}
          hint={fromPage(draft.account, prefill.account)}
          noMatches={i18n.t('popup.form.noMatches')}
        />
      </div>

      <fieldset className="ratings-fieldset">
        <legend>{i18n.t('popup.form.ratings')}</legend>
        <p className="cl-field-hint">{i18n.t('popup.form.ratingsHint')}</p>
        <RatingPicker
          skills={ratedSkills}
          value={draft.ratings}
          onChange={(skillId, level) => {
            setDraft((current) => {
              const ratings: Record<string, Level> = { ...current.ratings };
              if (level === null) delete ratings[skillId];
              else ratings[skillId] = level;
              return { ...current, ratings };
            });
            clearError('ratings');
          }}
          levelNames={levelNames()}
          notObserved={i18n.t('popup.form.notObserved')}
          notObservedShort={i18n.t('popup.form.notObservedShort')}
          anchorPrompt={i18n.t('popup.form.anchorPrompt')}
          formatAnchor={(skill, level, levelName, anchor) =>
            i18n.t('popup.form.anchor', { skill, level: String(level), levelName, anchor })
          }
          describedBy={errors.ratings ? ids.ratingsError : undefined}
        />
        {errors.ratings && (
          <p id={ids.ratingsError} className="cl-field-error">
            {errorText(errors.ratings)}
          </p>
        )}
      </fieldset>

      <label htmlFor={ids.saw}>{i18n.t('popup.form.saw')}</label>
      <textarea
        id={ids.saw}
        rows={3}
        maxLength={maxNoteLength}
        value={draft.saw}
        aria-describedby={errors.ratings ? ids.ratingsError : undefined}
        onChange={(event) => {
          update('saw', event.target.value);
          clearError('ratings');
        }}
      />

      <details className="more-notes" open={moreOpen} onToggle={(event) => setMoreOpen(event.currentTarget.open)}>
        <summary>{i18n.t('popup.form.moreNotes')}</summary>
        {textArea('keep', ids.keep)}
        {textArea('start', ids.start)}
        {textArea('stop', ids.stop)}
      </details>

      <div className="form-row form-row-3">
        <div>
          <label htmlFor={ids.context}>{i18n.t('popup.form.context')}</label>
          <select
            id={ids.context}
            value={draft.context}
            onChange={(event) => update('context', event.target.value as ObservationContext)}
          >
            {observationContexts.map((context) => (
              <option key={context} value={context}>
                {i18n.t(contextKeys[context])}
              </option>
            ))}
          </select>
        </div>
        <div>
          <label htmlFor={ids.when}>{i18n.t('popup.form.when')}</label>
          <input
            id={ids.when}
            type="datetime-local"
            value={draft.when}
            aria-invalid={errors.when ? true : undefined}
            aria-describedby={errors.when ? ids.whenError : undefined}
            onChange={(event) => {
              update('when', event.target.value);
              clearError('when');
            }}
          />
        </div>
        <div>
          <label htmlFor={ids.duration}>{i18n.t('popup.form.duration')}</label>
          <input
            id={ids.duration}
            type="number"
            inputMode="numeric"
            min={1}
            max={1440}
            step={1}
            value={draft.durationMin}
            aria-invalid={errors.durationMin ? true : undefined}
            aria-describedby={[errors.durationMin ? ids.durationError : '', ids.durationHint].join(' ').trim()}
            onChange={(event) => {
              update('durationMin', event.target.value);
              clearError('durationMin');
            }}
          />
        </div>
      </div>
      {errors.when && (
        <p id={ids.whenError} className="cl-field-error">
          {errorText(errors.when)}
        </p>
      )}
      {errors.durationMin && (
        <p id={ids.durationError} className="cl-field-error">
          {errorText(errors.durationMin)}
        </p>
      )}
      <p id={ids.durationHint} className="cl-field-hint">
        {i18n.t('popup.form.durationHint')}
      </p>

      <label className="checkbox-label" htmlFor={ids.shared}>
        <input
          id={ids.shared}
          type="checkbox"
          checked={draft.sharedWithRep}
          onChange={(event) => update('sharedWithRep', event.target.checked)}
        />
        {i18n.t('popup.form.shared')}
      </label>

      <div className="form-footer">
        <button type="submit" disabled={saving} aria-describedby={`${ids.form}-save-hint`}>
          {saving ? i18n.t('popup.form.saving') : i18n.t('popup.form.save')}
        </button>
        <div role="status" className={status?.kind === 'error' ? 'form-status is-error' : 'form-status'}>
          {status?.kind === 'saved' && (
            <>
              <span>{i18n.t('popup.form.saved', { name: status.saved.rep.name })}</span>{' '}
              <button type="button" className="link-button" onClick={() => void undo()}>
                {i18n.t('popup.form.undo')}
              </button>
            </>
          )}
          {status?.kind === 'undone' && i18n.t('popup.form.undone')}
          {status?.kind === 'error' && status.text}
        </div>
        <p id={`${ids.form}-save-hint`} className="visually-hidden">
          {i18n.t('popup.form.saveHint')}
        </p>
      </div>
    </form>
  );
}
