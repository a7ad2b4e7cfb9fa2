import { i18n } from '#i18n';
import type { ObservationView } from '@/utils/insights';
import type { ObservationContext } from '@/utils/schemas/observation';
import { formatDate } from '@/utils/format/dates';

/** Browser message keys allow only [A-Za-z0-9_], so the dashed context ids map to camelCase keys. */
const contextKeys = {
  'joint-call': 'jointCall',
  meeting: 'meeting',
  'ride-along': 'rideAlong',
  'call-review': 'callReview',
  'deal-review': 'dealReview',
  other: 'other',
} as const satisfies Record<ObservationContext, string>;

/** The latest observations: when, where, which skills at what level, and what was seen. */
export function RecentObservations({
  observations,
  emptyText,
  show,
}: {
  observations: readonly ObservationView[];
  emptyText: string;
  /** The other side of the observation: the account on a rep page, the rep on an account page. */
  show: 'account' | 'rep';
}) {
  if (observations.length === 0) return <p className="panel-muted">{emptyText}</p>;
  return (
    <ul className="observation-list">
      {observations.map((observation) => {
        const other = show === 'account' ? observation.accountName : observation.repName;
        return (
          <li key={observation.id}>
            <p className="observation-meta">
              <time dateTime={new Date(observation.observedAt).toISOString()}>
                {formatDate(observation.observedAt)}
              </time>
              {' · '}
              {i18n.t(`panel.contexts.${contextKeys[observation.context]}`)}
              {other && ` · ${other}`}
            </p>
            {observation.ratings.length > 0 && (
              <p className="observation-ratings">
                {observation.ratings.map((rating) => `${rating.skillName} ${rating.score}`).join(' · ')}
              </p>
            )}
            {observation.saw && <p className="observation-saw">{observation.saw}</p>}
          </li>
        );
      })}
    </ul>
  );
}
