// @vitest-environment jsdom
import { afterPageLoad } from './after-page-load';

function setReadyState(state: DocumentReadyState) {
  Object.defineProperty(document, 'readyState', { configurable: true, get: () => state });
}

beforeEach(() => vi.useFakeTimers());
afterEach(() => {
  vi.useRealTimers();
  setReadyState('complete');
});

describe('afterPageLoad', () => {
  it('waits for the load event, then for the task after it, so the page’s own load handlers run first', () => {
    setReadyState('interactive');
    const then = vi.fn();
    const pageHandlerSawUs: boolean[] = [];
    afterPageLoad(then);
    window.addEventListener('load', () => pageHandlerSawUs.push(then.mock.calls.length > 0));
    vi.runAllTimers();
    expect(then).not.toHaveBeenCalled(); // no load yet: no timer either
    window.dispatchEvent(new Event('load'));
    expect(then).not.toHaveBeenCalled();
    expect(pageHandlerSawUs).toEqual([false]);
    vi.runAllTimers();
    expect(then).toHaveBeenCalledOnce();
    window.dispatchEvent(new Event('load')); // once only
    vi.runAllTimers();
    expect(then).toHaveBeenCalledOnce();
  });

  it('on a page that has already loaded (a custom site granted while its tab is open), runs in the next task', () => {
    setReadyState('complete');
    const then = vi.fn();
    afterPageLoad(then);
    expect(then).not.toHaveBeenCalled();
    vi.runAllTimers();
    expect(then).toHaveBeenCalledOnce();
  });
});
