/**
 * Calls `then` once the CRM page's `load` event has been handled: in the task after it, so none of
 * our work (compiling the page script, reading storage, waking the service worker, docking the
 * frame) runs inside the page's load or competes with it for the main thread before it.
 * `document_idle` alone may still inject us between DOMContentLoaded and load (scripts/bench.ts,
 * item 1, measures what that costs).
 */
export function afterPageLoad(then: () => void): void {
  const later = () => setTimeout(then, 0);
  if (document.readyState === 'complete') later();
  else window.addEventListener('load', later, { once: true });
}
