import { i18n } from '#i18n';
import { tPlural } from '@/utils/i18n/plural';
import { describeProblem, ImportFileError } from '@/utils/data/import-errors';

/** The problems that stopped an import: each says where, what, and how to fix it. */
export function ProblemsView({ error }: { error: unknown }) {
  if (error === undefined || error === null) return null;
  if (!(error instanceof ImportFileError)) {
    return (
      <p role="alert" className="form-error">
        {error instanceof Error ? error.message : String(error)}
      </p>
    );
  }
  return (
    <div role="alert" className="data-problems">
      <h4>{i18n.t('data.problems.heading')}</h4>
      <ul>
        {error.problems.map((problem, index) => (
          <li key={index}>{describeProblem(problem)}</li>
        ))}
      </ul>
      {error.moreProblems > 0 && <p>{tPlural('data.problems.more', error.moreProblems)}</p>}
    </div>
  );
}
