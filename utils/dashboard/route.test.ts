import { hrefOf, parseHash } from './route';

describe('parseHash', () => {
  it('reads every section and the rep and account pages', () => {
    expect(parseHash('#overview')).toEqual({ name: 'overview' });
    expect(parseHash('#crm-sites')).toEqual({ name: 'crm-sites' });
    expect(parseHash('#rep/0d6f3c1e-1111-4222-8333-444455556666')).toEqual({
      name: 'rep',
      id: '0d6f3c1e-1111-4222-8333-444455556666',
    });
    expect(parseHash('#account/abc')).toEqual({ name: 'account', id: 'abc' });
  });

  it('falls back to home for no hash, an unknown one, or a page without an id', () => {
    expect(parseHash('')).toEqual({ name: 'home' });
    expect(parseHash('#nope')).toEqual({ name: 'home' });
    expect(parseHash('#rep/')).toEqual({ name: 'home' });
  });

  it('round-trips through hrefOf', () => {
    for (const hash of ['#stars', '#rep/abc', '#account/x%20y', '#settings']) {
      expect(hrefOf(parseHash(hash))).toBe(hash);
    }
  });
});
