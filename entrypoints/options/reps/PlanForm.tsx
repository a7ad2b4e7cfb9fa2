import { useState, type FormEvent } from 'react';
import { i18n } from '#i18n';
import { Field } from '@/components/dashboard/Field';
import { getDb } from '@/utils/db/app-db';
import { addPlan } from '@/utils/db/plans';
import { dayMs } from '@/utils/insights/periods';
import type { SkillGap } from '@/utils/insights/gaps';
import { levelNames } from '@/utils/defaults/default-skills';
import type { StarTechnique } from '@/utils/insights/star-techniques';
import { formErrorsOf, type FormErrors } from '@/utils/dashboard/field-errors';
import { TechniqueActions } from './TechniqueActions';
import { fromDateInput, toDateInput } from '@/utils/format/dates';

/** Six weeks: long enough to practise one behaviour, short enough to keep it on the agenda. */
export const defaultReviewDays = 42;

export interface PlanFormProps {
  repId: string;
  gap: SkillGap;
  /** Star techniques on the gap's skill, offered as actions. */
  techniques?: readonly StarTechnique[];
  now: number;
  onDone: (message: string) => void;
  onCancel: () => void;
}

/** Creates a plan item from a suggested focus skill: from the rep's level to the next one. */
export function PlanForm({ repId, gap, techniques = [], now, onDone, onCancel }: PlanFormProps) {
  const [fromLevel, setFromLevel] = useState(gap.currentLevel);
  const [targetLevel, setTargetLevel] = useState(gap.nextLevel);
  const [actions, setActions] = useState('');
  const [support, setSupport] = useState('');
  const [reviewDay, setReviewDay] = useState(toDateInput(now + defaultReviewDays * dayMs));
  const [errors, setErrors] = useState<FormErrors>({ fields: {} });

  async function onSubmit(event: FormEvent) {
    event.preventDefault();
    const reviewAt = fromDateInput(reviewDay);
    if (reviewAt === null) {
      setErrors({ fields: { reviewAt: i18n.t('options.plan.reviewInvalid') } });
      return;
    }
    try {
      await addPlan(getDb(), {
        repId,
        skillId: gap.skillId,
        fromLevel,
        targetLevel,
        actions: actions
          .split('\n')
          .map((line) => line.trim())
          .filter((line) => line !== '')
          .map((text) => ({ text, done: false })),
        support,
        reviewAt,
        status: 'active',
      });
      onDone(i18n.t('options.plan.created', { skill: gap.skillName }));
    } catch (error) {
      setErrors(formErrorsOf(error));
    }
  }

  const levelOptions = levelNames.map((name, index) => (
    <option key={name} value={index + 1}>
      {index + 1} · {name}
    </option>
  ));

  return (
    <form
      className="stacked-form plan-form"
      onSubmit={(event) => void onSubmit(event)}
      aria-labelledby="plan-form-heading"
    >
      <h4 id="plan-form-heading">{i18n.t('options.plan.formHeading', { skill: gap.skillName })}</h4>
      <p className="muted">{i18n.t('options.plan.whatGood', { behaviour: gap.whatGoodLooksLike })}</p>
      <div className="field-row">
        <Field label={i18n.t('options.plan.fromLevel')} error={errors.fields.fromLevel}>
          <select value={fromLevel} onChange={(event) => setFromLevel(Number(event.target.value))}>
            {levelOptions}
          </select>
        </Field>
        <Field label={i18n.t('options.plan.targetLevel')} error={errors.fields.targetLevel}>
          <select value={targetLevel} onChange={(event) => setTargetLevel(Number(event.target.value))}>
            {levelOptions}
          </select>
        </Field>
      </div>
      <Field
        label={i18n.t('options.plan.actions')}
        hint={i18n.t('options.plan.actionsHint')}
        error={errors.fields.actions}
      >
        <textarea rows={3} value={actions} onChange={(event) => setActions(event.target.value)} />
      </Field>
      <TechniqueActions
        techniques={techniques}
        actions={actions.split('\n').map((line) => line.trim())}
        onAdd={(action) => setActions(actions.trim() === '' ? action : `${actions.trimEnd()}\n${action}`)}
      />
      <Field label={i18n.t('options.plan.support')} error={errors.fields.support}>
        <textarea rows={2} value={support} onChange={(event) => setSupport(event.target.value)} />
      </Field>
      <Field label={i18n.t('options.plan.reviewAt')} error={errors.fields.reviewAt}>
        <input type="date" value={reviewDay} onChange={(event) => setReviewDay(event.target.value)} required />
      </Field>
      {errors.form && <p className="form-error">{errors.form}</p>}
      <div className="button-row">
        <button type="submit">{i18n.t('options.plan.save')}</button>
        <button type="button" className="button-secondary" onClick={onCancel}>
          {i18n.t('options.common.cancel')}
        </button>
      </div>
    </form>
  );
}
