import { useState } from 'react';
import { i18n } from '#i18n';
import { tPlural } from '@/utils/i18n/plural';
import { getDb } from '@/utils/db/app-db';
import { upsertResult } from '@/utils/db/results';
import { quarterOf } from '@/utils/insights/periods';
import { periodSchema } from '@/utils/schemas/result';
import { SectionHeading } from '../SectionHeading';
import type { Dashboard } from '@/hooks/use-dashboard';
import { formErrorsOf } from '@/utils/dashboard/field-errors';
import { formatPercent } from '@/utils/format/numbers';
import { byName, repLabel } from '@/utils/records/rep-names';

interface Draft {
  attainment: string;
  winRate: string;
}

/** The ends: each rep's attainment (and win rate) for one quarter or month. */
export function ResultsSection({ data }: { data: Dashboard }) {
  const { input, team } = data;
  const reps = byName(input.reps.filter((rep) => rep.active));
  const [period, setPeriod] = useState(quarterOf(team.now));
  const [drafts, setDrafts] = useState<Record<string, Draft>>({});
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [status, setStatus] = useState('');
  const periodValid = periodSchema.safeParse(period).success;

  const stored = new Map(
    input.results.filter((result) => result.period === period).map((result) => [result.repId, result]),
  );
  const draftOf = (repId: string): Draft => {
    const draft = drafts[repId];
    if (draft) return draft;
    const result = stored.get(repId);
    return {
      attainment: result ? String(result.attainmentPct) : '',
      winRate: result?.winRatePct === undefined ? '' : String(result.winRatePct),
    };
  };

  async function saveAll() {
    const nextErrors: Record<string, string> = {};
    let saved = 0;
    for (const rep of reps) {
      const draft = drafts[rep.id];
      if (!draft || draft.attainment.trim() === '') continue;
      try {
        await upsertResult(getDb(), {
          repId: rep.id,
          period,
          attainmentPct: Number(draft.attainment),
          winRatePct: draft.winRate.trim() === '' ? undefined : Number(draft.winRate),
        });
        saved += 1;
      } catch (error) {
        const { fields, form } = formErrorsOf(error);
        nextErrors[rep.id] =
          Object.entries(fields)
            .map(
              ([field, message]) =>
                `${field === 'attainmentPct' ? i18n.t('options.results.attainment') : field === 'winRatePct' ? i18n.t('options.results.winRate') : field} ${message}`,
            )
            .join('; ') ||
          (form ?? '');
      }
    }
    setErrors(nextErrors);
    if (Object.keys(nextErrors).length === 0) setDrafts({});
    setStatus(tPlural('options.results.saved', saved, { period }));
  }

  return (
    <section aria-labelledby="results-heading" className="dashboard-section">
      <SectionHeading id="results-heading">{i18n.t('options.results.heading')}</SectionHeading>
      <p>{i18n.t('options.results.intro')}</p>
      <label htmlFor="results-period">{i18n.t('options.results.period')}</label>
      <input
        id="results-period"
        value={period}
        onChange={(event) => {
          setPeriod(event.target.value.trim());
          setDrafts({});
        }}
        aria-describedby="results-period-hint"
        aria-invalid={!periodValid || undefined}
      />
      <p id="results-period-hint" className={periodValid ? 'field-hint' : 'form-error'}>
        {i18n.t('options.results.periodHint')}
      </p>
      {reps.length === 0 ? (
        <p className="empty-state">
          {i18n.t('options.results.empty')} <a href="#welcome">{i18n.t('options.overview.emptyWelcome')}</a>
        </p>
      ) : (
        <form
          onSubmit={(event) => {
            event.preventDefault();
            void saveAll();
          }}
        >
          <div className="table-scroll">
            <table className="data-table">
              <caption>{i18n.t('options.results.tableCaption', { period })}</caption>
              <thead>
                <tr>
                  <th scope="col">{i18n.t('options.overview.columns.rep')}</th>
                  <th scope="col">{i18n.t('options.results.attainment')}</th>
                  <th scope="col">{i18n.t('options.results.winRate')}</th>
                  <th scope="col">{i18n.t('options.results.tierWindow')}</th>
                </tr>
              </thead>
              <tbody>
                {reps.map((rep) => {
                  const draft = draftOf(rep.id);
                  const error = errors[rep.id];
                  const mean = team.attainment.get(rep.id);
                  return (
                    <tr key={rep.id}>
                      <th scope="row">{repLabel(rep)}</th>
                      <td>
                        <input
                          type="number"
                          inputMode="decimal"
                          step="any"
                          className="number-input"
                          aria-label={i18n.t('options.results.attainmentFor', { name: rep.name })}
                          aria-invalid={error ? true : undefined}
                          aria-describedby={error ? `result-error-${rep.id}` : undefined}
                          value={draft.attainment}
                          onChange={(event) =>
                            setDrafts({ ...drafts, [rep.id]: { ...draft, attainment: event.target.value } })
                          }
                        />
                        {error && (
                          <p id={`result-error-${rep.id}`} className="form-error">
                            {error}
                          </p>
                        )}
                      </td>
                      <td>
                        <input
                          type="number"
                          inputMode="decimal"
                          step="any"
                          className="number-input"
                          aria-label={i18n.t('options.results.winRateFor', { name: rep.name })}
                          value={draft.winRate}
                          onChange={(event) =>
                            setDrafts({ ...drafts, [rep.id]: { ...draft, winRate: event.target.value } })
                          }
                        />
                      </td>
                      <td>{mean === undefined ? '—' : formatPercent(mean)}</td>
                    </tr>
                  );
                })}
              </tbody>
            </table>
          </div>
          <button type="submit" disabled={!periodValid}>
            {i18n.t('options.results.save')}
          </button>
          <p role="status" className="form-ok">
            {status}
          </p>
          <p className="muted">{i18n.t('options.results.csvHint')}</p>
        </form>
      )}
    </section>
  );
}
