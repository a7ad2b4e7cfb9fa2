// fake-indexeddb gives every test file a real IndexedDB implementation in Node;
// the Dexie database under test opens against it exactly as it would in the browser.
import 'fake-indexeddb/auto';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import messages from '../../locales/en.json';

/**
 * WXT's fake browser leaves `i18n.getMessage` unimplemented. Answer it from the English messages,
 * the way the browser answers from the built `_locales/en/messages.json`: nested keys joined by
 * `_`, `$1`… positional substitutions.
 */
const flatMessages = new Map<string, string>();
(function flatten(prefix: string, node: unknown) {
  if (typeof node === 'string') flatMessages.set(prefix, node);
  else if (node && typeof node === 'object') {
    for (const [key, value] of Object.entries(node)) flatten(prefix ? `${prefix}_${key}` : key, value);
  }
})('', messages);

fakeBrowser.i18n.getMessage = ((key: string, substitutions?: string | string[]) => {
  const message = flatMessages.get(key) ?? '';
  const subs = substitutions === undefined ? [] : Array.isArray(substitutions) ? substitutions : [substitutions];
  return message.replace(/\$(\d)/g, (match, index: string) => subs[Number(index) - 1] ?? match);
}) as typeof fakeBrowser.i18n.getMessage;
fakeBrowser.i18n.getUILanguage = () => 'en-US';
