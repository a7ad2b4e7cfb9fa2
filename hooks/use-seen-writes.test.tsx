// @vitest-environment jsdom
import { act, cleanup, renderHook } from '@testing-library/react';
import type { PanelRequestWithoutId } from './use-panel-port';
import { useSeenWrites } from './use-seen-writes';
import type { PanelVisibility } from './use-verified-visibility';

afterEach(cleanup);

const write: PanelRequestWithoutId = {
  type: 'setMeetingDate',
  accountId: '7d4f6a3e-9c2b-4e8a-b1d0-5f6e7a8b9c0d',
  meetingAt: null,
};

function setUp(visibility: PanelVisibility, seen: boolean) {
  const sent: PanelRequestWithoutId[] = [];
  const send = vi.fn((request: PanelRequestWithoutId) => {
    sent.push(request);
    return Promise.resolve();
  });
  const isSeen = vi.fn(() => Promise.resolve(seen));
  const hook = renderHook(() => useSeenWrites(send, isSeen, visibility));
  return { sent, isSeen, hook };
}

describe('useSeenWrites', () => {
  it('sends at once where the browser vouches for the panel, without asking the page', async () => {
    const { sent, isSeen, hook } = setUp('visible', false);
    await act(() => hook.result.current.send(write));
    expect(sent).toEqual([write]);
    expect(isSeen).not.toHaveBeenCalled();
  });

  it('where it cannot, sends at once when the page shows the panel as drawn', async () => {
    const { sent, hook } = setUp('unsupported', true);
    await act(() => hook.result.current.send(write));
    expect(sent).toEqual([write]);
    expect(hook.result.current.asking).toBe(false);
  });

  it('where it cannot and the page may hide the panel, asks, and writes only on "save"', async () => {
    const { sent, hook } = setUp('unsupported', false);
    let outcome = '';
    await act(async () => {
      void hook.result.current.send(write).then(
        () => (outcome = 'saved'),
        (error: Error) => (outcome = error.message),
      );
      await Promise.resolve();
    });
    expect(hook.result.current.asking).toBe(true);
    expect(sent).toEqual([]);
    await act(async () => hook.result.current.answer(false));
    expect(outcome).toMatch(/chose not to save/);
    expect(sent).toEqual([]);

    await act(async () => {
      void hook.result.current.send(write).then(() => (outcome = 'saved'));
      await Promise.resolve();
    });
    await act(async () => hook.result.current.answer(true));
    expect(outcome).toBe('saved');
    expect(sent).toEqual([write]);
  });
});
