import { browser } from 'wxt/browser';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { Crm } from '@/utils/schemas/common';
import { isCollapsed, panelStateKey, panelWidths, type PanelState } from '@/utils/panel/panel-state';
import { localValue } from '@/utils/storage/local-value';
import { panelZIndex, watchPanelSeen } from './panel-seen';
import { showUpdatedNotice, type UpdatedNoticeText } from './updated-notice';
import { extensionGone } from './watch-extension-context';

export interface PanelFrame {
  show(crm: Crm): void;
  hide(): void;
}

/** Marks the host, so tests and the page's own styles can find the one element CoachLens adds. */
const hostAttribute = 'data-coachlens-panel';

/**
 * The panel is an extension page in an iframe, so the CRM page's scripts cannot read what it shows.
 * The iframe sits in a *closed* shadow root (WXT's iframe UI uses a plain div, which the page can
 * reach into): the page sees one opaque host element. The host is a built-in `div`, not a custom
 * element: the page shares the custom-element registry with this script, so a page that defined
 * our element's name first would run its own constructor on our host and could take the closed
 * root through `attachInternals()` (or refuse us a shadow root at all). Creating a `div` runs no
 * page code. The host's attributes and position are set inline with `!important` and restored if
 * the page rewrites them; if the page removes or moves it, it is put back. Should the frame ever be
 * reached anyway, a changed `src` or attribute, or a frame moved out of the root, gets a fresh frame
 * (and the old one, wherever the page put it, loses its URL). docs/security.md lists these guards.
 * The frame is mounted once and kept across in-app navigation; the background tells the panel
 * which record it is on. Its width follows the collapsed state the panel keeps in extension storage.
 * When the extension is reloaded or updated under the tab, the dead frame gives way to a short
 * "reload this page" note.
 */
export function createPanelFrame(ctx: ContentScriptContext): PanelFrame {
  let host: HTMLElement | undefined;
  let shadow: ShadowRoot | undefined;
  let frame: HTMLIFrameElement | undefined;
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
      `z-index: ${panelZIndex}`,
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

  /**
   * Sets the host's attributes (its mark and its style) and drops any other, unless they already
   * are exactly that (the guard sees its own writes).
   */
  const applyHostStyle = () => {
    if (!host) return;
    const wanted = hostStyle();
    if (host.getAttribute('style') !== wanted) host.setAttribute('style', wanted);
    if (!host.hasAttribute(hostAttribute)) host.setAttribute(hostAttribute, '');
    for (const name of host.getAttributeNames())
      if (name !== 'style' && name !== hostAttribute) host.removeAttribute(name);
  };

  const frameAttributes: Record<string, string> = {
    src: browser.runtime.getURL('/panel.html'),
    title: 'CoachLens coaching panel',
    class: 'coachlens-panel',
    style: 'all: initial; width: 100%; height: 100%; border: 0; display: block;',
  };

  /** The frame is ours as built: the only child of the root, with exactly the attributes it was given. */
  const frameIntact = (): boolean =>
    !!frame &&
    frame.parentNode === shadow &&
    shadow.childNodes.length === 1 &&
    frame.attributes.length === Object.keys(frameAttributes).length &&
    Object.entries(frameAttributes).every(([name, value]) => frame!.getAttribute(name) === value);

  const buildFrame = () => {
    if (!shadow) return;
    if (frame) {
      frame.remove(); // wherever it is now; put back by the page, it loads nothing
      frame.removeAttribute('src');
    }
    frame = document.createElement('iframe');
    for (const [name, value] of Object.entries(frameAttributes)) frame.setAttribute(name, value);
    shadow.replaceChildren(frame);
  };

  const mount = () => {
    const created = document.createElement('div');
    const root = created.attachShadow({ mode: 'closed' });
    // Both made here, by this script's own DOM: a plain div and the closed root it was just given.
    if (
      Object.getPrototypeOf(created) !== HTMLDivElement.prototype ||
      root.host !== created ||
      root.mode !== 'closed'
    ) {
      return;
    }
    host = created;
    shadow = root;
    applyHostStyle();
    buildFrame();
    document.documentElement.append(host);

    guard = new MutationObserver(() => {
      if (!host) return;
      if (host.parentNode !== document.documentElement) document.documentElement.append(host);
      applyHostStyle();
      if (!frameIntact()) buildFrame();
    });
    guard.observe(host, { attributes: true });
    guard.observe(document.documentElement, { childList: true });
    guard.observe(shadow, { childList: true, subtree: true, attributes: true });
  };

  const unmount = () => {
    guard?.disconnect();
    guard = undefined;
    host?.remove();
    host = undefined;
    shadow = undefined;
    frame = undefined;
  };

  // Read now: once the extension is gone, `i18n` throws. The browser's own `getMessage` (keys as
  // built into _locales: nested keys joined by `_`) rather than `#i18n`, which would add half a KB
  // to the script every CRM page loads (budget in build-output.spec.ts).
  const message = browser.i18n.getMessage as (key: string) => string;
  const noticeText: UpdatedNoticeText = {
    message: message('content_updatedNotice'),
    dismiss: message('content_dismiss'),
  };

  // Chromium vouches for the panel itself (IntersectionObserver v2, in the panel's frame): this
  // page-side check is Firefox's alone, and stays out of the Chrome build every CRM page loads.
  if (import.meta.env.FIREFOX) watchPanelSeen(ctx, () => host);

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
