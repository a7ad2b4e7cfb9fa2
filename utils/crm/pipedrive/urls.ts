import { subdomainLabels } from '../host-match';
import type { AdapterExamples, PageKind, PageRef } from '../types';

/**
 * Pipedrive companies live on `<company>.pipedrive.com` (and `app.pipedrive.com`). Pipedrive's
 * own sites share the domain, so their names are turned away (the manifest matches
 * `*.pipedrive.com`).
 */
const NOT_A_COMPANY = new Set([
  'www',
  'developers',
  'support',
  'oauth',
  'api',
  'blog',
  'status',
  'marketplace',
  'community',
  'academy',
  'learn',
  'partners',
  'careers',
  'media',
  'docs',
  'help',
  'login',
  'auth',
  'cdn',
  'static',
]);

export function isHost(hostname: string): boolean {
  const labels = subdomainLabels(hostname, 'pipedrive.com');
  const [company] = labels;
  return labels.length === 1 && company !== undefined && !NOT_A_COMPANY.has(company);
}

const kindByArea: Readonly<Record<string, PageKind>> = {
  organization: 'account',
  person: 'contact',
  deal: 'deal',
};

const DIGITS = /^\d+$/;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

function recordOf(segments: string[]): { kind: PageKind; id: string } | null {
  const [first, second, third] = segments;
  if (first === undefined || second === undefined) return null;
  const kind = kindByArea[first];
  // `/organization/<id>`, `/person/<id>`, `/deal/<id>`: exactly that, lists are `/deals/list` etc.
  if (kind && segments.length === 2 && DIGITS.test(second)) return { kind, id: second };
  if (first === 'users' && second === 'details' && third !== undefined && DIGITS.test(third)) {
    return { kind: 'user', id: third };
  }
  // Leads have UUIDs: `/leads/inbox/<uuid>`.
  if (first === 'leads' && second === 'inbox' && third !== undefined && UUID.test(third)) {
    return { kind: 'lead', id: third.toLowerCase() };
  }
  return null;
}

/** The page a Pipedrive URL shows; pipelines, lists, activities and settings give `kind: null`. */
export function parseUrl(url: URL): PageRef | null {
  if (url.protocol !== 'https:' || !isHost(url.hostname)) return null;
  const record = recordOf(url.pathname.split('/').filter((segment) => segment !== ''));
  return record ? { crm: 'pipedrive', ...record } : { crm: 'pipedrive', kind: null, id: null };
}

const none: PageRef = { crm: 'pipedrive', kind: null, id: null };
const ref = (kind: PageKind, id: string): PageRef => ({ crm: 'pipedrive', kind, id });

export const examples: AdapterExamples = [
  ['https://acme.pipedrive.com/organization/812', ref('account', '812')],
  ['https://acme.pipedrive.com/organization/812/', ref('account', '812')],
  ['https://acme.pipedrive.com/person/4410', ref('contact', '4410')],
  ['https://acme.pipedrive.com/deal/1207', ref('deal', '1207')],
  ['https://acme.pipedrive.com/users/details/13100377', ref('user', '13100377')],
  [
    'https://acme.pipedrive.com/leads/inbox/5b1d3c40-8f2e-11ee-b2f4-4fd1a0e6c9a1',
    ref('lead', '5b1d3c40-8f2e-11ee-b2f4-4fd1a0e6c9a1'),
  ],
  ['https://app.pipedrive.com/deal/1207', ref('deal', '1207')],
  ['https://acme-sales.pipedrive.com/organization/99', ref('account', '99')],
  // Pipedrive pages that are not one record of those kinds.
  ['https://acme.pipedrive.com/pipeline/1/user/everyone', none],
  ['https://acme.pipedrive.com/deals/list', none],
  ['https://acme.pipedrive.com/organizations/list/user/everyone', none],
  ['https://acme.pipedrive.com/leads/inbox', none],
  ['https://acme.pipedrive.com/activities/list', none],
  ['https://acme.pipedrive.com/deal/new', none],
  ['https://acme.pipedrive.com/settings/users', none],
  ['http://acme.pipedrive.com/deal/1207', null],
  // Look-alikes and Pipedrive's own sites.
  ['https://www.pipedrive.com/en/features', null],
  ['https://developers.pipedrive.com/docs/api/v1/Organizations', null],
  ['https://support.pipedrive.com/en/article/deal-detail-view', null],
  ['https://pipedrive.com/organization/812', null],
  ['https://acme.pipedrive.com.evil.example/organization/812', null],
  ['https://a.b.pipedrive.com/organization/812', null],
];
