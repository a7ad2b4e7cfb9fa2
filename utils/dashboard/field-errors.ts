import { isDomainError, ValidationError } from '@/utils/db/errors';

export interface FormErrors {
  /** Messages by field name (`name`, `ratings[0].score`). */
  fields: Record<string, string>;
  /** A message for the form as a whole. */
  form?: string;
}

/** Splits a repository error into messages next to their fields and one for the whole form. */
export function formErrorsOf(error: unknown): FormErrors {
  if (error instanceof ValidationError) {
    const fields: Record<string, string> = {};
    for (const issue of error.issues) {
      const key = issue.field.replace(/\[.*$/, '').replace(/\..*$/, '');
      fields[key] = fields[key] ? `${fields[key]}; ${issue.message}` : issue.message;
    }
    return { fields, form: error.message };
  }
  if (isDomainError(error) || error instanceof Error) return { fields: {}, form: error.message };
  return { fields: {}, form: String(error) };
}
