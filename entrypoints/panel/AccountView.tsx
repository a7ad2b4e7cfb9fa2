import { i18n } from '#i18n';
import type { AccountInsight } from '@/utils/insights';
import { formatDate } from '@/utils/format/dates';
import { MeetingDate } from './MeetingDate';
import { RecentObservations } from './RecentObservations';
import { StrategyPrompts } from './StrategyPrompts';
import type { PanelRequestWithoutId } from '@/hooks/use-panel-port';

type Send = (request: PanelRequestWithoutId) => Promise<void>;

/** A linked account: who owns it, and the strategy prompts to work through before the next meeting. */
export function AccountView({
  insight,
  notes,
  send,
  compact = false,
}: {
  insight: AccountInsight;
  notes?: string;
  send: Send;
  compact?: boolean;
}) {
  const { account, owner } = insight;
  const headingId = `coachlens-account-${account.id}`;
  return (
    <section aria-labelledby={headingId} className="panel-section">
      <p className="panel-kicker">{i18n.t('panel.account.heading')}</p>
      {compact ? (
        <h2 id={headingId} className="panel-record-name">
          {account.name}
        </h2>
      ) : (
        <h1 id={headingId} className="panel-record-name">
          {account.name}
        </h1>
      )}
      <p>
        <span className={`badge badge-${account.importance}`}>
          {i18n.t(`panel.account.importance.${account.importance}`)}
        </span>
      </p>
      {owner ? (
        <p>
          {i18n.t('panel.account.owner', { name: owner.name })}
          {owner.topFocus && (
            <>
              {' · '}
              {i18n.t('panel.account.ownerFocus', { skill: owner.topFocus.skillName })}
            </>
          )}
        </p>
      ) : (
        <p className="panel-muted">{i18n.t('panel.account.noOwner')}</p>
      )}
      {notes && (
        <>
          <h2 className="panel-subheading">{i18n.t('panel.account.notes')}</h2>
          <p className="panel-notes">{notes}</p>
        </>
      )}
      <MeetingDate accountId={account.id} nextMeetingAt={insight.nextMeetingAt} send={send} />
      <p className="panel-muted">
        {insight.lastStrategyUpdateAt
          ? i18n.t('panel.account.lastSession', { date: formatDate(insight.lastStrategyUpdateAt) })
          : i18n.t('panel.account.noSession')}
      </p>
      <StrategyPrompts
        key={account.id}
        accountId={account.id}
        prompts={insight.prompts}
        unansweredCount={insight.unansweredPromptIds.length}
        send={send}
      />
      {!compact && (
        <>
          <h2 className="panel-subheading">{i18n.t('panel.account.observationsHeading')}</h2>
          <RecentObservations
            observations={insight.observations}
            emptyText={i18n.t('panel.account.observationsEmpty')}
            show="rep"
          />
        </>
      )}
    </section>
  );
}
