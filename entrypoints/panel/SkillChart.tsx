import { i18n } from '#i18n';
import { tPlural } from '@/utils/i18n/plural';
import type { RepInsight } from '@/utils/insights';
import { formatScore } from '@/utils/format/numbers';

/**
 * Skill scores against the star benchmark, one row per skill: a bar for the rep's score and a
 * marker for the stars'. It is a real table, so screen readers read the numbers the eye sees.
 * Low-evidence scores are drawn hollow and labelled, never shown as a confident bar.
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
            <th scope="col">{i18n.t('panel.rep.benchmark')}</th>
          </tr>
        </thead>
        <tbody>
          {insight.skills.map((skill) => (
            <tr key={skill.skillId} className={skill.lowEvidence ? 'low-evidence' : undefined}>
              <th scope="row">
                {skill.skillName}
                <div className="bar-track" aria-hidden="true">
                  {skill.score !== null && (
                    <div
                      className={skill.lowEvidence ? 'bar bar-hollow' : 'bar'}
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
                      {skill.lowEvidence && ` · ${i18n.t('panel.lowEvidence')}`}
                    </span>
                  </>
                )}
              </td>
              <td>{formatScore(skill.benchmark.value)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {insight.usesDefaultBenchmark && <p className="panel-muted">{i18n.t('panel.rep.defaultBenchmark')}</p>}
    </figure>
  );
}
