import { useEffect, useState } from 'react';

/**
 * - `visible`: the browser vouches that the panel is shown as drawn: not covered, not faded, not
 *   filtered or distorted, by the CRM page or anything in it;
 * - `hidden`: it does not (the page may be trying to make the manager click something unseen);
 * - `checking`: no answer yet (the first one comes within about 100 ms);
 * - `unsupported`: this browser cannot tell (Firefox has no IntersectionObserver v2).
 */
export type PanelVisibility = 'visible' | 'hidden' | 'checking' | 'unsupported';

/** The minimum Chrome allows between visibility checks; they are costly, so it also rate-limits them. */
const checkDelayMs = 100;

function supportsVisibilityTracking(): boolean {
  return typeof IntersectionObserver === 'function' && 'isVisible' in IntersectionObserverEntry.prototype;
}

/**
 * Clickjacking guard. The panel is a frame in a page we do not trust: the page cannot read it, but
 * it can draw over it (a decoy with `pointer-events: none`), fade it (`opacity` on `html`), or
 * filter, transform or clip its ancestors, so that the manager clicks or types into the panel
 * without seeing it. IntersectionObserver v2 (`trackVisibility`) computes, across frames, whether the
 * target is visible as drawn; the panel allows writes only while it is. The target is the panel's
 * whole document, so covering any part of it counts.
 * https://web.dev/articles/intersectionobserver-v2
 */
export function useVerifiedVisibility(): PanelVisibility {
  const [visibility, setVisibility] = useState<PanelVisibility>(() =>
    supportsVisibilityTracking() ? 'checking' : 'unsupported',
  );

  useEffect(() => {
    if (!supportsVisibilityTracking()) return;
    const observer = new IntersectionObserver(
      (entries) => {
        const latest = entries[entries.length - 1] as (IntersectionObserverEntry & { isVisible?: boolean }) | undefined;
        if (latest) setVisibility(latest.isVisible === true ? 'visible' : 'hidden');
      },
      // `trackVisibility` and `delay` are not in TypeScript's DOM types yet.
      { threshold: [0], trackVisibility: true, delay: checkDelayMs } as IntersectionObserverInit,
    );
    observer.observe(document.documentElement);
    return () => observer.disconnect();
  }, []);

  return visibility;
}
