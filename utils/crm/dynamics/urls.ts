import type { AdapterExamples, PageKind, PageRef } from '../types';

/**
 * Dynamics 365 org hosts: `<org>.crm.dynamics.com` and every regional `<org>.crmN.dynamics.com`
 * (crm2 South America … crm4 EMEA … crm11 UK and newer), plus the US Government (GCC High) and
 * China clouds. Exactly one label before `crmN`, so `dynamics.microsoft.com`, `home.dynamics.com`
 * and API hosts such as `<org>.api.crm.dynamics.com` are not pages.
 */
const ORG_HOSTS = [
  /^[a-z0-9][a-z0-9-]*\.crm\d{0,2}\.dynamics\.com$/,
  /^[a-z0-9][a-z0-9-]*\.crm\.microsoftdynamics\.us$/,
  /^[a-z0-9][a-z0-9-]*\.crm\.dynamics\.cn$/,
];

export function isHost(hostname: string): boolean {
  const host = hostname.toLowerCase();
  return ORG_HOSTS.some((pattern) => pattern.test(host));
}

/** Entity logical names (`etn=`) CoachLens reads. */
const kindByEntityName: Readonly<Record<string, PageKind>> = {
  account: 'account',
  contact: 'contact',
  opportunity: 'deal',
  lead: 'lead',
  systemuser: 'user',
};

/** Entity type codes (`etc=`) of the legacy web client. */
const kindByTypeCode: Readonly<Record<string, PageKind>> = {
  '1': 'account',
  '2': 'contact',
  '3': 'deal',
  '4': 'lead',
  '8': 'user',
};

const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

/** A GUID lower-cased without braces (`{…}`, `%7B…%7D`), or null when it is not one. */
export function normaliseGuid(raw: string | undefined): string | null {
  if (!raw) return null;
  const bare = raw
    .trim()
    .replace(/^(?:\{|%7b)/i, '')
    .replace(/(?:\}|%7d)$/i, '')
    .toLowerCase();
  return GUID.test(bare) ? bare : null;
}

/** Query parameters with lower-cased names (first value wins): Dynamics does not care about their case or order. */
function paramsOf(search: string): Map<string, string> {
  const params = new Map<string, string>();
  for (const [name, value] of new URLSearchParams(search)) {
    const key = name.toLowerCase();
    if (!params.has(key)) params.set(key, value);
  }
  return params;
}

function recordOf(url: URL): { kind: PageKind; id: string } | null {
  if (url.pathname.toLowerCase() !== '/main.aspx') return null;
  const params = paramsOf(url.search);
  if (params.get('pagetype')?.toLowerCase() !== 'entityrecord') return null;
  // The legacy web client may carry the record inside `extraqs=` (encoded once more).
  const extra = paramsOf(params.get('extraqs') ?? '');
  const entityName = (params.get('etn') ?? extra.get('etn'))?.toLowerCase();
  const typeCode = params.get('etc') ?? extra.get('etc');
  const kind =
    (entityName === undefined ? undefined : kindByEntityName[entityName]) ??
    (typeCode === undefined ? undefined : kindByTypeCode[typeCode]);
  const id = normaliseGuid(params.get('id') ?? extra.get('id'));
  return kind && id ? { kind, id } : null;
}

/**
 * The page a Dynamics 365 URL shows. Only `main.aspx?pagetype=entityrecord` with a known entity
 * and a GUID is a record; lists, dashboards, new-record forms and other entities give `kind: null`.
 */
export function parseUrl(url: URL): PageRef | null {
  if (url.protocol !== 'https:' || !isHost(url.hostname)) return null;
  const record = recordOf(url);
  return record ? { crm: 'dynamics', ...record } : { crm: 'dynamics', kind: null, id: null };
}

const none: PageRef = { crm: 'dynamics', kind: null, id: null };
const ref = (kind: PageKind, id: string): PageRef => ({ crm: 'dynamics', kind, id });
const GLOBEX = '91330924-802a-4b0d-a900-34fd9d790829';
const APP = 'appid=4b9a6c4e-2f1d-ee11-9cbe-000d3a5a1c21';

export const examples: AdapterExamples = [
  [
    `https://acme.crm.dynamics.com/main.aspx?${APP}&pagetype=entityrecord&etn=account&id=${GLOBEX}`,
    ref('account', GLOBEX),
  ],
  // Parameters in another order, the id upper-case, in braces, or `%7B…%7D`.
  [
    'https://acme.crm.dynamics.com/main.aspx?etn=account&pagetype=entityrecord&id=%7B91330924-802A-4B0D-A900-34FD9D790829%7D',
    ref('account', GLOBEX),
  ],
  [
    `https://acme.crm.dynamics.com/main.aspx?id={${GLOBEX.toUpperCase()}}&etn=account&pagetype=entityrecord`,
    ref('account', GLOBEX),
  ],
  [
    'https://acme.crm4.dynamics.com/main.aspx?appid=1c2e&pagetype=entityrecord&etn=opportunity&id=5e0b0b8a-1f7b-ee11-8179-000d3a2b4c6d',
    ref('deal', '5e0b0b8a-1f7b-ee11-8179-000d3a2b4c6d'),
  ],
  [
    'https://acme.crm2.dynamics.com/main.aspx?pagetype=entityrecord&etn=contact&id=0a4e1c52-3d6a-ee11-8df0-000d3a8f7b11',
    ref('contact', '0a4e1c52-3d6a-ee11-8df0-000d3a8f7b11'),
  ],
  [
    'https://acme.crm3.dynamics.com/main.aspx?pagetype=entityrecord&etn=lead&id=77d1e3a0-5b2c-ee11-bdf4-000d3a1e2f33',
    ref('lead', '77d1e3a0-5b2c-ee11-bdf4-000d3a1e2f33'),
  ],
  [
    'https://acme.crm5.dynamics.com/main.aspx?pagetype=entityrecord&etn=systemuser&id=c2f7a1d4-9e3b-ee11-be6e-000d3a4b5c66',
    ref('user', 'c2f7a1d4-9e3b-ee11-be6e-000d3a4b5c66'),
  ],
  [`https://acme.crm6.dynamics.com/main.aspx?pagetype=entityrecord&etn=account&id=${GLOBEX}`, ref('account', GLOBEX)],
  [`https://acme.crm7.dynamics.com/main.aspx?pagetype=entityrecord&etn=account&id=${GLOBEX}`, ref('account', GLOBEX)],
  [`https://acme.crm8.dynamics.com/main.aspx?pagetype=entityrecord&etn=account&id=${GLOBEX}`, ref('account', GLOBEX)],
  [`https://acme.crm9.dynamics.com/main.aspx?pagetype=entityrecord&etn=account&id=${GLOBEX}`, ref('account', GLOBEX)],
  [`https://acme.crm11.dynamics.com/main.aspx?pagetype=entityrecord&etn=account&id=${GLOBEX}`, ref('account', GLOBEX)],
  [`https://acme.crm12.dynamics.com/main.aspx?pagetype=entityrecord&etn=account&id=${GLOBEX}`, ref('account', GLOBEX)],
  [
    `https://acme.crm.microsoftdynamics.us/main.aspx?pagetype=entityrecord&etn=account&id=${GLOBEX}`,
    ref('account', GLOBEX),
  ],
  [`https://acme.crm.dynamics.cn/main.aspx?pagetype=entityrecord&etn=account&id=${GLOBEX}`, ref('account', GLOBEX)],
  // Legacy web client: type codes, and the id inside `extraqs=` (encoded twice).
  [`https://acme.crm.dynamics.com/main.aspx?etc=1&id=%7b${GLOBEX}%7d&pagetype=entityrecord`, ref('account', GLOBEX)],
  [
    'https://acme.crm.dynamics.com/main.aspx?etc=3&extraqs=%3f_gridType%3d3%26etc%3d3%26id%3d%257b5E0B0B8A-1F7B-EE11-8179-000D3A2B4C6D%257d&pagetype=entityrecord',
    ref('deal', '5e0b0b8a-1f7b-ee11-8179-000d3a2b4c6d'),
  ],
  [
    'https://acme.crm.dynamics.com/main.aspx?etc=8&pagetype=entityrecord&id=%7BC2F7A1D4-9E3B-EE11-BE6E-000D3A4B5C66%7D',
    ref('user', 'c2f7a1d4-9e3b-ee11-be6e-000d3a4b5c66'),
  ],
  [`https://acme.crm.dynamics.com/main.aspx?etc=2&pagetype=entityrecord&id=${GLOBEX}`, ref('contact', GLOBEX)],
  // Dynamics pages that are not one record of those kinds.
  [
    `https://acme.crm.dynamics.com/main.aspx?${APP}&pagetype=entitylist&etn=account&viewid=00000000-0000-0000-00aa-000010001001`,
    none,
  ],
  [`https://acme.crm.dynamics.com/main.aspx?${APP}&pagetype=dashboard&id=${GLOBEX}`, none],
  [`https://acme.crm.dynamics.com/main.aspx?${APP}&pagetype=entityrecord&etn=account`, none],
  [`https://acme.crm.dynamics.com/main.aspx?${APP}&pagetype=entityrecord&etn=incident&id=${GLOBEX}`, none],
  [`https://acme.crm.dynamics.com/main.aspx?pagetype=entityrecord&etn=account&id=not-a-guid`, none],
  [`https://acme.crm.dynamics.com/main.aspx?${APP}&pagetype=webresource&webresourceName=new_page.html`, none],
  ['https://acme.crm.dynamics.com/main.aspx?forceUCI=1&pagetype=apps', none],
  [`http://acme.crm.dynamics.com/main.aspx?pagetype=entityrecord&etn=account&id=${GLOBEX}`, null],
  // Look-alikes and Microsoft's own sites.
  ['https://dynamics.microsoft.com/en-us/sales/overview/', null],
  ['https://home.dynamics.com/', null],
  ['https://admin.powerplatform.microsoft.com/environments', null],
  ['https://make.powerapps.com/environments', null],
  [`https://acme.api.crm.dynamics.com/api/data/v9.2/accounts(${GLOBEX})`, null],
  [`https://acme.crm.dynamics.com.evil.example/main.aspx?pagetype=entityrecord&etn=account&id=${GLOBEX}`, null],
  [`https://crm.dynamics.com/main.aspx?pagetype=entityrecord&etn=account&id=${GLOBEX}`, null],
  [`https://acme.crmx.dynamics.com/main.aspx?pagetype=entityrecord&etn=account&id=${GLOBEX}`, null],
];
