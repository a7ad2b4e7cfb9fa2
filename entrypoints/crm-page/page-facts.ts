import { adapterFor } from '@/utils/crm';
import type { PageFacts, PageRef } from '@/utils/crm/types';

/** CRMs render record pages after the URL changes; keep reading until the page settles. */
const settleWindowMs = 20_000;
const readThrottleMs = 300;

/**
 * Reads the record's facts (names shown on the page) now, and again whenever the page's DOM
 * changes, until the page settles or the record is left. Calls `onFacts` when they change.
 */
export function watchPageFacts(ref: PageRef, signal: AbortSignal, onFacts: (facts: PageFacts) => void): void {
  const adapter = adapterFor(ref.crm);
  let last = '';
  const read = () => {
    if (signal.aborted) return;
    const facts = adapter.readPage(document, ref);
    const key = JSON.stringify(facts);
    if (key === last) return;
    last = key;
    onFacts(facts);
  };

  let timer: ReturnType<typeof setTimeout> | undefined;
  const observer = new MutationObserver(() => {
    timer ??= setTimeout(() => {
      timer = undefined;
      read();
    }, readThrottleMs);
  });
  observer.observe(document.documentElement, { childList: true, subtree: true, characterData: true });
  const stop = () => {
    observer.disconnect();
    clearTimeout(timer);
  };
  const settle = setTimeout(stop, settleWindowMs);
  signal.addEventListener('abort', () => {
    clearTimeout(settle);
    stop();
  });
  read();
}
