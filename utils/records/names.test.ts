import { findByName, normaliseName } from './names';

describe('matching a name shown on a CRM page', () => {
  it('ignores case, surrounding and repeated spaces, and compatibility forms', () => {
    expect(normaliseName('  Jonas   BERG ')).toBe('jonas berg');
    expect(normaliseName('Ｇｌｏｂｅｘ')).toBe('globex'); // full-width letters (NFKC)
  });

  it('finds the row with that name, and nothing for a missing or unknown name', () => {
    const rows = [{ name: 'Globex Corporation' }, { name: 'Initech' }];
    expect(findByName(rows, ' initech')).toBe(rows[1]);
    expect(findByName(rows, 'Umbrella')).toBeUndefined();
    expect(findByName(rows, undefined)).toBeUndefined();
    expect(findByName(rows, '')).toBeUndefined();
  });
});
