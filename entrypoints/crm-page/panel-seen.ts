import { browser } from 'wxt/browser';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { checkPanelSeenMessage, type PanelSeenAnswer } from '@/utils/messaging/panel-seen-message';

/** The host's z-index (panel-frame.ts): a cover must be drawn above it to hide the panel. */
export const panelZIndex = 2147483000;

/** How long the panel must have been seen, unbroken, before a click on it may write without asking. */
const seenForMs = 500;
const pollMs = 100;

/**
 * Clickjacking guard where the browser cannot vouch for the panel (Firefox has no
 * IntersectionObserver v2, entrypoints/panel/use-verified-visibility.ts): what the page does to the
 * panel's host, seen from the page's side. The host, its ancestors and the root must be drawn as
 * they are (opacity, filter, transform, visibility, clip, blending), hit testing at nine points of
 * the host must reach the host and nothing over it, and nothing that hit testing skips
 * (`pointer-events: none`) may be drawn above it. The cheap checks run every 100 ms while the panel
 * is docked, so a page that undoes its trick the moment the manager clicks is still caught: the
 * panel must have been seen for the last half second. The background asks before each write.
 */
export function watchPanelSeen(ctx: ContentScriptContext, getHost: () => HTMLElement | undefined): void {
  if (typeof IntersectionObserverEntry === 'function' && 'isVisible' in IntersectionObserverEntry.prototype) return;
  let lastUnseenAt = 0;
  const poll = ctx.setInterval(() => {
    const host = getHost();
    if (host && !drawnAsIs(host)) lastUnseenAt = Date.now();
  }, pollMs);
  const listener = (message: unknown, sender: { id?: string }, respond: (answer: PanelSeenAnswer) => void) => {
    if (sender.id !== browser.runtime.id || (message as { type?: string } | null)?.type !== checkPanelSeenMessage)
      return;
    const host = getHost();
    const seen = !!host && drawnAsIs(host) && !hiddenCover(host) && Date.now() - lastUnseenAt >= seenForMs;
    if (!seen) lastUnseenAt = Date.now();
    respond({ seen });
  };
  browser.runtime.onMessage.addListener(listener);
  ctx.onInvalidated(() => {
    clearInterval(poll);
    try {
      browser.runtime.onMessage.removeListener(listener);
    } catch {
      // The extension is gone and took its listeners with it.
    }
  });
}

/** The host, its ancestors and the root are drawn as they are, and hit testing reaches the host. */
function drawnAsIs(host: HTMLElement): boolean {
  if (!host.isConnected || document.visibilityState !== 'visible') return false;
  for (let element: Element | null = host; element; element = element.parentElement) {
    const style = getComputedStyle(element);
    if (
      style.opacity !== '1' ||
      style.filter !== 'none' ||
      style.transform !== 'none' ||
      style.visibility !== 'visible' ||
      style.clipPath !== 'none' ||
      style.mixBlendMode !== 'normal'
    ) {
      return false;
    }
  }
  const box = host.getBoundingClientRect();
  if (box.width < 1 || box.height < 1) return false;
  for (const across of [0.1, 0.5, 0.9]) {
    for (const down of [0.1, 0.5, 0.9]) {
      if (document.elementFromPoint(box.left + box.width * across, box.top + box.height * down) !== host) return false;
    }
  }
  return true;
}

/**
 * Something hit testing skips (`pointer-events: none`, so clicks go through it to the panel) drawn
 * over the host: in the top layer, or in a stacking context above the host's. Costly (every
 * element), so only when a write is asked for.
 */
function hiddenCover(host: HTMLElement): boolean {
  const box = host.getBoundingClientRect();
  for (const element of document.querySelectorAll('body *, html > :not(head, body), html > :not(head, body) *')) {
    if (element === host) continue;
    const rect = element.getBoundingClientRect();
    if (rect.right <= box.left || rect.left >= box.right || rect.bottom <= box.top || rect.top >= box.bottom) continue;
    const style = getComputedStyle(element);
    if (style.pointerEvents !== 'none' || style.visibility !== 'visible' || style.opacity === '0') continue;
    if (element.matches(':modal, :popover-open, :fullscreen')) return true;
    if (drawnAbove(host, element)) return true;
  }
  return false;
}

/** The outermost positioned ancestor with a z-index decides where its whole subtree is drawn. */
function drawnAbove(host: HTMLElement, element: Element): boolean {
  let layer: Element | undefined;
  for (
    let current: Element | null = element;
    current && current !== document.documentElement;
    current = current.parentElement
  ) {
    const style = getComputedStyle(current);
    if (style.position !== 'static' && style.zIndex !== 'auto') layer = current;
  }
  if (!layer) return false;
  const z = Number.parseInt(getComputedStyle(layer).zIndex, 10);
  return (
    z > panelZIndex || (z === panelZIndex && !!(host.compareDocumentPosition(layer) & Node.DOCUMENT_POSITION_FOLLOWING))
  );
}
