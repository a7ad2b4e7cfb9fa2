import { i18n } from '#i18n';
import type { AccountCard } from '@/utils/messaging/panel-view';

export function AccountView({ account }: { account: AccountCard }) {
  return (
    <section aria-labelledby="coachlens-account-name" className="panel-section">
      <p className="panel-kicker">{i18n.t('panel.account.heading')}</p>
      <h1 id="coachlens-account-name" className="panel-record-name">
        {account.name}
      </h1>
      <p className={`badge badge-${account.importance}`}>{i18n.t(`panel.account.importance.${account.importance}`)}</p>
      <p>
        {account.owner ? i18n.t('panel.account.owner', { name: account.owner.name }) : i18n.t('panel.account.noOwner')}
      </p>
      {account.notes && (
        <>
          <h2 className="panel-subheading">{i18n.t('panel.account.notes')}</h2>
          <p className="panel-notes">{account.notes}</p>
        </>
      )}
    </section>
  );
}
