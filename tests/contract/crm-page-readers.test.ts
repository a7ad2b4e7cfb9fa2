// @vitest-environment jsdom
/**
 * Every fixture page under tests/fixtures/crm/ is read by its CRM's adapter: the URL it stands for
 * (its "Stands for:" line) is detected as the expected page, the facts read match, each found by
 * the kind of rule expected (a language-independent hook, or a label), in the shadow DOM expected.
 * Every reader also runs on every other fixture and page kind without failing.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { adapterFor, adapters, detectPage } from '../../utils/crm';
import type { PageFacts, PageRef, ShadowMode } from '../../utils/crm';
import { PageScope } from '../../utils/crm/page-scope';
import { pageFactsSchema, pageKinds, pageReadingSchema } from '../../utils/messaging/protocol';

const FIXTURES = join(__dirname, '../fixtures/crm');

const DANA_SF = '005Dn00000Ff3WpIAJ';
const GLOBEX_SF = '001Dn00000Glbx2IAB';

/**
 * What each fixture must give: its page kind, the facts, the shadow DOM the read meets (default
 * 'none') and the facts only a label finds (default none: every other fact is found by a
 * language-independent hook, and the test fails if a label found it).
 */
type Expectation = {
  kind: PageRef['kind'];
  facts: PageFacts;
  shadowMode?: ShadowMode;
  byLabel?: readonly (keyof PageFacts)[];
};

const expectations: Record<string, Expectation> = {
  'salesforce/account.html': {
    shadowMode: 'synthetic',
    byLabel: ['ownerName', 'ownerUserId'],
    kind: 'account',
    facts: { recordName: 'Globex Corporation', ownerName: 'Dana Whitfield', ownerUserId: DANA_SF },
  },
  'salesforce/account-classic.html': {
    byLabel: ['ownerName', 'ownerUserId'],
    kind: 'account',
    facts: { recordName: 'Globex Corporation', ownerName: 'Dana Whitfield', ownerUserId: DANA_SF },
  },
  'salesforce/deal.html': {
    shadowMode: 'synthetic',
    kind: 'deal',
    facts: {
      recordName: 'Globex Platform Renewal 2027',
      ownerName: 'Dana Whitfield',
      ownerUserId: DANA_SF,
      accountName: 'Globex Corporation',
      accountId: GLOBEX_SF,
    },
  },
  'salesforce/user.html': { shadowMode: 'synthetic', kind: 'user', facts: { recordName: 'Dana Whitfield' } },
  'hubspot/account.html': {
    byLabel: ['ownerName'],
    kind: 'account',
    facts: { recordName: 'Globex Corporation', ownerName: 'Dana Whitfield' },
  },
  'hubspot/deal.html': {
    byLabel: ['ownerName'],
    kind: 'deal',
    facts: {
      recordName: 'Globex Platform Renewal 2027',
      ownerName: 'Dana Whitfield',
      accountName: 'Globex Corporation',
      accountId: '18236491502',
    },
  },
  'hubspot/user.html': { kind: 'user', facts: { recordName: 'Dana Whitfield' } },
  'pipedrive/account.html': {
    kind: 'account',
    facts: { recordName: 'Globex Corporation', ownerName: 'Dana Whitfield', ownerUserId: '13100377' },
  },
  'pipedrive/deal.html': {
    kind: 'deal',
    facts: {
      recordName: 'Globex platform renewal',
      ownerName: 'Dana Whitfield',
      ownerUserId: '13100377',
      accountName: 'Globex Corporation',
      accountId: '812',
    },
  },
  'pipedrive/user.html': { kind: 'user', facts: { recordName: 'Dana Whitfield' } },
  'dynamics/account.html': {
    kind: 'account',
    facts: { recordName: 'Globex Corporation', ownerName: 'Dana Whitfield' },
  },
  'dynamics/deal.html': {
    kind: 'deal',
    facts: {
      recordName: 'Globex Platform Renewal 2027',
      ownerName: 'Dana Whitfield',
      accountName: 'Globex Corporation',
    },
  },
  'dynamics/user.html': { kind: 'user', facts: { recordName: 'Dana Whitfield' } },
  'zoho/account.html': {
    byLabel: ['ownerName'],
    kind: 'account',
    facts: { recordName: 'Globex Corporation', ownerName: 'Dana Whitfield' },
  },
  'zoho/deal.html': {
    byLabel: ['ownerName'],
    kind: 'deal',
    facts: {
      recordName: 'Globex Platform Renewal 2027',
      ownerName: 'Dana Whitfield',
      accountName: 'Globex Corporation',
      accountId: '5725767000000412001',
    },
  },
  'zoho/user.html': { kind: 'user', facts: { recordName: 'Dana Whitfield' } },
  'salesforce/deal-native-de.html': {
    kind: 'deal',
    shadowMode: 'native',
    facts: {
      recordName: 'Globex Platform Renewal 2027',
      ownerName: 'Dana Whitfield',
      ownerUserId: DANA_SF,
      accountName: 'Globex Corporation',
      accountId: GLOBEX_SF,
    },
  },
  'salesforce/deal-mixed-fr.html': {
    kind: 'deal',
    shadowMode: 'mixed',
    byLabel: ['ownerName', 'ownerUserId'],
    facts: {
      recordName: 'Globex Platform Renewal 2027',
      ownerName: 'Dana Whitfield',
      ownerUserId: DANA_SF,
      accountName: 'Globex Corporation',
      accountId: GLOBEX_SF,
    },
  },
  'salesforce/console-de.html': {
    kind: 'deal',
    shadowMode: 'native',
    facts: {
      recordName: 'Globex Platform Renewal 2027',
      ownerName: 'Dana Whitfield',
      ownerUserId: DANA_SF,
      accountName: 'Globex Corporation',
      accountId: GLOBEX_SF,
    },
  },
  'salesforce/account-native-de.html': {
    kind: 'account',
    shadowMode: 'native',
    facts: { recordName: 'Globex Corporation', ownerName: 'Dana Whitfield', ownerUserId: DANA_SF },
  },
  'salesforce/account-classic-ja.html': {
    kind: 'account',
    byLabel: ['ownerName', 'ownerUserId'],
    facts: { recordName: 'Globex Corporation', ownerName: 'Dana Whitfield', ownerUserId: DANA_SF },
  },
  'hubspot/deal-de.html': {
    kind: 'deal',
    facts: {
      recordName: 'Globex Platform Renewal 2027',
      ownerName: 'Dana Whitfield',
      accountName: 'Globex Corporation',
      accountId: '18236491502',
    },
  },
  'hubspot/account-fr.html': {
    kind: 'account',
    byLabel: ['ownerName'],
    facts: { recordName: 'Globex Corporation', ownerName: 'Dana Whitfield' },
  },
  'pipedrive/deal-de.html': {
    kind: 'deal',
    facts: {
      recordName: 'Globex platform renewal',
      ownerName: 'Dana Whitfield',
      ownerUserId: '13100377',
      accountName: 'Globex Corporation',
      accountId: '812',
    },
  },
  'pipedrive/account-es.html': {
    kind: 'account',
    byLabel: ['ownerName'],
    facts: { recordName: 'Globex Corporation', ownerName: 'Dana Whitfield' },
  },
  'dynamics/deal-de.html': {
    kind: 'deal',
    facts: {
      recordName: 'Globex Platform Renewal 2027',
      ownerName: 'Dana Whitfield',
      accountName: 'Globex Corporation',
    },
  },
  'dynamics/account-de.html': {
    kind: 'account',
    byLabel: ['ownerName'],
    facts: { recordName: 'Globex Corporation', ownerName: 'Dana Whitfield' },
  },
  'zoho/deal-de.html': {
    kind: 'deal',
    byLabel: ['ownerName'],
    facts: {
      recordName: 'Globex Platform Renewal 2027',
      ownerName: 'Dana Whitfield',
      accountName: 'Globex Corporation',
      accountId: '5725767000000412001',
    },
  },
  'zoho/account-ja.html': {
    kind: 'account',
    byLabel: ['ownerName'],
    facts: { recordName: 'Globex Corporation', ownerName: 'Dana Whitfield' },
  },
};

function fixtureFiles(): string[] {
  return readdirSync(FIXTURES, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .flatMap((dir) =>
      readdirSync(join(FIXTURES, dir.name))
        .filter((file) => file.endsWith('.html'))
        .map((file) => `${dir.name}/${file}`),
    )
    .sort();
}

/**
 * The fixture as a browser shows it at its URL: its own inline script runs (native shadow DOM
 * fixtures attach their shadow roots with it), nothing is fetched.
 */
function load(file: string): { html: string; doc: Document; url: string } {
  const html = readFileSync(join(FIXTURES, file), 'utf8');
  const url = /Stands for: (\S+)/.exec(html)?.[1];
  if (!url) throw new Error(`${file} does not say which URL it stands for`);
  const doc = new DOMParser().parseFromString(html, 'text/html');
  for (const script of Array.from(doc.querySelectorAll('script:not([src])'))) {
    // The fixture's own inline script, run against its document as the browser would run it.
    new Function('document', script.textContent ?? '')(doc);
  }
  return { html, doc, url };
}

/** A fixture's UI language, from its `<html lang>`. */
const languageOf = (file: string): string => load(file).doc.documentElement.lang;

describe('CRM fixture pages', () => {
  it('has an expectation for every fixture, and a fixture for every expectation', () => {
    expect(fixtureFiles()).toEqual(Object.keys(expectations).sort());
  });

  it('covers the account, deal and user page of every CRM', () => {
    for (const crm of ['salesforce', 'hubspot', 'pipedrive', 'dynamics', 'zoho']) {
      for (const kind of ['account', 'deal', 'user']) expect(fixtureFiles()).toContain(`${crm}/${kind}.html`);
    }
  });

  it('has account and deal pages in at least two UI languages for every CRM', () => {
    for (const crm of ['salesforce', 'hubspot', 'pipedrive', 'dynamics', 'zoho']) {
      for (const kind of ['account', 'deal']) {
        const files = fixtureFiles().filter((file) => file.startsWith(`${crm}/`) && expectations[file]?.kind === kind);
        expect(new Set(files.map(languageOf)).size, `${crm} ${kind}`).toBeGreaterThanOrEqual(2);
      }
    }
  });

  it('has Salesforce pages in synthetic, native and mixed shadow DOM, and a console with two record tabs', () => {
    const modes = Object.values(expectations).map((expected) => expected.shadowMode);
    for (const mode of ['synthetic', 'native', 'mixed'] as const) expect(modes).toContain(mode);
    const console = load('salesforce/console-de.html').doc;
    const scope = new PageScope(console);
    expect(scope.light('.oneConsoleTab')).toHaveLength(2);
    expect(scope.shadow('records-highlights2')).toHaveLength(2);
  });

  it('lists every fixture in the README', () => {
    const readme = readFileSync(join(FIXTURES, 'README.md'), 'utf8');
    for (const file of fixtureFiles()) expect(readme).toContain(file);
    // It names public sources, which anyone with the repository can follow.
    expect(readme).not.toMatch(/\.\.\/shared|CRM-NOTES/);
  });

  describe.each(Object.entries(expectations))('%s', (file, expected) => {
    it('is a self-contained page that says where its shape comes from', () => {
      const { html, doc } = load(file);
      expect(html.trimStart().startsWith('<!--')).toBe(true);
      expect(html).toMatch(/Shape \(2026-11\)/);
      expect(doc.title).not.toBe('');
      const scope = new PageScope(doc);
      expect(scope.light('h1').length + scope.shadow('h1').length).toBeGreaterThan(0);
      // Served as-is by the end-to-end tests: nothing may load from elsewhere.
      expect(doc.querySelectorAll('script[src], link[href], img[src], iframe[src]')).toHaveLength(0);
      expect(html).not.toMatch(/url\(\s*['"]?(?:https?:)?\/\//);
    });

    it('stands for a URL detected as its page', () => {
      const { url } = load(file);
      const ref = detectPage(url);
      expect(ref?.crm).toBe(file.split('/')[0]);
      expect(ref?.kind).toBe(expected.kind);
    });

    it('reads the expected facts', () => {
      const { doc, url } = load(file);
      const ref = detectPage(url);
      if (!ref) throw new Error(`${url} is not detected`);
      const walk = vi.spyOn(PageScope.prototype, 'shadowRoots');
      const read = adapterFor(ref.crm).readPage(doc, ref);
      // Salesforce pages shaped as its UTAM page objects say are read through the known
      // components' shadow roots, without walking the whole page.
      if (ref.crm === 'salesforce') expect(walk).not.toHaveBeenCalled();
      walk.mockRestore();
      expect(read.facts).toEqual(expected.facts);
      expect(Object.keys(read.rules).sort()).toEqual(Object.keys(read.facts).sort());
      const byLabel = Object.entries(read.rules)
        .filter(([, rule]) => rule.startsWith('label "'))
        .map(([fact]) => fact);
      expect(byLabel.sort()).toEqual([...(expected.byLabel ?? [])].sort());
      expect(read.shadowMode).toBe(expected.shadowMode ?? 'none');
      expect(read.elementCount).toBeGreaterThan(10);
    });

    it('is read without failing by every reader, as every page kind, into a valid page reading', () => {
      const { doc } = load(file);
      for (const adapter of adapters) {
        for (const kind of [...pageKinds, null]) {
          const read = adapter.readPage(doc, { crm: adapter.id, kind, id: kind ? '1' : null });
          const { facts, rules, shadowMode, elementCount } = read;
          expect(pageFactsSchema.safeParse(facts).success).toBe(true);
          expect(pageReadingSchema.safeParse({ rules, shadowMode, elementCount, costMs: 0 }).success).toBe(true);
        }
      }
    });
  });
});
