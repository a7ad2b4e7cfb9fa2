import { createIframeUi } from 'wxt/utils/content-script-ui/iframe';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';

export interface PanelFrame {
  show(): void;
  hide(): void;
}

const panelWidthPx = 380;

/**
 * The panel is an extension page in an iframe: the CRM page's scripts cannot read what it shows.
 * The frame is mounted once and kept across in-app navigation; the background tells the panel
 * which record it is on.
 */
export function createPanelFrame(ctx: ContentScriptContext): PanelFrame {
  const ui = createIframeUi(ctx, {
    page: '/panel.html',
    position: 'inline',
    anchor: 'body',
    append: 'last',
    onMount(wrapper, iframe) {
      wrapper.className = 'coachlens-panel-host';
      Object.assign(wrapper.style, {
        position: 'fixed',
        top: '0',
        right: '0',
        height: '100vh',
        width: `${panelWidthPx}px`,
        zIndex: '2147483000',
        boxShadow: '-2px 0 8px rgba(0,0,0,0.18)',
      });
      iframe.className = 'coachlens-panel';
      iframe.title = 'CoachLens coaching panel';
      Object.assign(iframe.style, { width: '100%', height: '100%', border: '0', display: 'block' });
    },
  });
  let mounted = false;
  return {
    show() {
      if (mounted) return;
      ui.mount();
      mounted = true;
    },
    hide() {
      if (!mounted) return;
      ui.remove();
      mounted = false;
    },
  };
}
