import { i18n } from '#i18n';
import type { Tier } from '@/utils/schemas/rep';
import type { Activity } from '@/utils/schemas/time-entry';
import type { ObservationContext } from '@/utils/schemas/observation';

/** Enum values to words, through i18n; functions so the message is read when shown, not at import. */
export const activityLabel: Record<Activity, () => string> = {
  observing: () => i18n.t('options.time.activities.observing'),
  coaching: () => i18n.t('options.time.activities.coaching'),
  'account-strategy': () => i18n.t('options.time.activities.accountStrategy'),
  selling: () => i18n.t('options.time.activities.selling'),
  'internal-meetings': () => i18n.t('options.time.activities.internalMeetings'),
  admin: () => i18n.t('options.time.activities.admin'),
};

export const contextLabel: Record<ObservationContext, () => string> = {
  'joint-call': () => i18n.t('options.observations.contexts.jointCall'),
  meeting: () => i18n.t('options.observations.contexts.meeting'),
  'ride-along': () => i18n.t('options.observations.contexts.rideAlong'),
  'call-review': () => i18n.t('options.observations.contexts.callReview'),
  'deal-review': () => i18n.t('options.observations.contexts.dealReview'),
  other: () => i18n.t('options.observations.contexts.other'),
};

export type NoteField = 'saw' | 'keep' | 'start' | 'stop';

export const noteLabel: Record<NoteField, () => string> = {
  saw: () => i18n.t('options.observations.fields.saw'),
  keep: () => i18n.t('options.observations.fields.keep'),
  start: () => i18n.t('options.observations.fields.start'),
  stop: () => i18n.t('options.observations.fields.stop'),
};

export function tierLabel(tier: Tier): string {
  return i18n.t(`panel.rep.tier.${tier}`);
}
