import { useState } from 'react';
import { formErrorsOf, type FormErrors } from '@/utils/dashboard/field-errors';

export interface SaveForm {
  errors: FormErrors;
  status: string;
  /**
   * Runs a save. Its message becomes the status and the errors clear; a failure puts each message
   * next to its field and the form's message in the status. The inputs are left as they were, so a
   * refused save loses nothing. True when saved.
   */
  save: (write: () => Promise<string>) => Promise<boolean>;
}

/** The save, error and status handling every dashboard form shares. */
export function useSaveForm(): SaveForm {
  const [errors, setErrors] = useState<FormErrors>({ fields: {} });
  const [status, setStatus] = useState('');
  async function save(write: () => Promise<string>): Promise<boolean> {
    try {
      const message = await write();
      setErrors({ fields: {} });
      setStatus(message);
      return true;
    } catch (error) {
      setStatus('');
      setErrors(formErrorsOf(error));
      return false;
    }
  }
  return { errors, status, save };
}

/** The form's live status line: the saved message, or the reason it was not saved. */
export function FormStatus({ form }: { form: SaveForm }) {
  return (
    <p role="status" className={form.errors.form ? 'form-error' : 'form-ok'}>
      {form.errors.form ?? form.status}
    </p>
  );
}
