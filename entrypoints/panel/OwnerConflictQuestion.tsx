import { useId, useState } from 'react';
import { i18n } from '#i18n';
import { crmLabels } from '@/utils/crm/labels';
import type { OwnerConflict } from '@/utils/messaging/panel-view';
import type { Crm } from '@/utils/schemas/common';
import type { PanelRequestWithoutId } from '@/hooks/use-panel-port';

/**
 * The page shows a rep's name beside another user of this CRM than the one linked to that rep: a
 * namesake, or a page that lies. Nothing is linked and no coaching is shown until the manager says
 * it is them.
 */
export function OwnerConflictQuestion({
  crm,
  conflict,
  send,
}: {
  crm: Crm;
  conflict: OwnerConflict;
  send: (request: PanelRequestWithoutId) => Promise<void>;
}) {
  const [busy, setBusy] = useState(false);
  const headingId = useId();
  const words = { name: conflict.repName, crm: crmLabels[crm] };
  return (
    <section className="page-question" aria-labelledby={headingId}>
      <h2 id={headingId} className="panel-subheading">
        {i18n.t('panel.conflict.heading', { name: conflict.repName })}
      </h2>
      <p>{i18n.t('panel.conflict.explain', words)}</p>
      <button
        type="button"
        disabled={busy}
        onClick={() => {
          setBusy(true);
          send({ type: 'confirmOwnerCrmUser', repId: conflict.repId }).catch(() => setBusy(false));
        }}
      >
        {i18n.t('panel.conflict.confirm', words)}
      </button>
      <p className="panel-muted">{i18n.t('panel.conflict.otherwise')}</p>
    </section>
  );
}
