import { detectPageOn, type CustomDomain } from './custom-domains';

describe('detectPageOn', () => {
  const domains: CustomDomain[] = [
    { origin: 'https://crm.acme-onprem.example', crm: 'dynamics' },
    { origin: 'https://sales.acme.example:8443', crm: 'salesforce' },
    { origin: 'https://zoho.acme.example', crm: 'zoho' },
    { origin: 'https://hub.acme.example', crm: 'hubspot' },
    { origin: 'https://pd.acme.example', crm: 'pipedrive' },
  ];

  it.each([
    [
      'https://crm.acme-onprem.example/main.aspx?pagetype=entityrecord&etn=account&id=%7B0F4B8C8E-1D2A-4E4B-9F3A-6C7D8E9F0A1B%7D',
      { crm: 'dynamics', kind: 'account', id: '0f4b8c8e-1d2a-4e4b-9f3a-6c7d8e9f0a1b' },
    ],
    ['https://crm.acme-onprem.example/main.aspx?pagetype=dashboard', { crm: 'dynamics', kind: null, id: null }],
    [
      'https://sales.acme.example:8443/lightning/r/Account/001Dn00000Glbx2/view',
      { crm: 'salesforce', kind: 'account', id: '001Dn00000Glbx2IAB' },
    ],
    [
      'https://zoho.acme.example/crm/org60012345/tab/Potentials/5725767000000418003',
      { crm: 'zoho', kind: 'deal', id: '5725767000000418003' },
    ],
    ['https://hub.acme.example/contacts/123/record/0-2/456', { crm: 'hubspot', kind: 'account', id: '456' }],
    ['https://pd.acme.example/organization/42', { crm: 'pipedrive', kind: 'account', id: '42' }],
    // Built-in hosts still work alongside custom ones.
    ['https://acme.pipedrive.com/person/7', { crm: 'pipedrive', kind: 'contact', id: '7' }],
  ])('reads %s', (url, expected) => {
    expect(detectPageOn(url, domains)).toEqual(expected);
  });

  it.each([
    // Same host, another port or scheme: not the origin the manager added.
    'https://sales.acme.example/lightning/r/Account/001Dn00000Glbx2/view',
    'http://crm.acme-onprem.example/main.aspx?pagetype=entityrecord&etn=account&id=0f4b8c8e-1d2a-4e4b-9f3a-6c7d8e9f0a1b',
    // Look-alikes of a custom host.
    'https://crm.acme-onprem.example.evil.example/main.aspx?pagetype=entityrecord&etn=account&id=0f4b8c8e-1d2a-4e4b-9f3a-6c7d8e9f0a1b',
    'https://evil.example/crm.acme-onprem.example/main.aspx',
    'not a url',
  ])('does not claim %s', (url) => {
    expect(detectPageOn(url, domains)).toBeNull();
  });

  it('claims nothing off the built-in hosts without custom domains', () => {
    expect(detectPageOn('https://crm.acme-onprem.example/main.aspx?pagetype=dashboard', [])).toBeNull();
  });
});
