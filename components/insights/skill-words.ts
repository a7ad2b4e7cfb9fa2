import { i18n } from '#i18n';
import type { RelativeStrength, SkillBenchmark, StarTechnique } from '@/utils/insights';
import { formatScore } from '@/utils/format/numbers';

/** "+0.5 stronger", "−0.1 about average"; a dash when there is nothing to compare. */
export function relativeText(relative: RelativeStrength | null): string {
  if (!relative) return i18n.t('panel.rep.relativeNone');
  const shown = formatScore(Math.abs(relative.relative));
  const sign = shown === formatScore(0) ? '±' : relative.relative > 0 ? '+' : '−';
  return i18n.t('panel.rep.relativeValue', {
    delta: `${sign}${shown}`,
    label: i18n.t(`panel.rep.relativeLabel.${relative.label}`),
  });
}

/** What a benchmark rests on when that is thin: "Maya alone · 2 ratings"; null when it is not. */
export function benchmarkCaveat(benchmark: SkillBenchmark): string | null {
  if (benchmark.source !== 'stars') return null;
  const parts: string[] = [];
  if (benchmark.soleStar) parts.push(i18n.t('panel.rep.benchmarkOneStar', { name: benchmark.soleStar.name }));
  if (benchmark.fewRatings)
    parts.push(
      benchmark.evidence === 1
        ? i18n.t('panel.rep.benchmarkFewRatingsOne')
        : i18n.t('panel.rep.benchmarkFewRatings', { count: benchmark.evidence }),
    );
  return parts.length === 0 ? null : parts.join(' · ');
}

/** "Star techniques to draw on: Maya on Discovery: …; Leo on Closing: …"; null without any. */
export function techniquesHint(techniques: readonly StarTechnique[]): string | null {
  if (techniques.length === 0) return null;
  const lines = techniques.map((technique) =>
    i18n.t('panel.account.techniqueLine', {
      name: technique.repName,
      skill: technique.skillName,
      technique: technique.text,
    }),
  );
  return `${i18n.t('panel.account.bestRepTechniques')} ${lines.join('; ')}`;
}
