/**
 * What is wrong with a file the manager chose, in words they can act on: where (file, table, row,
 * field), what is wrong, and how to fix it. An import that finds any problem writes nothing.
 */
export interface ImportProblem {
  /** `backup.json, observations row 3 (id 1234abcd…), field ratings[0].score` */
  where: string;
  /** `must be a level from 1 to 4` */
  what: string;
  /** `Correct the value in the file, or use an unedited backup made by CoachLens.` */
  fix: string;
}

export function describeProblem(problem: ImportProblem): string {
  return `${problem.where}: ${problem.what}. ${problem.fix}`;
}

/** Problems beyond this many are counted, not listed: the first ones are enough to act on. */
export const maxListedProblems = 50;

export class ImportFileError extends Error {
  override name = 'ImportFileError';
  readonly problems: ImportProblem[];
  /** Problems found but not listed in `problems` (beyond `maxListedProblems`). */
  readonly moreProblems: number;

  constructor(problems: ImportProblem[], moreProblems = 0) {
    const [first] = problems;
    const rest = problems.length - 1 + moreProblems;
    super(
      `Nothing was imported. ${first ? describeProblem(first) : 'The file could not be read.'}${
        rest > 0 ? ` (${rest} more ${rest === 1 ? 'problem' : 'problems'})` : ''
      }`,
    );
    this.problems = problems;
    this.moreProblems = moreProblems;
  }
}

/** Collects problems up to `maxListedProblems` and counts the rest. */
export class ProblemList {
  readonly listed: ImportProblem[] = [];
  more = 0;

  add(problem: ImportProblem): void {
    if (this.listed.length < maxListedProblems) this.listed.push(problem);
    else this.more += 1;
  }

  get size(): number {
    return this.listed.length + this.more;
  }

  throwIfAny(): void {
    if (this.size > 0) throw new ImportFileError(this.listed, this.more);
  }
}
