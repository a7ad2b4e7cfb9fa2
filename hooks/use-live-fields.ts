import { useEffect, useRef, useState } from 'react';

type Fields<K extends string> = Record<K, string>;

export interface LiveFields<K extends string> {
  values: Fields<K>;
  set: (field: K, value: string) => void;
  /** The fields the manager changed here: the only ones a save may write. */
  edited: () => Partial<Fields<K>>;
  /**
   * Fields the manager changed here that were also changed elsewhere (another tab) since this form
   * showed them, to a different value. Each is then taken as seen: saving again writes over it.
   */
  takeConflicts: (current: Fields<K>) => K[];
  /** After a save: what was written is what the form now stands on. */
  saved: (written: Partial<Fields<K>>) => void;
}

/**
 * A dashboard form over a row that another tab may change while this one is open (two tabs are
 * normal). A field the manager did not touch follows the stored value live; a save writes only
 * the fields changed here, so it cannot undo another tab's change to a field it merely showed; and
 * a field changed in both places is not written over without telling (`takeConflicts`).
 */
export function useLiveFields<K extends string>(stored: Fields<K>): LiveFields<K> {
  const [values, setValues] = useState(stored);
  /** The stored values each field was last in step with. */
  const base = useRef(stored);
  const storedKey = JSON.stringify(stored);

  // The effect follows `stored`'s content, not the object: a new object with the same values changes
  // nothing. So it reads the values back from their key.
  useEffect(() => {
    const latest = JSON.parse(storedKey) as Fields<K>;
    setValues((current) => {
      const next = { ...current };
      const nextBase = { ...base.current };
      for (const field of Object.keys(latest) as K[]) {
        if (current[field] === base.current[field]) {
          next[field] = latest[field];
          nextBase[field] = latest[field];
        }
      }
      base.current = nextBase;
      return next;
    });
  }, [storedKey]);

  const editedFields = () => (Object.keys(values) as K[]).filter((field) => values[field] !== base.current[field]);

  return {
    values,
    set: (field, value) => setValues((current) => ({ ...current, [field]: value })),
    edited: () => Object.fromEntries(editedFields().map((field) => [field, values[field]])) as Partial<Fields<K>>,
    takeConflicts: (current) => {
      const conflicts = editedFields().filter(
        (field) => current[field] !== base.current[field] && current[field] !== values[field],
      );
      base.current = { ...base.current, ...Object.fromEntries(conflicts.map((field) => [field, current[field]])) };
      return conflicts;
    },
    saved: (written) => {
      base.current = { ...base.current, ...written };
    },
  };
}
