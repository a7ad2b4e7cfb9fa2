import { i18n } from '#i18n';
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
      {error.moreProblems > 0 && <p>{i18n.t('data.problems.more', { count: formatMore(error.moreProblems) })}</p>}
    </div>
  );
}

function formatMore(count: number): string {
  return new Intl.NumberFormat().format(count);
}
