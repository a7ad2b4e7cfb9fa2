import { salesforceIdSuffix, salesforceKindOf, toSalesforceId18 } from './ids';

describe('Salesforce ids', () => {
  // Worked examples published with the algorithm, and two real user ids (docs/crm-pages.md, Salesforce ids).
  it.each([
    ['a0D30000001n7Pi', 'EAI'],
    ['0019000000B98de', 'AAB'],
    ['0051A00000D67jW', 'QAR'],
    ['0051I000006lPqH', 'QAU'],
  ])('computes the checksum of %s as %s', (id15, suffix) => {
    expect(salesforceIdSuffix(id15)).toBe(suffix);
    expect(toSalesforceId18(id15)).toBe(id15 + suffix);
  });

  it('accepts an 18-character id whose checksum matches, in either case', () => {
    expect(toSalesforceId18('0019000000B98deAAB')).toBe('0019000000B98deAAB');
    expect(toSalesforceId18('0019000000B98deaab')).toBe('0019000000B98deAAB');
  });

  it('treats the 15- and 18-character forms as the same record', () => {
    expect(toSalesforceId18('0051A00000D67jW')).toBe(toSalesforceId18('0051A00000D67jWQAR'));
  });

  it('rejects an 18-character id whose checksum does not match', () => {
    expect(toSalesforceId18('0019000000B98deAAC')).toBeNull();
    // The same characters with the case of one letter changed name another record.
    expect(toSalesforceId18('0019000000B98DeAAB')).toBeNull();
  });

  it('rejects what is not an id', () => {
    for (const raw of [
      '',
      'view',
      '001',
      '0019000000B98d',
      '0019000000B98deA',
      '0019000000B98de-AB',
      '0019000000B98deAA9',
    ]) {
      expect(toSalesforceId18(raw)).toBeNull();
    }
  });

  it('keeps the case of a 15-character id: it is case-sensitive', () => {
    expect(toSalesforceId18('0019000000b98DE')).toBe('0019000000b98DEAAY');
  });

  it('tells the kind by key prefix', () => {
    expect(salesforceKindOf('0019000000B98deAAB')).toBe('account');
    expect(salesforceKindOf('003Dn00000KfTs4IAF')).toBe('contact');
    expect(salesforceKindOf('0051A00000D67jWQAR')).toBe('user');
    expect(salesforceKindOf('006Dn00000AbQ9wIAF')).toBe('deal');
    expect(salesforceKindOf('00QDn00000Lm7RtMAJ')).toBe('lead');
    expect(salesforceKindOf('00BDn00000T6pq1MAB')).toBeNull();
    expect(salesforceKindOf('a0D30000001n7PiEAI')).toBeNull();
  });
});
