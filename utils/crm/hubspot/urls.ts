import type { AdapterExamples, PageKind, PageRef } from '../types';

/**
 * HubSpot's app hosts: `app.hubspot.com` and the regional `app-eu1.hubspot.com`, `app-na2.…`.
 * The manifest matches `*.hubspot.com` (Chrome patterns cannot say `app-*`), so everything else
 * under hubspot.com (www, knowledge, developers…) is turned away here.
 */
const APP_HOST = /^app(?:-[a-z]{2,3}\d+)?\.hubspot\.com$/;

export function isHost(hostname: string): boolean {
  return APP_HOST.test(hostname.toLowerCase());
}

/** CRM object type ids (https://developers.hubspot.com/docs/guides/crm/using-object-apis). */
const kindByObjectType: Readonly<Record<string, PageKind>> = {
  '0-1': 'contact',
  '0-2': 'account',
  '0-3': 'deal',
  '0-136': 'lead',
};

/** The older record URLs name the object instead: `/contacts/<portal>/company/<id>`. */
const kindByLegacyName: Readonly<Record<string, PageKind>> = {
  company: 'account',
  contact: 'contact',
  deal: 'deal',
};

const DIGITS = /^\d+$/;

function recordOf(segments: string[]): { kind: PageKind; id: string } | null {
  const [area, portal, third, fourth, fifth] = segments;
  if (portal === undefined || !DIGITS.test(portal)) return null;
  if (area === 'contacts') {
    // `/contacts/<portal>/record/<objectTypeId>/<id>[/…]`
    if (third === 'record' && fourth !== undefined && fifth !== undefined && DIGITS.test(fifth)) {
      const kind = kindByObjectType[fourth];
      return kind ? { kind, id: fifth } : null;
    }
    // `/contacts/<portal>/company/<id>/`
    const legacy = third === undefined ? undefined : kindByLegacyName[third];
    if (legacy && fourth !== undefined && DIGITS.test(fourth)) return { kind: legacy, id: fourth };
  }
  // A user in Settings → Users & Teams: `/settings/<portal>/users/user/<userId>`. HubSpot does not
  // document this URL (docs/crm-pages.md, HubSpot); it is the shape the settings app uses, unverified (2026-11).
  if (area === 'settings' && third === 'users' && fourth === 'user' && fifth !== undefined && DIGITS.test(fifth)) {
    return { kind: 'user', id: fifth };
  }
  return null;
}

/** The page a HubSpot URL shows; lists, tickets, custom objects and settings give `kind: null`. */
export function parseUrl(url: URL): PageRef | null {
  if (url.protocol !== 'https:' || !isHost(url.hostname)) return null;
  const record = recordOf(url.pathname.split('/').filter((segment) => segment !== ''));
  return record ? { crm: 'hubspot', ...record } : { crm: 'hubspot', kind: null, id: null };
}

const none: PageRef = { crm: 'hubspot', kind: null, id: null };
const ref = (kind: PageKind, id: string): PageRef => ({ crm: 'hubspot', kind, id });

export const examples: AdapterExamples = [
  ['https://app.hubspot.com/contacts/4412087/record/0-2/18236491502', ref('account', '18236491502')],
  ['https://app.hubspot.com/contacts/4412087/record/0-2/18236491502/', ref('account', '18236491502')],
  ['https://app.hubspot.com/contacts/4412087/record/0-1/90211', ref('contact', '90211')],
  ['https://app.hubspot.com/contacts/4412087/record/0-3/31877640221', ref('deal', '31877640221')],
  ['https://app.hubspot.com/contacts/4412087/record/0-136/7701', ref('lead', '7701')],
  ['https://app-eu1.hubspot.com/contacts/25501234/record/0-2/9912', ref('account', '9912')],
  ['https://app-na2.hubspot.com/contacts/48812/record/0-3/5521', ref('deal', '5521')],
  ['https://app-ap1.hubspot.com/contacts/48812/record/0-1/66', ref('contact', '66')],
  ['https://APP-EU1.HubSpot.com/contacts/25501234/record/0-2/9912', ref('account', '9912')],
  // Older record URLs.
  ['https://app.hubspot.com/contacts/4412087/company/18236491502/', ref('account', '18236491502')],
  ['https://app.hubspot.com/contacts/4412087/contact/90211/', ref('contact', '90211')],
  ['https://app-eu1.hubspot.com/contacts/25501234/deal/5521', ref('deal', '5521')],
  ['https://app.hubspot.com/settings/4412087/users/user/61230045', ref('user', '61230045')],
  // HubSpot pages that are not one record of those kinds.
  ['https://app.hubspot.com/contacts/4412087/record/0-5/123', none],
  ['https://app.hubspot.com/contacts/4412087/record/2-7732001/55', none],
  ['https://app.hubspot.com/contacts/4412087/objects/0-2/views/all/list', none],
  ['https://app.hubspot.com/contacts/4412087/companies/list/view/all/', none],
  ['https://app.hubspot.com/contacts/4412087/record/0-2/', none],
  ['https://app.hubspot.com/settings/4412087/users', none],
  ['https://app.hubspot.com/reports-dashboard/4412087/view/1234', none],
  ['https://app.hubspot.com/user-guide/4412087', none],
  ['http://app.hubspot.com/contacts/4412087/record/0-2/18236491502', null],
  // Look-alikes and HubSpot's own sites.
  ['https://www.hubspot.com/products/crm', null],
  ['https://knowledge.hubspot.com/records/view-and-filter-records', null],
  ['https://developers.hubspot.com/docs/guides/crm/using-object-apis', null],
  ['https://hubspot.com/contacts/4412087/record/0-2/1', null],
  ['https://app.hubspot.com.evil.example/contacts/4412087/record/0-2/1', null],
  ['https://evilapp.hubspot.com/contacts/4412087/record/0-2/1', null],
  ['https://app-eu1.hubspot.com.evil.example/contacts/4412087/record/0-2/1', null],
];
