import type { Rep } from '../schemas/rep';
import { byName, namesakes, repLabel, sameName } from './rep-names';

const rep = (id: string, name: string, extra: Partial<Rep> = {}): Rep => ({
  id,
  name,
  tier: 'unset',
  tierSource: 'manual',
  crmLinks: [],
  crmKeys: [],
  active: true,
  ...extra,
});

describe('sameName', () => {
  it('ignores case, accents and extra spaces', () => {
    expect(sameName('Marco Rossi', 'marco rossi')).toBe(true);
    expect(sameName('Márco  Rossi ', 'MARCO ROSSI')).toBe(true);
    expect(sameName('Zoë Park', 'Zoe Park')).toBe(true);
  });

  it('tells different names apart', () => {
    expect(sameName('Marco Rossi', 'Marco Rossini')).toBe(false);
    expect(sameName('Ana Lima', 'Anna Lima')).toBe(false);
  });
});

describe('namesakes', () => {
  const reps = [rep('1', 'Marco Rossi'), rep('2', 'Dana Whitfield'), rep('3', 'marco rossi')];

  it('finds every rep of the same name, except the one being edited', () => {
    expect(namesakes(reps, 'MARCO ROSSI').map((r) => r.id)).toEqual(['1', '3']);
    expect(namesakes(reps, 'Marco Rossi', '1').map((r) => r.id)).toEqual(['3']);
  });

  it('finds nothing for an empty or new name', () => {
    expect(namesakes(reps, '  ')).toEqual([]);
    expect(namesakes(reps, 'Lee Park')).toEqual([]);
  });
});

describe('byName', () => {
  it('sorts in the locale order, accents and case aside, numbers by value', () => {
    const reps = [rep('a', 'émile'), rep('b', 'Zoe'), rep('c', 'Adam'), rep('d', 'Rep 10'), rep('e', 'Rep 9')];
    expect(byName(reps).map((r) => r.name)).toEqual(['Adam', 'émile', 'Rep 9', 'Rep 10', 'Zoe']);
  });

  it('puts the rep of the page first, and leaves the input untouched', () => {
    const reps = [rep('a', 'Zoe'), rep('b', 'Adam'), rep('c', 'Mia')];
    expect(byName(reps, 'a').map((r) => r.name)).toEqual(['Zoe', 'Adam', 'Mia']);
    expect(reps.map((r) => r.name)).toEqual(['Zoe', 'Adam', 'Mia']);
  });
});

it('repLabel shows the email, else the team, beside the name', () => {
  expect(repLabel(rep('1', 'Marco Rossi', { email: 'marco@acme.com', team: 'North' }))).toBe(
    'Marco Rossi · marco@acme.com',
  );
  expect(repLabel(rep('1', 'Marco Rossi', { team: 'North' }))).toBe('Marco Rossi · North');
  expect(repLabel(rep('1', 'Marco Rossi'))).toBe('Marco Rossi');
});
