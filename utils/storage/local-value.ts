import { browser } from 'wxt/browser';

/** What the content script needs of a stored setting: its value now, and each change. */
export interface LocalValue<T> {
  getValue(): Promise<T>;
  /** Calls `onChange` with each new value (the fallback once it is removed); returns the unsubscribe. */
  watch(onChange: (value: T) => void): () => void;
}

/**
 * A read-only view of a `local:` item written through WXT's storage (`storage.defineItem`), for
 * the content script: WXT's storage module (versioning, migrations, metadata, locks) is a third
 * of that script's bytes, and every CRM page load pays for them. A WXT item keeps its value under
 * its plain key in `storage.local` (its version lives under `key$`), so reading that key sees
 * exactly what the item wrote (local-value.test.ts holds the two to that).
 */
export function localValue<T>(key: string, fallback: T): LocalValue<T> {
  return {
    async getValue() {
      const stored: Record<string, unknown> = await browser.storage.local.get(key);
      return (stored[key] as T | undefined) ?? fallback;
    },
    watch(onChange) {
      const listener = (changes: Record<string, { newValue?: unknown }>, area: string) => {
        if (area !== 'local' || !(key in changes)) return;
        onChange((changes[key]!.newValue as T | undefined) ?? fallback);
      };
      browser.storage.onChanged.addListener(listener);
      return () => browser.storage.onChanged.removeListener(listener);
    },
  };
}
