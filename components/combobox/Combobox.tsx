import { useId, useMemo, useState, type KeyboardEvent } from 'react';
import { compareNames } from '@/utils/records/rep-names';

export interface ComboboxOption {
  id: string;
  name: string;
  /** Shown beside the name to tell namesakes apart (a rep's email or team). */
  detail?: string;
}

/** The combobox's value: an existing option, or a name the user typed to create. */
export type ComboboxValue = { kind: 'existing'; id: string; name: string } | { kind: 'new'; name: string };

export interface ComboboxProps {
  id?: string;
  label: string;
  options: readonly ComboboxOption[];
  value: ComboboxValue | null;
  onChange(value: ComboboxValue | null): void;
  /** Offer "Create “name”" when the typed name matches no option. */
  createLabel?(name: string): string;
  /** Shown under the field while the value is a name to create. */
  newHint?: string;
  hint?: string;
  noMatches: string;
  /** The message to show next to the field, if any. */
  error?: string;
  maxShown?: number;
  /** The option listed first when it matches (the rep of the CRM page open); the rest alphabetically. */
  firstId?: string;
}

type Item = { kind: 'existing'; option: ComboboxOption } | { kind: 'new'; name: string };

/**
 * An accessible type-ahead (WAI-ARIA combobox with a listbox popup): type to filter, arrow keys to
 * move, Enter to pick, Escape to close. Leaving the field with a name typed picks the option of
 * that exact name, or the new name when creating is allowed.
 */
export function Combobox({
  id,
  label,
  options,
  value,
  onChange,
  createLabel,
  newHint,
  hint,
  noMatches,
  error,
  maxShown = 8,
  firstId,
}: ComboboxProps) {
  const ownId = useId();
  const inputId = id ?? `${ownId}-input`;
  const listId = `${ownId}-list`;
  const hintId = `${ownId}-hint`;
  const errorId = `${ownId}-error`;
  const [text, setText] = useState<string | null>(null);
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(0);
  const shown = text ?? value?.name ?? '';

  const items = useMemo<Item[]>(() => {
    const wanted = shown.trim().toLocaleLowerCase();
    const matches = options
      .filter((option) => option.name.toLocaleLowerCase().includes(wanted))
      .sort((a, b) => {
        const aStarts = a.name.toLocaleLowerCase().startsWith(wanted) ? 0 : 1;
        const bStarts = b.name.toLocaleLowerCase().startsWith(wanted) ? 0 : 1;
        return Number(b.id === firstId) - Number(a.id === firstId) || aStarts - bStarts || compareNames(a.name, b.name);
      })
      .slice(0, maxShown)
      .map((option): Item => ({ kind: 'existing', option }));
    const exact = options.some((option) => option.name.trim().toLocaleLowerCase() === wanted);
    if (createLabel && wanted !== '' && !exact) matches.push({ kind: 'new', name: shown.trim() });
    return matches;
  }, [options, shown, createLabel, maxShown, firstId]);

  const expanded = open && (items.length > 0 || shown.trim() !== '');
  const activeIndex = Math.min(active, Math.max(0, items.length - 1));

  function pick(item: Item | undefined) {
    setText(null);
    setOpen(false);
    setActive(0);
    if (!item) return;
    onChange(
      item.kind === 'existing'
        ? { kind: 'existing', id: item.option.id, name: item.option.name }
        : { kind: 'new', name: item.name },
    );
  }

  /** Leaving the field: a typed name becomes the exact match, a name to create, or nothing. */
  function commit() {
    if (text === null) {
      setOpen(false);
      return;
    }
    const wanted = text.trim().toLocaleLowerCase();
    const exact = options.find((option) => option.name.trim().toLocaleLowerCase() === wanted);
    if (wanted === '') {
      setText(null);
      setOpen(false);
      onChange(null);
    } else if (exact) pick({ kind: 'existing', option: exact });
    else if (createLabel) pick({ kind: 'new', name: text.trim() });
    else {
      setText(null);
      setOpen(false);
    }
  }

  function onKeyDown(event: KeyboardEvent<HTMLInputElement>) {
    if (event.ctrlKey || event.metaKey || event.altKey) return;
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      if (!open) {
        setOpen(true);
        setActive(0);
        return;
      }
      const step = event.key === 'ArrowDown' ? 1 : -1;
      setActive((activeIndex + step + items.length) % Math.max(1, items.length));
    } else if (event.key === 'Enter') {
      if (expanded && items[activeIndex]) {
        event.preventDefault();
        pick(items[activeIndex]);
      }
    } else if (event.key === 'Escape') {
      if (expanded) {
        event.preventDefault();
        event.stopPropagation();
        setOpen(false);
      }
    }
  }

  const describedBy = [error ? errorId : null, hintId].filter(Boolean).join(' ');
  const optionId = (index: number) => `${ownId}-option-${index}`;

  return (
    <div className="cl-combobox">
      <label htmlFor={inputId}>{label}</label>
      <input
        id={inputId}
        type="text"
        role="combobox"
        autoComplete="off"
        spellCheck={false}
        aria-autocomplete="list"
        aria-expanded={expanded}
        aria-controls={listId}
        aria-activedescendant={expanded && items[activeIndex] ? optionId(activeIndex) : undefined}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy}
        value={shown}
        maxLength={200}
        onChange={(event) => {
          setText(event.target.value);
          setOpen(true);
          setActive(0);
        }}
        onKeyDown={onKeyDown}
        onBlur={commit}
      />
      <ul id={listId} role="listbox" aria-label={label} className="cl-combobox-list" hidden={!expanded}>
        {items.length === 0 && (
          <li role="option" aria-selected={false} aria-disabled="true" className="cl-combobox-empty">
            {noMatches}
          </li>
        )}
        {items.map((item, index) => (
          <li
            key={item.kind === 'existing' ? item.option.id : `new:${item.name}`}
            id={optionId(index)}
            role="option"
            aria-selected={index === activeIndex}
            className={index === activeIndex ? 'cl-combobox-option is-active' : 'cl-combobox-option'}
            // Keep the focus in the input, so picking with the mouse does not first blur it.
            onMouseDown={(event) => event.preventDefault()}
            onClick={() => pick(item)}
          >
            {item.kind === 'existing' ? (
              <>
                {item.option.name}
                {item.option.detail && <span className="cl-combobox-detail"> · {item.option.detail}</span>}
              </>
            ) : (
              createLabel?.(item.name)
            )}
          </li>
        ))}
      </ul>
      <p id={hintId} className="cl-field-hint">
        {value?.kind === 'new' && newHint ? newHint : hint}
      </p>
      {error && (
        <p id={errorId} className="cl-field-error">
          {error}
        </p>
      )}
    </div>
  );
}
