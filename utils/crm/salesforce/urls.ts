import { isSubdomainOf } from '../host-match';
import type { AdapterExamples, PageRef } from '../types';
import { salesforceKindOf, toSalesforceId18 } from './ids';

/**
 * Salesforce org hosts. Lightning: `X.lightning.force.com` (also `X--sbx.sandbox.…`,
 * `X-dev-ed.develop.…`); My Domain: `X.my.salesforce.com` and its Setup twin
 * `X.my.salesforce-setup.com`; Classic instance hosts `na1.salesforce.com`, `cs42.salesforce.com`.
 * Every other `*.salesforce.com` host (help, trailhead, login, www…) is Salesforce's own site.
 */
const CLASSIC_INSTANCE_HOST = /^[a-z]{2,3}\d{1,3}\.salesforce\.com$/;

export function isHost(hostname: string): boolean {
  const host = hostname.toLowerCase();
  return (
    isSubdomainOf(host, 'lightning.force.com') ||
    isSubdomainOf(host, 'my.salesforce.com') ||
    isSubdomainOf(host, 'my.salesforce-setup.com') ||
    CLASSIC_INSTANCE_HOST.test(host)
  );
}

/** Path segments without the empty ones (`/a//b/` → `['a', 'b']`). */
function segmentsOf(path: string): string[] {
  return path.split('/').filter((segment) => segment !== '');
}

/** The record id a Lightning or Classic path names, as written (not yet validated), or null. */
function rawIdFromPath(path: string): string | null {
  const segments = segmentsOf(path);
  const [first, second, third, fourth] = segments;
  if (first === 'lightning' && second === 'r') {
    // `/lightning/r/<Object>/<id>/…` or `/lightning/r/<id>/view`: the id is the fourth segment
    // when it looks like one, else the third (a 15-letter object name like ContentDocument looks
    // like an id too, so the fourth is tried first).
    if (fourth !== undefined && toSalesforceId18(fourth)) return fourth;
    return third ?? null;
  }
  // Classic: `/<id>` on its own.
  if (segments.length === 1 && first !== undefined) return first;
  return null;
}

/** A path (with an optional query) carried inside a parameter or a hash, such as `%2F005…%3Fnoredirect%3D1`. */
function pathOfNested(value: string | null): string | null {
  if (!value) return null;
  let decoded = value;
  try {
    // URLSearchParams decoded it once; hashes arrive still encoded.
    if (/%2f/i.test(decoded)) decoded = decodeURIComponent(decoded);
  } catch {
    return null;
  }
  if (!decoded.startsWith('/')) return null;
  return decoded.split(/[?#]/)[0] ?? null;
}

function rawIdFrom(url: URL): string | null {
  const fromPath = rawIdFromPath(url.pathname);
  if (fromPath && toSalesforceId18(fromPath)) return fromPath;

  const segments = segmentsOf(url.pathname);
  // The old Lightning container: `/one/one.app#/sObject/<id>/view`.
  if (segments[0] === 'one' && segments[1] === 'one.app') {
    const match = /^#\/sObject\/([a-zA-Z0-9]+)(?:[/?]|$)/.exec(url.hash);
    return match?.[1] ?? null;
  }
  // Setup shows a Classic page in a frame and names it in `address=`: user pages are
  // `/lightning/setup/ManageUsers/page?address=%2F005…%3Fnoredirect%3D1`.
  if (segments[0] === 'lightning' && segments[1] === 'setup') {
    const nested = pathOfNested(url.searchParams.get('address'));
    return nested ? rawIdFromPath(nested) : null;
  }
  // Classic console keeps the open record in the hash: `/console#%2F001…`.
  if (segments[0] === 'console' && segments.length === 1) {
    const nested = pathOfNested(url.hash.slice(1));
    return nested ? rawIdFromPath(nested) : null;
  }
  // Lightning console URLs need nothing more: the path is the focused subtab, the one on screen,
  // and `ws=` only names the workspace (primary tab) it sits in.
  return fromPath;
}

/**
 * The page a Salesforce URL shows. Record kinds come from the id's key prefix, never from the
 * object name in the path. Ids that fail the checksum, list view filters (`filterName=00B…`),
 * reports and other objects give `kind: null`.
 */
export function parseUrl(url: URL): PageRef | null {
  if (url.protocol !== 'https:' || !isHost(url.hostname)) return null;
  const raw = rawIdFrom(url);
  const id = raw ? toSalesforceId18(raw) : null;
  const kind = id ? salesforceKindOf(id) : null;
  return kind && id ? { crm: 'salesforce', kind, id } : { crm: 'salesforce', kind: null, id: null };
}

const none: PageRef = { crm: 'salesforce', kind: null, id: null };
const account = (id: string): PageRef => ({ crm: 'salesforce', kind: 'account', id });
const user = (id: string): PageRef => ({ crm: 'salesforce', kind: 'user', id });
const contact = (id: string): PageRef => ({ crm: 'salesforce', kind: 'contact', id });
const deal = (id: string): PageRef => ({ crm: 'salesforce', kind: 'deal', id });
const lead = (id: string): PageRef => ({ crm: 'salesforce', kind: 'lead', id });

/** Ids below: the 15-character form, then its 18-character form with the computed checksum. */
export const examples: AdapterExamples = [
  // Lightning record pages, by key prefix.
  ['https://acme.lightning.force.com/lightning/r/Account/001Dn00000Glbx2IAB/view', account('001Dn00000Glbx2IAB')],
  ['https://acme.lightning.force.com/lightning/r/Account/001Dn00000Glbx2/view', account('001Dn00000Glbx2IAB')],
  ['https://acme.lightning.force.com/lightning/r/Account/001Dn00000Glbx2iab/view', account('001Dn00000Glbx2IAB')],
  ['https://acme.lightning.force.com/lightning/r/Account/001Dn00000Glbx2IAB/edit', account('001Dn00000Glbx2IAB')],
  ['https://acme.lightning.force.com/lightning/r/User/005Dn00000Ff3WpIAJ/view', user('005Dn00000Ff3WpIAJ')],
  ['https://acme.lightning.force.com/lightning/r/Contact/003Dn00000KfTs4IAF/view', contact('003Dn00000KfTs4IAF')],
  ['https://acme.lightning.force.com/lightning/r/Opportunity/006Dn00000AbQ9wIAF/view', deal('006Dn00000AbQ9wIAF')],
  ['https://acme.lightning.force.com/lightning/r/Lead/00QDn00000Lm7RtMAJ/view', lead('00QDn00000Lm7RtMAJ')],
  // The published checksum examples (docs/crm-pages.md, Salesforce ids).
  ['https://acme.lightning.force.com/lightning/r/Account/0019000000B98de/view', account('0019000000B98deAAB')],
  ['https://acme.lightning.force.com/lightning/r/User/0051A00000D67jW/view', user('0051A00000D67jWQAR')],
  ['https://acme.lightning.force.com/lightning/r/0051I000006lPqHQAU/view', user('0051I000006lPqHQAU')],
  // No object segment: `/lightning/r/<id>/view`.
  ['https://acme.lightning.force.com/lightning/r/001Dn00000Glbx2IAB/view', account('001Dn00000Glbx2IAB')],
  // Related lists belong to their parent record.
  [
    'https://acme.lightning.force.com/lightning/r/Account/001Dn00000Glbx2IAB/related/Contacts/view',
    account('001Dn00000Glbx2IAB'),
  ],
  [
    'https://acme.lightning.force.com/lightning/r/Opportunity/006Dn00000AbQ9wIAF/related/OpportunityContactRoles/view',
    deal('006Dn00000AbQ9wIAF'),
  ],
  // Console: the focused subtab (the path) is the page, not its workspace (`ws=`).
  [
    'https://acme.lightning.force.com/lightning/r/Contact/003Dn00000KfTs4IAF/view?ws=%2Flightning%2Fr%2FAccount%2F001Dn00000Glbx2IAB%2Fview',
    contact('003Dn00000KfTs4IAF'),
  ],
  [
    'https://acme.lightning.force.com/lightning/r/Case/500Dn00000Rt5YuIAJ/view?ws=%2Flightning%2Fr%2FAccount%2F001Dn00000Glbx2IAB%2Fview',
    none,
  ],
  // The old one.app container.
  ['https://acme.lightning.force.com/one/one.app#/sObject/001Dn00000Glbx2IAB/view', account('001Dn00000Glbx2IAB')],
  ['https://acme.lightning.force.com/one/one.app#/sObject/006Dn00000AbQ9w', deal('006Dn00000AbQ9wIAF')],
  ['https://acme.lightning.force.com/one/one.app#/home', none],
  // Setup user pages name the Classic page in `address=`.
  [
    'https://acme.lightning.force.com/lightning/setup/ManageUsers/page?address=%2F005Dn00000Ff3Wp%3Fnoredirect%3D1%26isUserEntityOverride%3D1',
    user('005Dn00000Ff3WpIAJ'),
  ],
  [
    'https://acme.my.salesforce-setup.com/lightning/setup/ManageUsers/page?address=%2F005Dn00000Ff3WqIAJ%3Fnoredirect%3D1',
    user('005Dn00000Ff3WqIAJ'),
  ],
  ['https://acme.lightning.force.com/lightning/setup/ManageUsers/home', none],
  ['https://acme.lightning.force.com/lightning/setup/SetupOneHome/home', none],
  // Classic, on instance and My Domain hosts.
  ['https://na1.salesforce.com/001Dn00000Glbx2', account('001Dn00000Glbx2IAB')],
  ['https://cs42.salesforce.com/003Dn00000KfTs4IAF', contact('003Dn00000KfTs4IAF')],
  ['https://acme.my.salesforce.com/006Dn00000AbQ9w', deal('006Dn00000AbQ9wIAF')],
  ['https://acme.my.salesforce.com/00QDn00000Lm7Rt', lead('00QDn00000Lm7RtMAJ')],
  ['https://acme.my.salesforce.com/005Dn00000Ff3Wp?noredirect=1&isUserEntityOverride=1', user('005Dn00000Ff3WpIAJ')],
  ['https://acme.my.salesforce.com/console#%2F001Dn00000Glbx3', account('001Dn00000Glbx3IAB')],
  ['https://acme.my.salesforce.com/home/home.jsp', none],
  ['https://acme.my.salesforce.com/001/o', none],
  ['https://acme.my.salesforce.com/001?fcf=00BDn00000T6pq1', none],
  // Sandbox and Developer Edition hosts.
  [
    'https://acme--uat.sandbox.lightning.force.com/lightning/r/Account/001Dn00000HqZ8eIAF/view',
    account('001Dn00000HqZ8eIAF'),
  ],
  ['https://acme--uat.sandbox.my.salesforce.com/001Dn00000HqZ8e', account('001Dn00000HqZ8eIAF')],
  ['https://acme--dev.cs42.my.salesforce.com/005Dn00000Ff3Wq', user('005Dn00000Ff3WqIAJ')],
  [
    'https://acme-dev-ed.develop.lightning.force.com/lightning/r/Opportunity/006Dn00000AbQ9xIAF/view',
    deal('006Dn00000AbQ9xIAF'),
  ],
  ['https://acme-dev-ed.develop.my.salesforce.com/00QDn00000Lm7Ru', lead('00QDn00000Lm7RuMAJ')],
  // Pages of Salesforce that are not one record of the kinds CoachLens reads.
  ['https://acme.lightning.force.com/lightning/page/home', none],
  ['https://acme.lightning.force.com/lightning/o/Account/list?filterName=00BDn00000T6pq1MAB', none],
  ['https://acme.lightning.force.com/lightning/o/Account/list?filterName=Recent', none],
  ['https://acme.lightning.force.com/lightning/o/Opportunity/home', none],
  ['https://acme.lightning.force.com/lightning/o/Lead/new', none],
  ['https://acme.lightning.force.com/lightning/r/Report/00ODn00000Xa1bCMAR/view', none],
  ['https://acme.lightning.force.com/lightning/r/Case/500Dn00000Rt5YuIAJ/view', none],
  ['https://acme.lightning.force.com/lightning/r/Custom_Object__c/a0D30000001n7PiEAI/view', none],
  // A checksum that does not match its id is no record (the last letter changed).
  ['https://acme.lightning.force.com/lightning/r/Account/001Dn00000Glbx2IAC/view', none],
  ['http://acme.lightning.force.com/lightning/r/Account/001Dn00000Glbx2IAB/view', null],
  // Look-alikes and Salesforce's own sites.
  ['https://acme.lightning.force.com.evil.example/lightning/r/Account/001Dn00000Glbx2IAB/view', null],
  ['https://evil.example/acme.lightning.force.com/lightning/r/Account/001Dn00000Glbx2IAB/view', null],
  ['https://lightning.force.com/lightning/r/Account/001Dn00000Glbx2IAB/view', null],
  ['https://help.salesforce.com/s/articleView?id=000385203&type=1', null],
  ['https://trailhead.salesforce.com/content/learn/modules/lex_implementation_basics', null],
  ['https://login.salesforce.com/001Dn00000Glbx2', null],
  ['https://test.salesforce.com/', null],
  ['https://www.salesforce.com/products/sales/', null],
  ['https://developer.salesforce.com/docs/atlas.en-us.lightning.meta/lightning/', null],
  ['https://appexchange.salesforce.com/appxListingDetail?listingId=a0N3000000B5XKKEA3', null],
  ['https://my.salesforce.com/001Dn00000Glbx2', null],
  ['https://acme.salesforce.com.evil.example/001Dn00000Glbx2', null],
];
