// @vitest-environment jsdom
import { salesforceAdapter } from '@/utils/crm/salesforce/adapter';
import type { PageRef } from '@/utils/crm/types';
import { watchPageFacts, type PageFactsRead } from './page-facts';

const deal: PageRef = { crm: 'salesforce', kind: 'deal', id: '006Dn00000AbQ9wIAF' };

const highlights = `<records-highlights2><slot name="primaryField"><lightning-formatted-text>Globex Platform Renewal 2027</lightning-formatted-text></slot></records-highlights2>`;
const owner = `<force-owner-lookup><a href="/lightning/r/User/005Dn00000Ff3WpIAJ/view">Dana Whitfield</a></force-owner-lookup>`;
const account = `<force-lookup><a href="/lightning/r/Account/001Dn00000Glbx2IAB/view">Globex Corporation</a></force-lookup>`;

/** Adds the test's constant markup to the page, parsed into nodes. */
function show(html: string) {
  const parsed = new DOMParser().parseFromString(html, 'text/html');
  document.body.append(...Array.from(parsed.body.childNodes).map((node) => document.importNode(node, true)));
}

/** Lets the MutationObserver deliver its records (a microtask), then runs the timers due. */
async function settle(ms: number) {
  await Promise.resolve();
  await vi.advanceTimersByTimeAsync(ms);
}

describe('watchPageFacts', () => {
  /** Time a read "costs": added to the fake clock, which fake timers advance. */
  let spent = 0;
  let page: AbortController;
  let reads: PageFactsRead[];

  beforeEach(() => {
    vi.useFakeTimers();
    spent = 0;
    vi.spyOn(performance, 'now').mockImplementation(() => Date.now() + spent);
    page = new AbortController();
    reads = [];
    document.body.replaceChildren();
  });

  afterEach(() => {
    page.abort();
    vi.restoreAllMocks();
    vi.useRealTimers();
  });

  it('never reads inside the navigation: the first read waits for an idle moment', async () => {
    show(highlights + owner + account);
    watchPageFacts(deal, page.signal, (read) => reads.push(read));
    expect(reads).toHaveLength(0);
    await settle(0);
    expect(reads).toHaveLength(1);
    expect(reads[0]!.facts).toMatchObject({ recordName: 'Globex Platform Renewal 2027', ownerName: 'Dana Whitfield' });
    expect(reads[0]!.reading).toMatchObject({ shadowMode: 'synthetic', costMs: 0 });
    expect(reads[0]!.reading.rules.ownerName).toBe('Salesforce force-owner-lookup linking to a user (005)');
  });

  it('stops watching once every fact the page kind can show is read', async () => {
    const readPage = vi.spyOn(salesforceAdapter, 'readPage');
    show(highlights + owner + account);
    watchPageFacts(deal, page.signal, (read) => reads.push(read));
    await settle(0);
    expect(readPage).toHaveBeenCalledTimes(1);
    for (let tick = 0; tick < 20; tick += 1) {
      document.body.append(document.createElement('span')); // a spinner, a clock, a lazy timeline
      await settle(1_000);
    }
    expect(readPage).toHaveBeenCalledTimes(1);
  });

  it('reads again after the page changes while a fact is still missing, and reports the new fact', async () => {
    show(highlights + owner);
    watchPageFacts(deal, page.signal, (read) => reads.push(read));
    await settle(0);
    expect(reads.at(-1)!.facts.accountName).toBeUndefined();
    show(account);
    await settle(1_000);
    expect(reads.at(-1)!.facts.accountName).toBe('Globex Corporation');
  });

  it('waits longer after an expensive read', async () => {
    const real = salesforceAdapter.readPage.bind(salesforceAdapter);
    const readPage = vi.spyOn(salesforceAdapter, 'readPage').mockImplementation((doc, ref) => {
      spent += 40; // this read costs 40 ms
      return real(doc, ref);
    });
    show(highlights);
    watchPageFacts(deal, page.signal, (read) => reads.push(read));
    await settle(0);
    expect(reads[0]!.reading.costMs).toBe(40);
    document.body.append(document.createElement('span'));
    await settle(1_000);
    expect(readPage).toHaveBeenCalledTimes(1); // 40 ms × 50: not before 2 s
    await settle(1_500);
    expect(readPage).toHaveBeenCalledTimes(2);
  });

  it('stops on leaving the record', async () => {
    const readPage = vi.spyOn(salesforceAdapter, 'readPage');
    show(highlights);
    watchPageFacts(deal, page.signal, (read) => reads.push(read));
    page.abort();
    await settle(5_000);
    expect(readPage).not.toHaveBeenCalled();
  });
});
