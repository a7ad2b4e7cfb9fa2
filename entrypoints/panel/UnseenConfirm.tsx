import { useEffect, useRef, useState } from 'react';
import { i18n } from '#i18n';

/** The save button answers only after this long, so the second click of a double click cannot land on it. */
const armDelayMs = 1_000;

/**
 * Asked before a write when the CRM page may be hiding the panel (hooks/use-seen-writes.ts). It opens at
 * the top of the panel, away from the control that asked, with "Don't save" focused.
 */
export function UnseenConfirm({ onAnswer }: { onAnswer: (save: boolean) => void }) {
  const [armed, setArmed] = useState(false);
  const cancel = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    cancel.current?.focus();
    const timer = setTimeout(() => setArmed(true), armDelayMs);
    return () => clearTimeout(timer);
  }, []);
  return (
    <div role="alertdialog" aria-labelledby="coachlens-unseen-question" className="panel-error">
      <p id="coachlens-unseen-question">{i18n.t('panel.unseen.question')}</p>
      <div className="button-row">
        <button type="button" disabled={!armed} onClick={() => onAnswer(true)}>
          {i18n.t('panel.unseen.save')}
        </button>
        <button type="button" ref={cancel} onClick={() => onAnswer(false)}>
          {i18n.t('panel.unseen.cancel')}
        </button>
      </div>
    </div>
  );
}
