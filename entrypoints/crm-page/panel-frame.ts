import { browser } from 'wxt/browser';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { Crm } from '@/utils/schemas/common';
import { isCollapsed, panelStateKey, panelWidths, type PanelState } from '@/utils/panel/panel-state';
import { localValue } from '@/utils/storage/local-value';
import { showUpdatedNotice, type UpdatedNoticeText } from './updated-notice';
import { extensionGone } from './watch-extension-context';

export interface PanelFrame {
  show(crm: Crm): void;
  hide(): void;
}

const hostTag = 'coachlens-panel-host';

/**
 * The panel is an extension page in an iframe, so the CRM page's scripts cannot read what it shows.
 * The iframe sits in a *closed* shadow root (WXT's iframe UI uses a plain div, which the page can
 * reach into): the page sees one opaque host element. The host's position is set inline with
 * `!important` and restored if the page rewrites it; if the page removes it, it is put back.
 * The frame is mounted once and kept across in-app navigation; the background tells the panel
 * which record it is on. Its width follows the collapsed state the panel keeps in extension storage.
 * When the extension is reloaded or updated under the tab, the dead frame gives way to a short
 * "reload this page" note.
 */
export function createPanelFrame(ctx: ContentScriptContext): PanelFrame {
  let host: HTMLElement | undefined;
  let shadow: ShadowRoot | undefined;
  let guard: MutationObserver | undefined;
  let currentCrm: Crm | undefined;
  let state: PanelState = {};

  const width = () => (currentCrm && isCollapsed(state, currentCrm) ? panelWidths.collapsed : panelWidths.expanded);

  const hostStyle = () =>
    [
      'all: initial',
      'position: fixed',
      'top: 0',
      'right: 0',
      'left: auto',
      'bottom: auto',
      'height: 100vh',
      `width: ${width()}px`,
      'z-index: 2147483000',
      'display: block',
      'visibility: visible',
      'opacity: 1',
      'transform: none',
      'clip-path: none',
      'pointer-events: auto',
      'box-shadow: -2px 0 8px rgba(0,0,0,0.18)',
    ]
      .map((rule) => `${rule} !important`)
      .join('; ');

  /** Sets the host's style, unless it already is exactly that (the guard sees its own writes). */
  const applyHostStyle = () => {
    const wanted = hostStyle();
    if (host && host.getAttribute('style') !== wanted) host.setAttribute('style', wanted);
  };

  const mount = () => {
    host = document.createElement(hostTag);
    shadow = host.attachShadow({ mode: 'closed' });
    const iframe = document.createElement('iframe');
    iframe.src = browser.runtime.getURL('/panel.html');
    iframe.title = 'CoachLens coaching panel';
    iframe.className = 'coachlens-panel';
    iframe.setAttribute('style', 'all: initial; width: 100%; height: 100%; border: 0; display: block;');
    shadow.append(iframe);
    applyHostStyle();
    document.documentElement.append(host);

    guard = new MutationObserver((records) => {
      if (!host) return;
      if (!host.isConnected) document.documentElement.append(host);
      if (records.some((record) => record.type === 'attributes')) applyHostStyle();
    });
    guard.observe(host, { attributes: true });
    guard.observe(document.documentElement, { childList: true });
  };

  const unmount = () => {
    guard?.disconnect();
    guard = undefined;
    host?.remove();
    host = undefined;
    shadow = undefined;
  };

  // Read now: once the extension is gone, `i18n` throws. The browser's own `getMessage` (keys as
  // built into _locales: nested keys joined by `_`) rather than `#i18n`, which would add half a KB
  // to the script every CRM page loads (budget in build-output.spec.ts).
  const message = browser.i18n.getMessage as (key: string) => string;
  const noticeText: UpdatedNoticeText = {
    message: message('content_updatedNotice'),
    dismiss: message('content_dismiss'),
  };

  const panelState = localValue<PanelState>(panelStateKey, {});
  void panelState.getValue().then((value) => {
    state = value;
    applyHostStyle();
  });
  const unwatch = panelState.watch((value) => {
    state = value;
    applyHostStyle();
  });
  ctx.onInvalidated(() => {
    try {
      unwatch();
    } catch {
      // The extension is gone and took its storage listeners with it.
    }
    if (host && shadow && extensionGone()) {
      guard?.disconnect();
      guard = undefined;
      showUpdatedNotice(host, shadow, noticeText);
    } else {
      unmount(); // replaced by a newer copy of this script, which docks its own panel
    }
  });

  return {
    show(crm) {
      currentCrm = crm;
      // Never before the page's `load`: a frame added earlier delays that event until the panel
      // has loaded too. The loader (entrypoints/crm-loader/) imports this script only after it.
      if (host) applyHostStyle();
      else mount();
    },
    hide() {
      currentCrm = undefined;
      unmount();
    },
  };
}
