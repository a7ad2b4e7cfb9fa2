import { useState } from 'react';
import { i18n } from '#i18n';
import type { AccountInsight } from '@/utils/insights';
import type { OwnerConflict } from '@/utils/messaging/panel-view';
import type { Crm } from '@/utils/schemas/common';
import { formatDate } from '@/utils/format/dates';
import { MeetingDate } from './MeetingDate';
import { OwnerConflictQuestion } from './OwnerConflictQuestion';
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
  pageOwner,
}: {
  insight: AccountInsight;
  notes?: string;
  send: Send;
  compact?: boolean;
  /** What the account page shows about its owner, when the account has no owner rep yet. */
  pageOwner?: { crm: Crm; proposed?: { repId: string; name: string }; conflict?: OwnerConflict };
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
              {i18n.t(owner.topFocus.source === 'plan' ? 'panel.account.ownerFocus' : 'panel.account.ownerSuggested', {
                skill: owner.topFocus.skillName,
              })}
            </>
          )}
        </p>
      ) : pageOwner?.proposed ? (
        <ProposedOwner accountId={account.id} proposed={pageOwner.proposed} send={send} />
      ) : pageOwner?.conflict ? (
        <OwnerConflictQuestion crm={pageOwner.crm} conflict={pageOwner.conflict} send={send} />
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

/** The owner the page shows is one of the reps: one click makes them the account's owner rep. */
function ProposedOwner({
  accountId,
  proposed,
  send,
}: {
  accountId: string;
  proposed: { repId: string; name: string };
  send: Send;
}) {
  const [busy, setBusy] = useState(false);
  return (
    <p className="proposed-owner">
      {i18n.t('panel.account.proposedOwner', { name: proposed.name })}{' '}
      <button
        type="button"
        disabled={busy}
        onClick={() => {
          setBusy(true);
          send({ type: 'setAccountOwnerFromPage', accountId, repId: proposed.repId }).catch(() => setBusy(false));
        }}
      >
        {i18n.t('panel.account.takeProposedOwner', { name: proposed.name })}
      </button>
    </p>
  );
}
