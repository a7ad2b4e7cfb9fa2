import type { SkillTrendSeries } from '@/utils/insights/skill-trend';
import { defaultTrendSkill } from './SkillTrend';

const series = (skillId: string, ratingsInWindow: number): SkillTrendSeries => ({
  skillId,
  skillName: skillId,
  points: [],
  ratingsInWindow,
});

describe('defaultTrendSkill', () => {
  const all = [series('opening', 2), series('discovery', 5), series('closing', 0)];

  it('shows the first focus skill that has ratings', () => {
    expect(defaultTrendSkill(all, ['closing', 'opening'])).toBe('opening');
  });

  it('falls back to the skill with most ratings, and to nothing without skills', () => {
    expect(defaultTrendSkill(all, [])).toBe('discovery');
    expect(defaultTrendSkill([], [])).toBe('');
  });
});
