import { i18n } from '#i18n';
import { BarChart } from '@/components/charts/BarChart';
import type { Observation } from '@/utils/schemas/observation';
import { SectionHeading } from '../SectionHeading';
import type { Dashboard } from '@/hooks/use-dashboard';
import { formatDate } from '@/utils/format/dates';
import { formatScore } from '@/utils/format/numbers';

export interface StarQuote {
  observationId: string;
  repName: string;
  observedAt: number;
  text: string;
}

/** Up to `limit` of the newest notes from observations where a star was rated 3+ on the skill. */
export function starQuotes({ team }: Dashboard, skillId: string, limit = 2): StarQuote[] {
  const quotes: (StarQuote & { obs: Observation })[] = [];
  for (const repId of team.tierGroups.star) {
    for (const obs of team.observationsByRep.get(repId) ?? []) {
      const rating = obs.ratings.find((entry) => entry.skillId === skillId);
      const text = obs.saw.trim() || obs.keep.trim();
      if (!rating || rating.score < 3 || text === '') continue;
      quotes.push({
        observationId: obs.id,
        repName: team.repsById.get(repId)?.name ?? '',
        observedAt: obs.observedAt,
        text,
        obs,
      });
    }
  }
  return quotes
    .sort((a, b) => b.observedAt - a.observedAt)
    .slice(0, limit)
    .map(({ obs: _obs, ...quote }) => quote);
}

/** Half a level: the smallest star-vs-core difference worth illustrating with quotes. */
const quoteThreshold = 0.5;

export function StarsSection({ data }: { data: Dashboard }) {
  const { team } = data;
  const compared = team.differentiators.filter((entry) => entry.difference !== null);
  const ranked = [...compared].sort((a, b) => (b.difference ?? 0) - (a.difference ?? 0));
  const hasGroups = team.tierGroups.star.length > 0 && team.tierGroups.core.length > 0;

  return (
    <section aria-labelledby="stars-heading" className="dashboard-section">
      <SectionHeading id="stars-heading">{i18n.t('options.stars.heading')}</SectionHeading>
      <p>{i18n.t('options.stars.intro')}</p>
      {!hasGroups || compared.length === 0 ? (
        <div className="empty-state">
          <p>{hasGroups ? i18n.t('options.stars.emptyRatings') : i18n.t('options.stars.emptyTiers')}</p>
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
              { id: 'star', label: i18n.t('options.stars.starMean') },
              { id: 'core', label: i18n.t('options.stars.coreMean') },
            ]}
            categories={team.differentiators.map((entry) => ({
              id: entry.skillId,
              label: entry.skillName,
              values: [entry.starMean, entry.coreMean],
              note: i18n.t('options.stars.counts', {
                stars: String(entry.starCount),
                core: String(entry.coreCount),
                rho: entry.correlation.rho === null ? '—' : formatScore(entry.correlation.rho),
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
              const quotes = (entry.difference ?? 0) >= quoteThreshold ? starQuotes(data, entry.skillId) : [];
              return (
                <li key={entry.skillId}>
                  <p className="differentiator-summary">{entry.summary}</p>
                  <p className="muted">{entry.correlationSummary}</p>
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
                </li>
              );
            })}
          </ol>
        </>
      )}
    </section>
  );
}
