import { i18n } from '#i18n';

/** The slim tab the panel collapses to: the brand, what needs attention, and the way back. */
export function CollapsedTab({ count, onExpand }: { count: number; onExpand: () => void }) {
  const label =
    count > 0 ? `${i18n.t('panel.expand')} (${i18n.t('panel.attention', { count })})` : i18n.t('panel.expand');
  return (
    <button type="button" className="collapsed-tab" onClick={onExpand} aria-label={label} title={label}>
      <span aria-hidden="true" className="collapsed-tab-arrow">
        ⟨
      </span>
      {count > 0 && (
        <span aria-hidden="true" className="collapsed-tab-count">
          {count}
        </span>
      )}
      <span aria-hidden="true" className="collapsed-tab-brand">
        {i18n.t('panel.title')}
      </span>
    </button>
  );
}
