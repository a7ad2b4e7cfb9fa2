import { i18n } from '#i18n';
import { tPlural } from '@/utils/i18n/plural';
import { benchmarkCaveat, relativeText } from '@/components/insights/skill-words';
import type { SkillRow } from '@/utils/insights/rep-insight';
import { formatScore } from '@/utils/format/numbers';

/**
 * Each skill's score beside the same skill against the rep's own average: the absolute score
 * compares with the stars, the relative one says what is strong or weak for this rep whatever the
 * rater's generosity. Stale skills (no rating in 4 months) are greyed.
 */
export function SkillTable({ repName, skills }: { repName: string; skills: readonly SkillRow[] }) {
  return (
    <table className="data-table skill-table">
      <caption>{i18n.t('options.rep.relativeCaption', { name: repName })}</caption>
      <thead>
        <tr>
          <th scope="col">{i18n.t('options.stars.skill')}</th>
          <th scope="col">{i18n.t('options.rep.scoreColumn')}</th>
          <th scope="col">{i18n.t('options.rep.relativeColumn')}</th>
          <th scope="col">{i18n.t('options.rep.benchmarkColumn')}</th>
        </tr>
      </thead>
      <tbody>
        {skills.map((row) => (
          <tr key={row.skillId} className={row.stale ? 'stale' : undefined}>
            <th scope="row">{row.skillName}</th>
            <td>
              {row.score === null ? (
                <span className="muted">{i18n.t('options.charts.notObserved')}</span>
              ) : (
                <>
                  {formatScore(row.score)}{' '}
                  <span className="muted">
                    ({tPlural('options.rep.evidence', row.evidence)}
                    {row.stale
                      ? `, ${i18n.t('options.rep.stale')}`
                      : row.lowEvidence && `, ${i18n.t('options.rep.lowEvidence')}`}
                    )
                  </span>
                </>
              )}
            </td>
            <td className={row.relative ? `relative-${row.relative.label}` : undefined}>
              {relativeText(row.relative)}
            </td>
            <td>
              {formatScore(row.benchmark.value)}
              {benchmarkCaveat(row.benchmark) && <span className="muted"> ({benchmarkCaveat(row.benchmark)})</span>}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
