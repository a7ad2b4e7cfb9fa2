import { i18n } from '#i18n';
import { tPlural } from '@/utils/i18n/plural';
import type { RepInsight, SkillRow } from '@/utils/insights';
import { formatScore } from '@/utils/format/numbers';
import { benchmarkCaveat, relativeText } from '@/components/insights/skill-words';
import { benchmarkText } from '@/utils/format/small-team';

/**
 * Skill scores against the star benchmark, one row per skill: a bar for the rep's score and a
 * marker for the stars'. It is a real table, so screen readers read the numbers the eye sees.
 * Single-rating scores are drawn hollow and labelled, never shown as a confident bar; stale ones
 * (no rating in 4 months) are greyed. Beside each score, the skill against the rep's own average.
 */
export function SkillChart({ insight }: { insight: RepInsight }) {
  const toPct = (score: number) => `${((score - 1) / 3) * 100}%`;
  return (
    <figure className="skill-chart">
      <figcaption>
        <h2 className="panel-subheading">{i18n.t('panel.rep.skillsHeading')}</h2>
        <span className="panel-muted">{i18n.t('panel.rep.skillsCaption')}</span>
      </figcaption>
      <table>
        <thead>
          <tr>
            <th scope="col">{i18n.t('panel.rep.skill')}</th>
            <th scope="col">{i18n.t('panel.rep.score')}</th>
            <th scope="col">{i18n.t('panel.rep.relative')}</th>
            <th scope="col">{i18n.t('panel.rep.benchmark')}</th>
          </tr>
        </thead>
        <tbody>
          {insight.skills.map((skill) => (
            <tr key={skill.skillId} className={rowClass(skill)}>
              <th scope="row">
                {skill.skillName}
                <div className="bar-track" aria-hidden="true">
                  {skill.score !== null && (
                    <div
                      className={skill.lowEvidence || skill.stale ? 'bar bar-hollow' : 'bar'}
                      style={{ width: toPct(skill.score) }}
                    />
                  )}
                  <div className="bar-benchmark" style={{ left: toPct(skill.benchmark.value) }} />
                </div>
              </th>
              <td>
                {skill.score === null ? (
                  <span className="panel-muted">{i18n.t('panel.rep.notObserved')}</span>
                ) : (
                  <>
                    {formatScore(skill.score)}
                    <span className="evidence">
                      {tPlural('panel.rep.evidence', skill.evidence)}
                      {skill.stale
                        ? ` · ${i18n.t('panel.stale')}`
                        : skill.lowEvidence && ` · ${i18n.t('panel.lowEvidence')}`}
                    </span>
                  </>
                )}
              </td>
              <td className={skill.relative ? `relative-${skill.relative.label}` : undefined}>
                {relativeText(skill.relative)}
              </td>
              <td>
                {benchmarkText(skill.benchmark)}
                {benchmarkCaveat(skill.benchmark) && (
                  <span className="evidence">{benchmarkCaveat(skill.benchmark)}</span>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {insight.usesDefaultBenchmark && <p className="panel-muted">{i18n.t('panel.rep.defaultBenchmark')}</p>}
      <details className="method">
        <summary>{i18n.t('panel.rep.method')}</summary>
        <p>{i18n.t('panel.rep.methodText')}</p>
      </details>
    </figure>
  );
}

function rowClass(skill: SkillRow): string | undefined {
  if (skill.stale) return 'stale';
  return skill.lowEvidence ? 'low-evidence' : undefined;
}
