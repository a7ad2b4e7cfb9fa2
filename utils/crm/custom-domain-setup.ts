/**
 * Setting up a custom CRM domain, for the dashboard's "CRM sites" section and the background:
 * reading what the manager typed as one origin (refusals in the manager's words), the permission
 * pattern that grants it, and its status. Page detection on a custom domain is in
 * `custom-domains.ts`, which the CRM page script bundles; this module is never bundled there.
 */
import { i18n } from '#i18n';
import { isSubdomainOf } from './host-match';
import { crmHostPatterns } from './host-patterns';
import { adapters } from './index';

/**
 * `active`: granted and registered. `revoked`: was granted, the permission is gone (the manager
 * removed it in the browser's extension settings), so nothing runs there. `not-granted`: never
 * granted (a domain restored from a backup, say).
 */
export type CustomDomainStatus = 'active' | 'revoked' | 'not-granted';

export type ParsedOrigin = { ok: true; origin: string; host: string; note?: string } | { ok: false; error: string };

/**
 * Registrable suffixes that are never one company's site: typing `https://co.uk` is a mistake, and
 * granting it would mean nothing useful. Single-label hosts (`com`, `localhost`) are refused by the
 * full-host-name rule, so only multi-label suffixes are listed. A small list on purpose (not the
 * whole Public Suffix List): the common country second levels and shared hosting domains.
 */
const PUBLIC_SUFFIXES = new Set([
  'co.uk',
  'org.uk',
  'ac.uk',
  'gov.uk',
  'ltd.uk',
  'me.uk',
  'com.au',
  'net.au',
  'org.au',
  'co.nz',
  'co.jp',
  'ne.jp',
  'co.in',
  'co.za',
  'com.br',
  'com.cn',
  'com.mx',
  'com.sg',
  'com.tr',
  'co.kr',
  'github.io',
  'herokuapp.com',
  'azurewebsites.net',
  'cloudapp.net',
  'appspot.com',
  'web.app',
  'pages.dev',
  'vercel.app',
  'netlify.app',
  'blogspot.com',
]);

const LABEL = /^[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?$/;
const IPV4 = /^(?:(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)\.){3}(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)$/;

const fail = (error: string): ParsedOrigin => ({ ok: false, error });

/** True when a manifest host pattern such as `https://*.hubspot.com/*` covers `host`. */
function patternCovers(pattern: string, host: string): boolean {
  const patternHost = /^https:\/\/([^/]+)\//.exec(pattern)?.[1];
  if (!patternHost) return false;
  if (patternHost.startsWith('*.')) {
    const domain = patternHost.slice(2);
    return host === domain || isSubdomainOf(host, domain);
  }
  return host === patternHost;
}

/** Which check a host fails, as a message, or null when it is a concrete, plausible site. */
function hostProblem(host: string): string | null {
  if (host.split('.').some((label) => label.startsWith('xn--'))) return i18n.t('crmSites.errors.idn');
  if (host.startsWith('[')) return i18n.t('crmSites.errors.ipv6');
  if (IPV4.test(host)) return null;
  const labels = host.split('.');
  if (labels.length < 2 || host.endsWith('.localhost')) return i18n.t('crmSites.errors.notFullHost', { host });
  if (labels.some((label) => !LABEL.test(label)) || host.length > 253)
    return i18n.t('crmSites.errors.badHost', { host });
  // A numeric top-level label is neither a domain nor a valid IPv4 address (`1.2.3`, `999.1.1.1`).
  if (/^\d+$/.test(labels[labels.length - 1] ?? '')) return i18n.t('crmSites.errors.badHost', { host });
  if (PUBLIC_SUFFIXES.has(host)) return i18n.t('crmSites.errors.publicSuffix', { host });
  const builtIn = adapters.find((adapter) => adapter.isHost(host));
  if (builtIn) return i18n.t('crmSites.errors.builtIn', { host, crm: builtIn.label });
  if (crmHostPatterns.some((pattern) => patternCovers(pattern, host)))
    return i18n.t('crmSites.errors.builtInDomain', { host });
  return null;
}

/**
 * Reads what the manager typed as exactly one concrete `https://host[:port]` origin. A path, query
 * or fragment is dropped with a note (people paste a record's URL); a trailing dot on the host is
 * dropped too. Refused, each with what is wrong and how to fix it: anything that is not one
 * https origin (`*`, `<all_urls>`, `http:`, other schemes, no scheme, several addresses),
 * wildcards, user names and passwords, malformed hosts, single-label hosts (`localhost`, `com`,
 * intranet short names: type the full name, so the grant names one machine), public suffixes
 * (`co.uk`), IPv6 literals, hosts CoachLens already covers, and internationalised names
 * (non-ASCII or `xn--` labels can imitate another company's name letter for letter).
 * IPv4 addresses are accepted: on-premises servers are sometimes reached that way.
 */
export function parseCustomOrigin(input: string): ParsedOrigin {
  const text = input.trim();
  if (text === '') return fail(i18n.t('crmSites.errors.empty'));
  if (/[\s,;]/.test(text)) return fail(i18n.t('crmSites.errors.several'));
  if (text === '<all_urls>' || text.includes('*')) return fail(i18n.t('crmSites.errors.wildcard'));
  // Checked before URL parsing, which would silently turn the name into punycode.
  if (/[^\x20-\x7e]/.test(text)) return fail(i18n.t('crmSites.errors.idn'));
  // A scheme is letters before a colon that is not a port's (`crm.acme.com:8443` has none).
  const scheme = /^([a-z][a-z0-9+.-]*):(?!\d)/i.exec(text)?.[1]?.toLowerCase();
  if (scheme === undefined) {
    return fail(i18n.t('crmSites.errors.noScheme', { example: `https://${text.replace(/[/?#].*$/, '')}` }));
  }
  if (scheme === 'http') {
    return fail(
      i18n.t('crmSites.errors.http', { example: `https://${text.replace(/^http:\/*/i, '').replace(/[/?#].*$/, '')}` }),
    );
  }
  if (scheme !== 'https') return fail(i18n.t('crmSites.errors.scheme', { scheme: `${scheme}:` }));
  if (!/^https:\/\/[^/]/i.test(text)) return fail(i18n.t('crmSites.errors.badHost', { host: text }));

  let url: URL;
  try {
    url = new URL(text);
  } catch {
    return fail(i18n.t('crmSites.errors.badHost', { host: text.replace(/^https:\/\//i, '') }));
  }
  if (url.username || url.password || /^https:\/\/[^/]*@/i.test(text))
    return fail(i18n.t('crmSites.errors.credentials'));

  const host = url.hostname.replace(/\.$/, '');
  // The host exactly as typed: URL parsing would quietly rewrite `1.2.3`, `0x7f.1` or `%61cme.com`.
  const typedHost = text
    .replace(/^https:\/\//i, '')
    .split(/[/?#]/)[0]
    ?.replace(/:\d*$/, '')
    .replace(/\.$/, '');
  if (!host.startsWith('[') && typedHost?.toLowerCase() !== host)
    return fail(i18n.t('crmSites.errors.badHost', { host: typedHost ?? text }));
  const problem = hostProblem(host);
  if (problem) return fail(problem);

  const origin = `https://${host}${url.port ? `:${url.port}` : ''}`;
  const trimmed = url.pathname !== '/' || url.search !== '' || url.hash !== '' || url.hostname.endsWith('.');
  return trimmed
    ? { ok: true, origin, host, note: i18n.t('crmSites.trimmed', { origin }) }
    : { ok: true, origin, host };
}

/**
 * The match pattern that grants and injects on a custom origin: `https://host/*`. Without a port,
 * because Firefox match patterns cannot name one, and Chrome's pattern without a port covers every
 * port of that host. The content script still only acts on the exact origin (`detectPageOn`).
 */
export function customOriginPattern(origin: string): string {
  return `https://${new URL(origin).hostname}/*`;
}

/** What a custom domain's status is now, given whether its permission is granted and what it was. */
export function statusOf(granted: boolean, previous: CustomDomainStatus | undefined): CustomDomainStatus {
  if (granted) return 'active';
  return previous === 'active' || previous === 'revoked' ? 'revoked' : 'not-granted';
}
