import { useEffect, useMemo, useState } from 'react';
import { i18n } from '#i18n';
import { defaultInsightSettings, teamInsights, type InsightSettings } from '@/utils/insights';
import { readInsightSettings } from '@/utils/settings';
import type { InsightInput } from '@/utils/db/snapshot';
import { todayNudges } from './today';

export interface TodayTabProps {
  /** undefined while loading. */
  input: InsightInput | undefined;
  now: number;
  open(kind: 'rep' | 'account', id: string): void;
}

const dayMs = 86_400_000;

function relativeDays(at: number, now: number, format: Intl.RelativeTimeFormat): string {
  return format.format(Math.round((at - now) / dayMs), 'day');
}

/** The day's nudges: who to observe, which plan reviews are due, which key meetings need preparing. */
export function TodayTab({ input, now, open }: TodayTabProps) {
  // The manager's own targets (cadence…) from the dashboard's Settings decide who is overdue.
  const [settings, setSettings] = useState<InsightSettings>();
  useEffect(() => {
    readInsightSettings().then(setSettings, () => setSettings(defaultInsightSettings));
  }, []);
  const nudges = useMemo(
    () => (input && settings ? todayNudges(teamInsights(input, now, settings)) : undefined),
    [input, now, settings],
  );
  const relative = useMemo(() => new Intl.RelativeTimeFormat(undefined, { numeric: 'auto' }), []);
  const dateTime = useMemo(
    () =>
      new Intl.DateTimeFormat(undefined, {
        weekday: 'short',
        day: 'numeric',
        month: 'short',
        hour: 'numeric',
        minute: '2-digit',
      }),
    [],
  );
  const count = useMemo(() => new Intl.NumberFormat(), []);

  if (!nudges) return <p className="popup-loading">{i18n.t('popup.loading')}</p>;

  const openButton = (kind: 'rep' | 'account', id: string, text: string) => (
    <button type="button" className="nudge" onClick={() => open(kind, id)}>
      <span>{text}</span>
      <span className="visually-hidden"> — {i18n.t('popup.today.open')}</span>
    </button>
  );

  return (
    <div className="today" aria-label={i18n.t('popup.today.label')} role="region">
      <section aria-labelledby="today-overdue">
        <h2 id="today-overdue">{i18n.t('popup.today.overdueHeading')}</h2>
        {nudges.activeReps === 0 ? (
          <p className="empty">{i18n.t('popup.today.noReps')}</p>
        ) : nudges.overdue.length === 0 ? (
          <p className="empty">{i18n.t('popup.today.overdueEmpty')}</p>
        ) : (
          <ul className="nudges">
            {nudges.overdue.map((item) => (
              <li key={item.repId}>
                {openButton(
                  'rep',
                  item.repId,
                  item.daysSince === null
                    ? i18n.t('popup.today.overdueNever', { name: item.name })
                    : i18n.t('popup.today.overdueSince', {
                        name: item.name,
                        ago: relative.format(-item.daysSince, 'day'),
                      }),
                )}
              </li>
            ))}
          </ul>
        )}
      </section>
      <section aria-labelledby="today-reviews">
        <h2 id="today-reviews">{i18n.t('popup.today.reviewsHeading')}</h2>
        {nudges.reviews.length === 0 ? (
          <p className="empty">{i18n.t('popup.today.reviewsEmpty')}</p>
        ) : (
          <ul className="nudges">
            {nudges.reviews.map((item) => (
              <li key={item.planId}>
                {openButton(
                  'rep',
                  item.repId,
                  i18n.t(item.overdue ? 'popup.today.reviewOverdue' : 'popup.today.reviewDue', {
                    name: item.name,
                    skill: item.skillName,
                    when: relativeDays(item.reviewAt, now, relative),
                  }),
                )}
              </li>
            ))}
          </ul>
        )}
      </section>
      <section aria-labelledby="today-meetings">
        <h2 id="today-meetings">{i18n.t('popup.today.meetingsHeading')}</h2>
        {nudges.meetings.length === 0 ? (
          <p className="empty">{i18n.t('popup.today.meetingsEmpty')}</p>
        ) : (
          <ul className="nudges">
            {nudges.meetings.map((item) => (
              <li key={item.accountId}>
                {openButton(
                  'account',
                  item.accountId,
                  i18n.t('popup.today.meeting', {
                    name: item.name,
                    when: dateTime.format(item.meetingAt),
                    count: count.format(item.unansweredCount),
                  }),
                )}
              </li>
            ))}
          </ul>
        )}
      </section>
    </div>
  );
}
