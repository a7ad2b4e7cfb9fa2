/**
 * True when `hostname` is a strict subdomain of `domain` (`acme.pipedrive.com`, never
 * `pipedrive.com`). Matching whole labels at the end of the parsed hostname is what keeps
 * `acme.lightning.force.com.evil.example` out: a substring test would let it in.
 */
export function isSubdomainOf(hostname: string, domain: string): boolean {
  const host = hostname.toLowerCase().replace(/\.$/, '');
  return host.length > domain.length + 1 && host.endsWith(`.${domain}`);
}

/** The labels left of `domain` in `hostname` (`acme--uat.sandbox` for `acme--uat.sandbox.my.salesforce.com`). */
export function subdomainLabels(hostname: string, domain: string): string[] {
  const host = hostname.toLowerCase().replace(/\.$/, '');
  if (!isSubdomainOf(host, domain)) return [];
  return host.slice(0, -(domain.length + 1)).split('.');
}
