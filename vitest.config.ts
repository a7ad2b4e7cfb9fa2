import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';

export default defineConfig({
  plugins: [WxtVitest()],
  test: {
    globals: true,
    include: ['{entrypoints,components,hooks,utils,tests/unit,tests/contract}/**/*.test.{ts,tsx}'],
    setupFiles: ['tests/setup/vitest-setup.ts'],
    environment: 'node',
    restoreMocks: true,
  },
});
