import { describe, expect, it } from 'vitest';
import { activeSkills } from './active-skills';
import { skill } from '@/tests/support/insight-fixtures';

describe('activeSkills', () => {
  it('drops archived skills and sorts by order, then name', () => {
    const skills = [
      skill('c', 2),
      skill('archived', 0, { archived: true }),
      skill('b', 1, { name: 'Beta' }),
      skill('a', 1, { name: 'Alpha' }),
    ];
    expect(activeSkills(skills).map((s) => s.id)).toEqual(['a', 'b', 'c']);
  });
});
