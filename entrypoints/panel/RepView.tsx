import { i18n } from '#i18n';
import type { RepCard } from '@/utils/messaging/panel-view';

export function RepView({ rep }: { rep: RepCard }) {
  return (
    <section aria-labelledby="coachlens-rep-name" className="panel-section">
      <p className="panel-kicker">{i18n.t('panel.rep.heading')}</p>
      <h1 id="coachlens-rep-name" className="panel-record-name">
        {rep.name}
      </h1>
      <p className={`badge badge-${rep.tier}`}>{i18n.t(`panel.rep.tier.${rep.tier}`)}</p>
    </section>
  );
}
