import { customOriginPattern, parseCustomOrigin, statusOf } from './custom-domain-setup';

/** Inputs that are refused, each with a fragment of the message that says what is wrong. */
const refused: ReadonlyArray<readonly [input: string, says: string]> = [
  ['', 'Enter the site'],
  ['   ', 'Enter the site'],
  ['*', 'Wildcards'],
  ['<all_urls>', 'Wildcards'],
  ['https://*/*', 'Wildcards'],
  ['https://*.acme.com', 'Wildcards'],
  ['https://crm.*.acme.com', 'Wildcards'],
  ['*://crm.acme.com/*', 'Wildcards'],
  ['http://crm.acme.com', 'https://crm.acme.com'],
  ['HTTP://crm.acme.com/main.aspx', 'https://crm.acme.com'],
  ['ftp://crm.acme.com', '“ftp:”'],
  ['file:///C:/crm.html', '“file:”'],
  ['javascript:alert(1)', '“javascript:”'],
  ['chrome-extension://abc/panel.html', '“chrome-extension:”'],
  ['ws://crm.acme.com', '“ws:”'],
  ['crm.acme.com', 'Start the address with https://, for example https://crm.acme.com.'],
  ['crm.acme.com:8443', 'for example https://crm.acme.com:8443.'],
  ['//crm.acme.com', 'Start the address with https://'],
  ['https://crm.acme.com https://crm.other.com', 'one address only'],
  ['https://crm.acme.com,https://crm.other.com', 'one address only'],
  ['https://admin:secret@crm.acme.com', 'user name and password'],
  ['https://admin@crm.acme.com', 'user name and password'],
  ['https://', 'not a valid host name'],
  ['https:///main.aspx', 'not a valid host name'],
  ['https://-acme.com', 'not a valid host name'],
  ['https://acme..com', 'not a valid host name'],
  ['https://crm_acme.com', 'not a valid host name'],
  ['https://1.2.3', 'not a valid host name'],
  ['https://999.1.1.1', 'not a valid host name'],
  ['https://0x7f.0.0.1', 'not a valid host name'],
  ['https://%61cme.example', 'not a valid host name'],
  ['https://com', 'not a full host name'],
  ['https://localhost', 'not a full host name'],
  ['https://localhost:8443', 'not a full host name'],
  ['https://crm.localhost', 'not a full host name'],
  ['https://crm', 'not a full host name'],
  ['https://co.uk', 'shared domain ending'],
  ['https://com.au', 'shared domain ending'],
  ['https://github.io', 'shared domain ending'],
  ['https://[::1]', 'IPv6'],
  ['https://[2001:db8::1]:8443', 'IPv6'],
  ['https://crm.bücher.example', 'plain ASCII'],
  ['https://xn--bcher-kva.example', 'plain ASCII'],
  ['https://crm.xn--80ak6aa92e.com', 'plain ASCII'],
  ['https://аcme.com', 'plain ASCII'], // a Cyrillic "а"
  ['https://acme.lightning.force.com', 'Salesforce address, which CoachLens already supports'],
  ['https://acme.my.salesforce.com/', 'Salesforce address'],
  ['https://app.hubspot.com', 'HubSpot address'],
  ['https://app-eu1.hubspot.com', 'HubSpot address'],
  ['https://acme.pipedrive.com', 'Pipedrive address'],
  ['https://acme.crm4.dynamics.com', 'Dynamics 365 address'],
  ['https://crm.zoho.eu', 'Zoho CRM address'],
  ['https://www.hubspot.com', 'already covers www.hubspot.com'],
  ['https://help.salesforce.com', 'already covers help.salesforce.com'],
  ['https://home.dynamics.com', 'already covers home.dynamics.com'],
];

/** Inputs that are accepted, with the origin kept and whether a note says something was dropped. */
const accepted: ReadonlyArray<readonly [input: string, origin: string, noted: boolean]> = [
  ['https://crm.acme-onprem.example', 'https://crm.acme-onprem.example', false],
  ['https://crm.acme-onprem.example/', 'https://crm.acme-onprem.example', false],
  ['  https://CRM.Acme-OnPrem.example  ', 'https://crm.acme-onprem.example', false],
  ['https://crm.acme.com:8443', 'https://crm.acme.com:8443', false],
  ['https://crm.acme.com:443', 'https://crm.acme.com', false],
  ['https://crm.acme.com./', 'https://crm.acme.com', true],
  ['https://crm.acme.com/AcmeOrg/main.aspx?etn=account&id=1#x', 'https://crm.acme.com', true],
  ['https://acme.my.site.com/s/account/001', 'https://acme.my.site.com', true],
  ['https://crm.acme.co.uk', 'https://crm.acme.co.uk', false],
  ['https://10.0.0.12', 'https://10.0.0.12', false],
  ['https://sales.acme.force.com', 'https://sales.acme.force.com', false],
];

describe('parseCustomOrigin', () => {
  it.each(refused)('refuses %j', (input, says) => {
    const result = parseCustomOrigin(input);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error).toContain(says);
  });

  it.each(accepted)('accepts %j as %s', (input, origin, noted) => {
    const result = parseCustomOrigin(input);
    expect(result).toMatchObject({ ok: true, origin, host: new URL(origin).hostname });
    if (result.ok) expect(result.note !== undefined).toBe(noted);
  });

  it('has a table big enough to mean something', () => {
    expect(refused.length + accepted.length).toBeGreaterThanOrEqual(25);
  });

  it('always gives an origin that round-trips through URL and grants one host', () => {
    for (const [input] of accepted) {
      const result = parseCustomOrigin(input);
      if (!result.ok) throw new Error(result.error);
      expect(new URL(result.origin).origin).toBe(result.origin);
      expect(customOriginPattern(result.origin)).toBe(`https://${result.host}/*`);
    }
  });
});

describe('statusOf', () => {
  it.each([
    [true, undefined, 'active'],
    [true, 'revoked', 'active'],
    [false, 'active', 'revoked'],
    [false, 'revoked', 'revoked'],
    [false, undefined, 'not-granted'],
    [false, 'not-granted', 'not-granted'],
  ] as const)('granted %s, was %s → %s', (granted, previous, expected) => {
    expect(statusOf(granted, previous)).toBe(expected);
  });
});
