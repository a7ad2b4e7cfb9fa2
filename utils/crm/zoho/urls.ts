import type { AdapterExamples, PageKind, PageRef } from '../types';

/**
 * Zoho CRM has one host per data centre (https://www.zoho.com/accounts/protocol/oauth/multi-dc.html).
 * Exact hosts, never `*.zoho.com`: that would be every Zoho app and the marketing site.
 */
const CRM_HOSTS = new Set([
  'crm.zoho.com',
  'crm.zoho.eu',
  'crm.zoho.in',
  'crm.zoho.com.au',
  'crm.zoho.jp',
  'crm.zoho.com.cn',
  'crm.zoho.sa',
  'crm.zohocloud.ca',
]);

export function isHost(hostname: string): boolean {
  return CRM_HOSTS.has(hostname.toLowerCase().replace(/\.$/, ''));
}

/** Module API names in `/tab/<Module>/`; deals are still `Potentials` there. */
const kindByModule: Readonly<Record<string, PageKind>> = {
  Accounts: 'account',
  Contacts: 'contact',
  Potentials: 'deal',
  Leads: 'lead',
};

// `/crm/org<n>/tab/<Module>/<id>`; single-org accounts may leave out `org<n>/`.
const RECORD_PATH = /^\/crm\/(?:org\d+\/)?tab\/([A-Za-z]+)\/(\d+)\/?$/;
// A user's page in Setup → Users. Unverified (low confidence, 2026-11: docs/crm-pages.md, Zoho).
const USER_PATH = /^\/crm\/(?:org\d+\/)?settings\/users\/(\d+)\/?$/;

function recordOf(path: string): { kind: PageKind; id: string } | null {
  const record = RECORD_PATH.exec(path);
  const kind = record?.[1] === undefined ? undefined : kindByModule[record[1]];
  if (kind && record?.[2]) return { kind, id: record[2] };
  const user = USER_PATH.exec(path);
  return user?.[1] ? { kind: 'user', id: user[1] } : null;
}

/** The page a Zoho CRM URL shows; list views, Home and other modules give `kind: null`. */
export function parseUrl(url: URL): PageRef | null {
  if (url.protocol !== 'https:' || !isHost(url.hostname)) return null;
  const record = recordOf(url.pathname);
  return record ? { crm: 'zoho', ...record } : { crm: 'zoho', kind: null, id: null };
}

const none: PageRef = { crm: 'zoho', kind: null, id: null };
const ref = (kind: PageKind, id: string): PageRef => ({ crm: 'zoho', kind, id });

export const examples: AdapterExamples = [
  ['https://crm.zoho.com/crm/org60012345/tab/Accounts/5725767000000412001', ref('account', '5725767000000412001')],
  ['https://crm.zoho.com/crm/org60012345/tab/Contacts/5725767000000412077', ref('contact', '5725767000000412077')],
  ['https://crm.zoho.com/crm/org60012345/tab/Potentials/5725767000000418003', ref('deal', '5725767000000418003')],
  ['https://crm.zoho.com/crm/org60012345/tab/Leads/5725767000000420011', ref('lead', '5725767000000420011')],
  ['https://crm.zoho.com/crm/org60012345/settings/users/5725767000000198001', ref('user', '5725767000000198001')],
  ['https://crm.zoho.com/crm/tab/Accounts/5725767000000412001', ref('account', '5725767000000412001')],
  ['https://crm.zoho.eu/crm/org20088123/tab/Accounts/98231000000231001', ref('account', '98231000000231001')],
  ['https://crm.zoho.in/crm/org60099887/tab/Potentials/712300000004512', ref('deal', '712300000004512')],
  ['https://crm.zoho.com.au/crm/org7001234/tab/Contacts/4411000000112233', ref('contact', '4411000000112233')],
  ['https://crm.zoho.jp/crm/org90011223/tab/Leads/3300000000098765', ref('lead', '3300000000098765')],
  ['https://crm.zoho.com.cn/crm/org40012345/tab/Accounts/2200000000033441', ref('account', '2200000000033441')],
  ['https://crm.zoho.sa/crm/org50012345/tab/Accounts/1100000000022331', ref('account', '1100000000022331')],
  ['https://crm.zohocloud.ca/crm/org11012345/tab/Accounts/8800000000011221', ref('account', '8800000000011221')],
  ['https://crm.zoho.eu/crm/org20088123/settings/users/98231000000012001', ref('user', '98231000000012001')],
  // Zoho CRM pages that are not one record of those kinds.
  ['https://crm.zoho.com/crm/org60012345/tab/Home/begin', none],
  ['https://crm.zoho.com/crm/org60012345/tab/Accounts/custom-view/5725767000000087501/list', none],
  ['https://crm.zoho.com/crm/org60012345/tab/Accounts/create', none],
  ['https://crm.zoho.com/crm/org60012345/tab/Cases/5725767000000500001', none],
  ['https://crm.zoho.com/crm/org60012345/settings/users', none],
  ['https://crm.zoho.com/crm/org60012345/tab/Reports/5725767000000076001', none],
  ['http://crm.zoho.com/crm/org60012345/tab/Accounts/5725767000000412001', null],
  // Look-alikes and Zoho's other sites.
  ['https://www.zoho.com/crm/', null],
  ['https://help.zoho.com/portal/en/kb/crm', null],
  ['https://mail.zoho.com/zm/', null],
  ['https://desk.zoho.com/agent/acme/tickets', null],
  ['https://crm.zoho.com.evil.example/crm/org60012345/tab/Accounts/5725767000000412001', null],
  ['https://acme.crm.zoho.com/crm/org60012345/tab/Accounts/5725767000000412001', null],
  ['https://zoho.com/crm/org60012345/tab/Accounts/5725767000000412001', null],
];
