import { existsSync } from 'node:fs';
import { chromium } from '@playwright/test';

/**
 * The Chromium to test in, in this order: `CHROMIUM_PATH`, a system Chromium or Chrome, then
 * Playwright's own download (which cannot be fetched on machines without internet access).
 */
export function findChromium(): string {
  const candidates = [
    process.env.CHROMIUM_PATH,
    '/usr/bin/chromium',
    '/usr/bin/chromium-browser',
    '/usr/bin/google-chrome',
    '/usr/bin/google-chrome-stable',
    '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
    '/Applications/Chromium.app/Contents/MacOS/Chromium',
  ];
  for (const candidate of candidates) {
    if (candidate && existsSync(candidate)) return candidate;
  }
  const bundled = chromium.executablePath();
  if (existsSync(bundled)) return bundled;
  throw new Error(
    'No Chromium found. Set CHROMIUM_PATH, install Chromium (Debian: apt-get install chromium), or run `npx playwright install chromium`.',
  );
}

/**
 * The command line for every Chromium we drive (tests, demo, benchmarks): the given unpacked
 * extensions loaded and no others; nothing that would reach the network on its own (the runs
 * must stay offline and quiet); no sandbox as root, where Chromium refuses to start with one.
 */
export function chromiumArgs(extensions: readonly string[]): string[] {
  const args = [
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--no-first-run',
    '--disable-quic',
  ];
  if (extensions.length > 0)
    args.unshift(`--disable-extensions-except=${extensions.join(',')}`, `--load-extension=${extensions.join(',')}`);
  if (process.getuid?.() === 0) args.push('--no-sandbox');
  return args;
}
