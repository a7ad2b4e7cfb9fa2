/**
 * The contract every CRM adapter keeps: each runs against every example URL of every adapter
 * (plus the look-alikes below), a URL is claimed (parseUrl non-null) by at most one adapter, by
 * the one its example names, and detectPage gives the expected PageRef.
 */
import { crmIds } from '../../utils/schemas/common';
import { adapterFor, adapters, detectPage } from '../../utils/crm';
import { examplesByCrm } from '../../utils/crm/examples';
import { crmHostPatterns } from '../../utils/crm/host-patterns';
import type { PageRef } from '../../utils/crm';

/** Pages of no CRM, and hosts that only look like one: no adapter may claim them. */
const lookAlikes: ReadonlyArray<readonly [string, null]> = [
  ['https://example.com/lightning/r/Account/001Dn00000Glbx2IAB/view', null],
  ['https://force.com/', null],
  ['https://salesforce.com.evil.example/001Dn00000Glbx2', null],
  ['https://acme.lightning.force.com@evil.example/lightning/r/Account/001Dn00000Glbx2IAB/view', null],
  ['https://evil.example/?next=https://acme.lightning.force.com/lightning/r/Account/001Dn00000Glbx2IAB/view', null],
  ['https://hubspot.com.evil.example/contacts/1/record/0-2/1', null],
  ['https://pipedrive.example/deal/1', null],
  ['https://dynamics.com/main.aspx?pagetype=entityrecord&etn=account&id=91330924-802a-4b0d-a900-34fd9d790829', null],
  ['https://zoho.eu/crm/org1/tab/Accounts/1', null],
  ['file:///home/dana/acme.lightning.force.com/lightning/r/Account/001Dn00000Glbx2IAB/view', null],
  ['chrome-extension://abcdefghijklmnop/panel.html', null],
  ['about:blank', null],
];

const table: ReadonlyArray<readonly [string, PageRef | null]> = [
  ...adapters.flatMap((adapter) => examplesByCrm[adapter.id]),
  ...lookAlikes,
];

describe('CRM adapters contract', () => {
  it('has one adapter per CRM, found by adapterFor', () => {
    expect(adapters.map((adapter) => adapter.id).sort()).toEqual([...crmIds].sort());
    for (const crm of crmIds) expect(adapterFor(crm).id).toBe(crm);
  });

  it('has a table of at least 120 URLs, with records and non-records of every CRM', () => {
    expect(table.length).toBeGreaterThanOrEqual(120);
    expect(new Set(table.map(([url]) => url)).size).toBe(table.length);
    for (const crm of crmIds) {
      const own = table.filter(([, expected]) => expected?.crm === crm);
      expect(
        own.some(([, expected]) => expected?.kind !== null),
        crm,
      ).toBe(true);
      expect(
        own.some(([, expected]) => expected?.kind === null),
        crm,
      ).toBe(true);
    }
    const kinds = new Set(table.map(([, expected]) => expected?.kind));
    for (const kind of ['user', 'account', 'contact', 'deal', 'lead'])
      expect(kinds.has(kind as PageRef['kind'])).toBe(true);
  });

  describe.each(table.map(([url, expected]) => [url, expected] as const))('%s', (url, expected) => {
    it('is claimed by at most one adapter, the expected one', () => {
      const claims = adapters
        .map((adapter) => ({ adapter: adapter.id, ref: adapter.parseUrl(new URL(url)) }))
        .filter(({ ref }) => ref !== null);
      expect(claims.length).toBeLessThanOrEqual(1);
      expect(claims.map(({ adapter }) => adapter)).toEqual(expected ? [expected.crm] : []);
    });

    it('is detected as expected', () => {
      expect(detectPage(url)).toEqual(expected);
      expect(detectPage(new URL(url))).toEqual(expected);
    });
  });

  it('gives a record kind only with an id, and no id without a kind', () => {
    for (const [url] of table) {
      const ref = detectPage(url);
      if (ref) expect(ref.kind === null).toBe(ref.id === null);
    }
  });

  it('returns null for strings that are not URLs, never throwing', () => {
    for (const bad of [
      '',
      'not a url',
      '/lightning/r/Account/001Dn00000Glbx2IAB/view',
      'https://',
      'http://[::1',
      '%%%',
    ]) {
      expect(detectPage(bad)).toBeNull();
    }
  });

  it('claims only hosts the manifest grants', () => {
    // A claimed host with no matching pattern would be a CRM page the content script never sees.
    const patternHosts = crmHostPatterns.map((pattern) => new URL(pattern.replace('*.', 'wildcard.')).hostname);
    for (const [url, expected] of table) {
      if (!expected) continue;
      const host = new URL(url).hostname.toLowerCase();
      const granted = patternHosts.some((pattern) =>
        pattern.startsWith('wildcard.') ? host.endsWith(pattern.slice('wildcard'.length)) : host === pattern,
      );
      expect(granted, host).toBe(true);
    }
  });

  it('never grants every host', () => {
    for (const pattern of crmHostPatterns) {
      expect(pattern).not.toBe('<all_urls>');
      expect(pattern).not.toMatch(/^https?:\/\/\*\/\*$/);
    }
  });
});
