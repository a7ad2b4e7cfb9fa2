// @vitest-environment jsdom
import { act, cleanup, fireEvent, render, screen } from '@testing-library/react';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { PanelView } from '@/utils/messaging/panel-view';
import { PanelApp } from './PanelApp';
import type { PanelConnection } from '@/hooks/use-panel-port';

let view: PanelView;
vi.mock('@/hooks/use-panel-port', () => ({
  usePanelPort: (): PanelConnection => ({
    view,
    failure: undefined,
    connected: true,
    notice: undefined,
    send: () => Promise.resolve(),
    isSeen: () => Promise.resolve(true),
  }),
}));

beforeEach(() => fakeBrowser.reset());
afterEach(cleanup);

const page = {
  crm: 'salesforce',
  kind: 'deal',
  id: '006Dn00000AbQ9wIAF',
  facts: [{ fact: 'recordName', found: true, rule: 'highlights primary field' }],
} as const;

function dealView(withPage: boolean): PanelView {
  return {
    state: 'related',
    crm: 'salesforce',
    kind: 'deal',
    recordId: page.id,
    recordName: 'Globex Platform Renewal 2027',
    ownerQuestion: { answered: false, candidates: [] },
    page: withPage ? { ...page, facts: [...page.facts] } : undefined,
  };
}

describe("the panel's menu", () => {
  it('opens "What CoachLens read on this page", closes on Escape, and moves focus where the manager is', async () => {
    view = dealView(true);
    render(<PanelApp />);
    const menuButton = screen.getByRole('button', { name: 'Panel menu' });
    expect(menuButton.getAttribute('aria-expanded')).toBe('false');

    // Enter on a focused button clicks it: the list opens with its first item focused.
    menuButton.focus();
    await act(async () => fireEvent.click(menuButton));
    const item = screen.getByRole('button', { name: 'What CoachLens read on this page' });
    expect(menuButton.getAttribute('aria-expanded')).toBe('true');
    expect(document.activeElement).toBe(item);

    // Escape closes it and puts focus back on the menu button.
    fireEvent.keyDown(item, { key: 'Escape' });
    expect(menuButton.getAttribute('aria-expanded')).toBe('false');
    expect(document.activeElement).toBe(menuButton);

    await act(async () => fireEvent.click(menuButton));
    await act(async () => fireEvent.click(screen.getByRole('button', { name: 'What CoachLens read on this page' })));
    const heading = screen.getByRole('heading', { level: 1, name: 'What CoachLens read on this page' });
    expect(document.activeElement).toBe(heading);
    expect(screen.queryByText('Globex Platform Renewal 2027')).toBeNull();

    await act(async () => fireEvent.click(screen.getByRole('button', { name: 'Back to coaching' })));
    expect(screen.getByRole('heading', { level: 1, name: 'Globex Platform Renewal 2027' })).toBeTruthy();
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Panel menu' }));
  });

  it('has no menu while the page is not read yet', () => {
    view = dealView(false);
    render(<PanelApp />);
    expect(screen.queryByRole('button', { name: 'Panel menu' })).toBeNull();
  });
});

describe("the panel's menu, left alone", () => {
  it('closes when focus leaves it', async () => {
    view = dealView(true);
    render(<PanelApp />);
    const menuButton = screen.getByRole('button', { name: 'Panel menu' });
    await act(async () => fireEvent.click(menuButton));
    expect(menuButton.getAttribute('aria-expanded')).toBe('true');
    fireEvent.blur(screen.getByRole('button', { name: 'What CoachLens read on this page' }), {
      relatedTarget: document.body,
    });
    expect(menuButton.getAttribute('aria-expanded')).toBe('false');
  });
});
