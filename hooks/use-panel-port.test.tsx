// @vitest-environment jsdom
import { act, cleanup, renderHook } from '@testing-library/react';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { PanelRequest } from '@/utils/messaging/protocol';
import { goneMessage, usePanelPort } from '@/hooks/use-panel-port';

/*
 * The service worker is stopped while a panel write is on its way. The panel must notice
 * the dropped port, reconnect, resend what was not confirmed with the same request id (so the
 * background can recognise it), and tell the manager what happened. When the extension itself is
 * gone (reloaded or updated under the page), it must stop trying and say to reload.
 */

afterEach(cleanup);

interface FakePort {
  posted: PanelRequest[];
  reply(message: unknown): void;
  drop(): void;
}

function fakePorts() {
  const ports: FakePort[] = [];
  vi.spyOn(fakeBrowser.runtime, 'connect').mockImplementation(() => {
    const messageListeners: ((message: unknown) => void)[] = [];
    const disconnectListeners: (() => void)[] = [];
    const posted: PanelRequest[] = [];
    let open = true;
    ports.push({
      posted,
      reply: (message) => act(() => messageListeners.forEach((listener) => listener(message))),
      drop: () => {
        open = false;
        act(() => disconnectListeners.forEach((listener) => listener()));
      },
    });
    return {
      name: 'coachlens-panel',
      onMessage: { addListener: (listener: (message: unknown) => void) => messageListeners.push(listener) },
      onDisconnect: { addListener: (listener: () => void) => disconnectListeners.push(listener) },
      postMessage: (message: PanelRequest) => {
        if (!open) throw new Error('Attempting to use a disconnected port object');
        posted.push(message);
      },
      disconnect: () => undefined,
    } as never;
  });
  return ports;
}

const answer = {
  type: 'saveStrategyAnswers',
  accountId: crypto.randomUUID(),
  answers: { 'purpose-objective': 'x' },
} as const;

describe('usePanelPort when the worker stops mid-write', () => {
  beforeEach(() => {
    fakeBrowser.reset();
    vi.useFakeTimers();
  });
  afterEach(() => vi.useRealTimers());

  it('resends the unconfirmed request with the same id on the new port, resolves once, and says it was saved', async () => {
    const ports = fakePorts();
    const { result } = renderHook(() => usePanelPort());
    let settled: string | undefined;
    act(() => {
      void result.current.send(answer).then(
        () => (settled = 'saved'),
        (error: Error) => (settled = error.message),
      );
    });
    const first = ports[0]!.posted[0]!;
    expect(first).toMatchObject(answer);

    ports[0]!.drop();
    expect(result.current.connected).toBe(false);
    expect(result.current.notice).toBe('resending');
    expect(settled).toBeUndefined(); // not reported as failed: it is not known to have failed

    await act(() => vi.advanceTimersByTimeAsync(600));
    expect(ports).toHaveLength(2);
    expect(ports[1]!.posted).toEqual([first]); // same request id: the background can tell it is a resend
    ports[1]!.reply({ type: 'requestDone', requestId: first.requestId });
    await act(() => Promise.resolve());
    expect(settled).toBe('saved');
    expect(result.current.connected).toBe(true);
    expect(result.current.notice).toBe('recovered');
  });

  it('a request made while disconnected waits for the reconnection instead of failing', async () => {
    const ports = fakePorts();
    const { result } = renderHook(() => usePanelPort());
    ports[0]!.drop();
    let settled: string | undefined;
    act(() => {
      void result.current.send(answer).then(() => (settled = 'saved'));
    });
    expect(ports[0]!.posted).toEqual([]);
    await act(() => vi.advanceTimersByTimeAsync(600));
    const [sent] = ports[1]!.posted;
    ports[1]!.reply({ type: 'requestDone', requestId: sent!.requestId });
    await act(() => Promise.resolve());
    expect(settled).toBe('saved');
  });

  it('a request the worker keeps dropping is given up after a few attempts, with a message', async () => {
    const ports = fakePorts();
    const { result } = renderHook(() => usePanelPort());
    let settled: string | undefined;
    act(() => {
      void result.current.send(answer).catch((error: Error) => (settled = error.message));
    });
    for (let attempt = 0; attempt < 4; attempt += 1) {
      ports.at(-1)!.drop();
      await act(() => vi.advanceTimersByTimeAsync(600));
    }
    expect(ports.flatMap((port) => port.posted)).toHaveLength(4);
    expect(settled).toMatch(/could not confirm/);
  });

  it('when the extension was reloaded under the page, stops reconnecting and says to reload', async () => {
    const ports = fakePorts();
    const { result } = renderHook(() => usePanelPort());
    let settled: string | undefined;
    act(() => {
      void result.current.send(answer).catch((error: Error) => (settled = error.message));
    });
    // What Chrome does to an orphaned extension frame: runtime.id disappears, connect throws.
    vi.spyOn(fakeBrowser.runtime, 'id', 'get').mockReturnValue(undefined as never);
    ports[0]!.drop();
    await act(() => vi.advanceTimersByTimeAsync(5_000));
    expect(ports).toHaveLength(1);
    expect(result.current.notice).toBe('gone');
    expect(settled).toBe(goneMessage);
    await expect(result.current.send(answer)).rejects.toThrow(goneMessage);
  });
});
