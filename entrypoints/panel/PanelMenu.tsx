import { useEffect, useId, useRef, useState } from 'react';
import { i18n } from '#i18n';

/**
 * The panel's menu: a button that shows a short list of actions under it (a disclosure, so it works
 * with Tab, Enter and Escape like any button). Escape, choosing an item or leaving it closes it.
 */
export function PanelMenu({ onPageReading }: { onPageReading: () => void }) {
  const [open, setOpen] = useState(false);
  const listId = useId();
  const buttonRef = useRef<HTMLButtonElement>(null);
  const firstItemRef = useRef<HTMLButtonElement>(null);

  useEffect(() => {
    if (open) firstItemRef.current?.focus();
  }, [open]);

  return (
    <div
      className="panel-menu"
      // Focus leaving the menu (a click or Tab elsewhere) closes it, as Escape does.
      onBlur={(event) => {
        if (!event.currentTarget.contains(event.relatedTarget)) setOpen(false);
      }}
      onKeyDown={(event) => {
        if (event.key === 'Escape' && open) {
          setOpen(false);
          buttonRef.current?.focus();
        }
      }}
    >
      <button
        type="button"
        ref={buttonRef}
        className="icon-button"
        aria-expanded={open}
        aria-controls={listId}
        aria-label={i18n.t('panel.menu.open')}
        title={i18n.t('panel.menu.open')}
        onClick={() => setOpen((current) => !current)}
      >
        <span aria-hidden="true">⋯</span>
      </button>
      <ul id={listId} className="panel-menu-items" hidden={!open}>
        <li>
          <button
            type="button"
            ref={firstItemRef}
            className="secondary-button"
            onClick={() => {
              setOpen(false);
              onPageReading();
            }}
          >
            {i18n.t('panel.menu.pageReading')}
          </button>
        </li>
      </ul>
    </div>
  );
}
