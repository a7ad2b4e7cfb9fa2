import { i18n } from '#i18n';
import { BarChart } from '@/components/charts/BarChart';
import { tierChartGroup } from '@/components/charts/tier-style';
import type { SkillBenchmark } from '@/utils/insights/benchmark';
import type { ResultsLink } from '@/utils/insights/correlation';
import { starQuotes } from '@/utils/insights/star-quotes';
import { SectionHeading } from '../SectionHeading';
import type { Dashboard } from '@/hooks/use-dashboard';
import { formatDate } from '@/utils/format/dates';
import { formatScore } from '@/utils/format/numbers';
import { defaultBenchmarkLevel, minRepsForTiers } from '@/utils/insights/settings';

/** Half a level: the smallest star-vs-core difference worth illustrating with quotes. */
const quoteThreshold = 0.5;

/** Whether a skill goes with results, in words: never a bare coefficient. */
export function linkSentence(link: ResultsLink, skill: string): string {
  const n = String(link.n);
  switch (link.verdict) {
    case 'linked':
      return i18n.t('options.stars.link.linked', { n, skill });
    case 'inverse':
      return i18n.t('options.stars.link.inverse', { n, skill });
    case 'no-clear-link':
      return i18n.t('options.stars.link.noClearLink', { n });
    case 'too-few-reps':
      return i18n.t('options.stars.link.tooFewReps', { n, min: String(link.minReps), skill });
    case 'no-spread':
      return i18n.t('options.stars.link.noSpread', { skill });
  }
}

/** What the star side rests on when it is thin: one star, fewer than 3 ratings. Empty when neither. */
export function benchmarkWarnings(benchmark: SkillBenchmark | undefined): string[] {
  if (!benchmark || benchmark.source !== 'stars') return [];
  const warnings: string[] = [];
  if (benchmark.soleStar) warnings.push(i18n.t('options.stars.oneStar', { name: benchmark.soleStar.name }));
  if (benchmark.fewRatings)
    warnings.push(
      benchmark.evidence === 1
        ? i18n.t('options.stars.fewRatingsOne')
        : i18n.t('options.stars.fewRatings', { count: String(benchmark.evidence) }),
    );
  return warnings;
}

export function StarsSection({ data }: { data: Dashboard }) {
  const { team } = data;
  const compared = team.differentiators.filter((entry) => entry.difference !== null);
  const ranked = [...compared].sort((a, b) => (b.difference ?? 0) - (a.difference ?? 0));
  const hasGroups = team.tierGroups.star.length > 0 && team.tierGroups.core.length > 0;
  const [from, to] = team.attainmentQuarters;
  const teamSize = data.input.reps.filter((rep) => rep.active).length;
  // A small team hears what CoachLens does for it, not what it needs from more reps.
  const noGroups =
    teamSize > 0 && teamSize < minRepsForTiers
      ? i18n.t('insights.smallTeamStars', {
          count: String(teamSize),
          level: String(defaultBenchmarkLevel),
          min: String(minRepsForTiers),
        })
      : i18n.t('options.stars.emptyTiers');

  return (
    <section aria-labelledby="stars-heading" className="dashboard-section">
      <SectionHeading id="stars-heading">{i18n.t('options.stars.heading')}</SectionHeading>
      <p>{i18n.t('options.stars.intro')}</p>
      {!hasGroups || compared.length === 0 ? (
        <div className="empty-state">
          <p>{hasGroups ? i18n.t('options.stars.emptyRatings') : noGroups}</p>
          <p>
            <a href="#results">{i18n.t('options.stars.enterResults')}</a> ·{' '}
            <a href="#overview">{i18n.t('options.stars.setTiers')}</a>
          </p>
        </div>
      ) : (
        <>
          <BarChart
            title={i18n.t('options.stars.chartTitle')}
            summary={i18n.t('options.stars.chartSummary')}
            series={[
              { id: 'star', label: i18n.t('options.stars.starMean'), group: tierChartGroup.star },
              { id: 'core', label: i18n.t('options.stars.coreMean'), group: tierChartGroup.core },
            ]}
            categories={team.differentiators.map((entry) => ({
              id: entry.skillId,
              label: entry.skillName,
              values: [entry.starMean, entry.coreMean],
              note: i18n.t('options.stars.counts', {
                stars: String(entry.starCount),
                core: String(entry.coreCount),
              }),
            }))}
            max={4}
            format={(value) => formatScore(value)}
            emptyLabel={i18n.t('options.charts.noData')}
            tableToggleLabel={i18n.t('options.charts.showTable')}
            categoryHeading={i18n.t('options.stars.skill')}
          />
          <h3>{i18n.t('options.stars.linesHeading')}</h3>
          <ol className="differentiator-list">
            {ranked.map((entry) => {
              // Quotes only where stars clearly do better: elsewhere a star's note says little about the skill.
              const techniques = team.techniques.get(entry.skillId) ?? [];
              // A note already listed as a technique is not quoted a second time.
              const marked = new Set(techniques.map((technique) => technique.observationId));
              const quotes =
                (entry.difference ?? 0) >= quoteThreshold
                  ? starQuotes(team, entry.skillId, 2 + marked.size)
                      .filter((quote) => !marked.has(quote.observationId))
                      .slice(0, 2)
                  : [];
              const warnings = benchmarkWarnings(team.benchmarks.get(entry.skillId));
              return (
                <li key={entry.skillId} data-skill={entry.skillId}>
                  <p className="differentiator-summary">{entry.summary}</p>
                  {warnings.map((warning) => (
                    <p key={warning} className="caveat">
                      {warning}
                    </p>
                  ))}
                  <p className="muted">{linkSentence(entry.link, entry.skillName)}</p>
                  {quotes.length > 0 && (
                    <ul className="quote-list">
                      {quotes.map((quote) => (
                        <li key={quote.observationId}>
                          <blockquote>{quote.text}</blockquote>
                          <p className="muted">
                            {i18n.t('options.stars.quoteBy', {
                              name: quote.repName,
                              date: formatDate(quote.observedAt),
                            })}
                          </p>
                        </li>
                      ))}
                    </ul>
                  )}
                  {techniques.length > 0 && (
                    <>
                      <h4>{i18n.t('options.stars.techniquesHeading')}</h4>
                      <ul className="quote-list technique-list">
                        {techniques.map((technique) => (
                          <li key={`${technique.observationId}-${technique.text}`}>
                            <blockquote>{technique.text}</blockquote>
                            <p className="muted">
                              {i18n.t('options.stars.techniqueBy', {
                                name: technique.repName,
                                date: formatDate(technique.observedAt),
                              })}
                            </p>
                          </li>
                        ))}
                      </ul>
                    </>
                  )}
                </li>
              );
            })}
          </ol>
          <details className="method">
            <summary>{i18n.t('options.stars.method')}</summary>
            <p>{i18n.t('options.stars.methodText', { from, to })}</p>
          </details>
        </>
      )}
    </section>
  );
}
