// @vitest-environment jsdom
import { act, cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { teamInsights, type InsightInput } from '@/utils/insights';
import { account, daysAgo, emptyInput, now, observation, rep, skill, strategy } from '@/tests/support/insight-fixtures';
import type { PageContext } from '@/utils/messaging/protocol';
import type { PageReport, PanelView } from '@/utils/messaging/panel-view';
import { buildPanelView } from '../background/build-panel-view';
import { PageReadingView } from './PageReadingView';
import { pageReadingText } from './page-reading-text';

afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
});

const userId = '005Dn00000Ff3WpIAJ';
const accountId = '001Dn00000Glbx2IAB';

/** A team full of coaching data, every piece of it marked so a leak is found by one search. */
const input: InsightInput = emptyInput({
  skills: [skill('s1', 0, { name: 'SECRET skill Discovery' })],
  reps: [
    rep('r1', {
      name: 'Dana Whitfield',
      tier: 'star',
      crmLinks: [{ crm: 'salesforce', userId }],
      crmKeys: [`salesforce:${userId}`],
    }),
  ],
  accounts: [
    account('a1', {
      name: 'Globex Corporation',
      ownerRepId: 'r1',
      notes: 'SECRET notes: renewal at risk',
      crmLinks: [{ crm: 'salesforce', recordId: accountId }],
      crmKeys: [`salesforce:${accountId}`],
    }),
  ],
  observations: [
    observation('r1', daysAgo(2), [{ skillId: 's1', score: 2 }], { accountId: 'a1', saw: 'SECRET saw: talked over' }),
  ],
  strategies: [strategy('a1', { answers: { 'purpose-objective': 'SECRET answer: pilot scope' } })],
});

const dealPage: PageContext = {
  ref: { crm: 'salesforce', kind: 'deal', id: '006Dn00000AbQ9wIAF' },
  facts: { recordName: 'Globex Platform Renewal 2027', ownerName: 'Dana Whitfield', ownerUserId: userId, accountId },
  url: 'https://acme.lightning.force.com/lightning/r/Opportunity/006Dn00000AbQ9wIAF/view',
  reading: {
    rules: { recordName: 'highlights primary field', ownerUserId: 'owner lookup user link', accountId: 'account link' },
    shadowMode: 'mixed',
    elementCount: 12_345,
    costMs: 3.46,
  },
};

function reportOf(context: PageContext): PageReport {
  const view: PanelView = buildPanelView({ input, team: teamInsights(input, now) }, context);
  if (!('page' in view) || !view.page) throw new Error(`no page report in ${view.state}`);
  return view.page;
}

describe('What CoachLens read on this page', () => {
  it('shows the URL’s CRM, kind and id, each fact with its rule or a note that none found it, and the read with units', () => {
    render(<PageReadingView report={reportOf(dealPage)} onClose={vi.fn()} version="1.2.3" />);
    expect(screen.getByRole('heading', { level: 1, name: 'What CoachLens read on this page' })).toBeTruthy();
    const line = (label: string) => screen.getByText(label).parentElement?.querySelector('dd')?.textContent;
    expect(line('CRM')).toBe('Salesforce');
    expect(line('Page kind')).toBe('deal');
    expect(line('Record id')).toBe('006Dn00000AbQ9wIAF');
    expect(line("Record's name")).toBe('found by the rule “highlights primary field”');
    expect(line("Owner's name")).toBe('found (the page reader did not say by which rule)');
    expect(line("Account's name")).toBe('not found: no rule matched');
    expect(line('Shadow DOM seen')).toBe('mixed (synthetic and native)');
    expect(line('Elements on the page')).toBe('12,345 elements');
    expect(line('Cost of the read')).toBe('3.5 ms');
    expect(line('CoachLens version')).toBe('1.2.3');
  });

  it('says the read was not reported when the page reader did not measure it', () => {
    const { reading: _, ...withoutReading } = dealPage;
    render(<PageReadingView report={reportOf(withoutReading)} onClose={vi.fn()} version="1.2.3" />);
    expect(screen.getAllByText('not reported by the page reader')).toHaveLength(3);
  });

  it('copies a plain-text report that holds no coaching data and no name read from the page', async () => {
    const writeText = vi.fn().mockResolvedValue(undefined);
    Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true });
    render(<PageReadingView report={reportOf(dealPage)} onClose={vi.fn()} version="1.2.3" />);
    await act(async () => fireEvent.click(screen.getByRole('button', { name: 'Copy as text' })));
    expect(screen.getByRole('status').textContent).toBe('Copied as plain text: paste it into your support report.');
    const text = writeText.mock.calls[0]![0] as string;
    expect(text).toBe(pageReadingText(reportOf(dealPage), '1.2.3'));
    expect(text).toContain('Record id: 006Dn00000AbQ9wIAF');
    expect(text).toContain("Owner's CRM user id: found by the rule “owner lookup user link”");
    expect(text).toContain('Cost of the read: 3.5 ms');
    expect(text).not.toMatch(/<|>/); // plain text, no markup
    for (const coaching of ['SECRET', 'Dana', 'Whitfield', 'Globex', 'Star', 'star', 'pilot', 'renewal']) {
      expect(text).not.toContain(coaching);
    }
    // The same holds on every kind of page the panel reads.
    for (const kind of ['account', 'user', 'contact'] as const) {
      const other = pageReadingText(reportOf({ ...dealPage, ref: { ...dealPage.ref, kind, id: accountId } }), '1');
      expect(other).not.toMatch(/SECRET|Dana|Globex|pilot/);
    }
  });

  it('when the frame may not use the clipboard API, copies the text as a selection instead', async () => {
    Object.defineProperty(navigator, 'clipboard', {
      value: { writeText: vi.fn().mockRejectedValue(new Error('Write permission denied')) },
      configurable: true,
    });
    let selected = '';
    document.execCommand = vi.fn(() => {
      const box = document.querySelector<HTMLTextAreaElement>('.copy-source');
      selected = box ? box.value.slice(box.selectionStart, box.selectionEnd) : '';
      return true;
    });
    render(<PageReadingView report={reportOf(dealPage)} onClose={vi.fn()} version="1.2.3" />);
    const copy = screen.getByRole('button', { name: 'Copy as text' });
    await act(async () => fireEvent.click(copy));
    expect(document.execCommand).toHaveBeenCalledWith('copy');
    expect(selected).toBe(pageReadingText(reportOf(dealPage), '1.2.3'));
    expect(screen.getByRole('status').textContent).toBe('Copied as plain text: paste it into your support report.');
    expect(document.activeElement).toBe(copy);
    expect(document.querySelector('.copy-source')).toBeNull();
  });

  it('when the browser refuses every way to copy, shows the text selected so the manager can copy it', async () => {
    Object.defineProperty(navigator, 'clipboard', {
      value: { writeText: vi.fn().mockRejectedValue(new Error('Write permission denied')) },
      configurable: true,
    });
    document.execCommand = vi.fn(() => false);
    render(<PageReadingView report={reportOf(dealPage)} onClose={vi.fn()} version="1.2.3" />);
    await act(async () => fireEvent.click(screen.getByRole('button', { name: 'Copy as text' })));
    expect(screen.getByRole('status').textContent).toContain('select the text below and copy it');
    const box = screen.getByLabelText('The report as plain text') as HTMLTextAreaElement;
    expect(box.value).toBe(pageReadingText(reportOf(dealPage), '1.2.3'));
    expect([box.selectionStart, box.selectionEnd]).toEqual([0, box.value.length]);
  });

  it('takes focus on opening and gives it back through “Back to coaching”', () => {
    const onClose = vi.fn();
    render(<PageReadingView report={reportOf(dealPage)} onClose={onClose} version="1.2.3" />);
    expect(document.activeElement).toBe(screen.getByRole('heading', { level: 1 }));
    fireEvent.click(within(screen.getByRole('region')).getByRole('button', { name: 'Back to coaching' }));
    expect(onClose).toHaveBeenCalled();
  });
});
