import { adapterFor } from '@/utils/crm';
import { factsByKind } from '@/utils/crm/dom-helpers';
import type { PageFacts, PageRef } from '@/utils/crm/types';
import type { PageReading } from '@/utils/messaging/protocol';

/** CRMs render record pages after the URL changes; keep reading until the page settles. */
const settleWindowMs = 20_000;
/** The least time between two reads, and how much longer an expensive read makes the next wait. */
const readGapMs = 300;
const backOffFactor = 50;
/** How long a read may wait for the main thread to be idle before it runs anyway. */
const idleTimeoutMs = 1_000;

export interface PageFactsRead {
  facts: PageFacts;
  reading: PageReading;
}

/** The main thread's next idle moment (Chrome and Firefox both have it), or a timer where it is missing. */
function whenIdle(run: () => void): () => void {
  if (typeof requestIdleCallback === 'function') {
    const handle = requestIdleCallback(run, { timeout: idleTimeoutMs });
    return () => cancelIdleCallback(handle);
  }
  const timer = setTimeout(run, 0);
  return () => clearTimeout(timer);
}

/**
 * Reads the record's facts (names shown on the page) when the main thread is idle, never inside
 * the navigation that brought the page, and again after the page's DOM changes, until every fact
 * the page kind can show is read, the page settles, or the record is left. A read that costs more
 * makes the next one wait longer. Calls `onRead` when the facts or the rules behind them change.
 */
export function watchPageFacts(ref: PageRef, signal: AbortSignal, onRead: (read: PageFactsRead) => void): void {
  const adapter = adapterFor(ref.crm);
  const wanted = ref.kind ? factsByKind[ref.kind] : [];
  let last = '';
  let cancelPending: (() => void) | undefined;
  let gapTimer: ReturnType<typeof setTimeout> | undefined;
  let nextReadAt = 0;
  let dirty = false;

  const observer = new MutationObserver(() => {
    dirty = true;
    schedule();
  });
  const stop = () => {
    observer.disconnect();
    cancelPending?.();
    cancelPending = undefined;
    clearTimeout(gapTimer);
    clearTimeout(settle);
  };

  const read = () => {
    cancelPending = undefined;
    if (signal.aborted) return;
    dirty = false;
    const started = performance.now();
    const { facts, rules, shadowMode, elementCount } = adapter.readPage(document, ref);
    const costMs = performance.now() - started;
    nextReadAt = performance.now() + Math.max(readGapMs, costMs * backOffFactor);
    const key = JSON.stringify([facts, rules]);
    if (key !== last) {
      last = key;
      onRead({ facts, reading: { rules, shadowMode, elementCount, costMs: Math.round(costMs * 10) / 10 } });
    }
    if (wanted.every((name) => facts[name] !== undefined)) stop();
  };

  function schedule() {
    if (cancelPending || gapTimer !== undefined || signal.aborted) return;
    const wait = nextReadAt - performance.now();
    if (wait > 0) {
      gapTimer = setTimeout(() => {
        gapTimer = undefined;
        if (dirty) schedule();
      }, wait);
      return;
    }
    cancelPending = whenIdle(read);
  }

  observer.observe(document.documentElement, { childList: true, subtree: true, characterData: true });
  const settle = setTimeout(stop, settleWindowMs);
  signal.addEventListener('abort', stop);
  schedule();
}
