// Lets `node --test` load the suite's TypeScript and the project modules it shares with the
// Chromium suite and the extension (`tests/e2e/crm-fixtures.ts`, `utils/crm`). Node strips the
// types itself; this only resolves the extensionless and directory imports Vite allows.
import { registerHooks } from 'node:module';

const retried = new Set(['ERR_MODULE_NOT_FOUND', 'ERR_UNSUPPORTED_DIR_IMPORT']);

registerHooks({
  resolve(specifier, context, nextResolve) {
    try {
      return nextResolve(specifier, context);
    } catch (error) {
      if (!specifier.startsWith('.') || !retried.has(error?.code)) throw error;
      for (const suffix of ['.ts', '/index.ts']) {
        try {
          return nextResolve(specifier + suffix, context);
        } catch {
          // try the next form
        }
      }
      throw error;
    }
  },
});
