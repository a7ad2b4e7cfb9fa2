// @vitest-environment jsdom
/**
 * Every fixture page under tests/fixtures/crm/ is read by its CRM's adapter: the URL it stands for
 * (its "Stands for:" line) is detected as the expected page, and the facts read match.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { adapterFor, detectPage } from '../../utils/crm';
import type { PageFacts, PageRef } from '../../utils/crm';

const FIXTURES = join(__dirname, '../fixtures/crm');

const DANA_SF = '005Dn00000Ff3WpIAJ';
const GLOBEX_SF = '001Dn00000Glbx2IAB';

const expectations: Record<string, { kind: PageRef['kind']; facts: PageFacts }> = {
  'salesforce/account.html': {
    kind: 'account',
    facts: { recordName: 'Globex Corporation', ownerName: 'Dana Whitfield', ownerUserId: DANA_SF },
  },
  'salesforce/account-classic.html': {
    kind: 'account',
    facts: { recordName: 'Globex Corporation', ownerName: 'Dana Whitfield', ownerUserId: DANA_SF },
  },
  'salesforce/deal.html': {
    kind: 'deal',
    facts: {
      recordName: 'Globex Platform Renewal 2027',
      ownerName: 'Dana Whitfield',
      ownerUserId: DANA_SF,
      accountName: 'Globex Corporation',
      accountId: GLOBEX_SF,
    },
  },
  'salesforce/user.html': { kind: 'user', facts: { recordName: 'Dana Whitfield' } },
  'hubspot/account.html': { kind: 'account', facts: { recordName: 'Globex Corporation', ownerName: 'Dana Whitfield' } },
  'hubspot/deal.html': {
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
  'zoho/account.html': { kind: 'account', facts: { recordName: 'Globex Corporation', ownerName: 'Dana Whitfield' } },
  'zoho/deal.html': {
    kind: 'deal',
    facts: {
      recordName: 'Globex Platform Renewal 2027',
      ownerName: 'Dana Whitfield',
      accountName: 'Globex Corporation',
      accountId: '5725767000000412001',
    },
  },
  'zoho/user.html': { kind: 'user', facts: { recordName: 'Dana Whitfield' } },
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

function load(file: string): { html: string; doc: Document; url: string } {
  const html = readFileSync(join(FIXTURES, file), 'utf8');
  const url = /Stands for: (\S+)/.exec(html)?.[1];
  if (!url) throw new Error(`${file} does not say which URL it stands for`);
  return { html, doc: new DOMParser().parseFromString(html, 'text/html'), url };
}

describe('CRM fixture pages', () => {
  it('has an expectation for every fixture, and a fixture for every expectation', () => {
    expect(fixtureFiles()).toEqual(Object.keys(expectations).sort());
  });

  it('covers the account, deal and user page of every CRM', () => {
    for (const crm of ['salesforce', 'hubspot', 'pipedrive', 'dynamics', 'zoho']) {
      for (const kind of ['account', 'deal', 'user']) expect(fixtureFiles()).toContain(`${crm}/${kind}.html`);
    }
  });

  it('lists every fixture in the README', () => {
    const readme = readFileSync(join(FIXTURES, 'README.md'), 'utf8');
    for (const file of fixtureFiles()) expect(readme).toContain(file);
  });

  describe.each(Object.entries(expectations))('%s', (file, expected) => {
    it('is a self-contained page that says where its shape comes from', () => {
      const { html, doc } = load(file);
      expect(html.trimStart().startsWith('<!--')).toBe(true);
      expect(html).toMatch(/Shape \(2026-11\)/);
      expect(doc.title).not.toBe('');
      expect(doc.querySelector('h1')).not.toBeNull();
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
      expect(adapterFor(ref.crm).readPage(doc, ref).facts).toEqual(expected.facts);
    });
  });
});
