// The main job: opens Chromium with the built extension on sample CRM pages with sample data.
// With a display it stays open for you to explore; without one it runs headless and saves a
// screenshot tour to demo-output/.
import { mkdirSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { chromium } from '@playwright/test';
import { findChromium } from '../tests/e2e/browser-path.ts';

const extensionPath = path.resolve('.output/chrome-mv3');
const outDir = path.resolve('demo-output');
const headless = !process.env.DISPLAY || process.env.COACHLENS_DEMO_HEADLESS === '1';

const samplePages = [
  {
    url: 'https://acme.lightning.force.com/lightning/r/Account/0019000000B98deAAB/view',
    fixture: 'tests/fixtures/crm/salesforce/account.html',
  },
];

const args = [
  `--disable-extensions-except=${extensionPath}`,
  `--load-extension=${extensionPath}`,
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];
if (process.getuid?.() === 0) args.push('--no-sandbox');

const context = await chromium.launchPersistentContext(mkdtempSync(path.join(tmpdir(), 'coachlens-demo-')), {
  executablePath: findChromium(),
  headless,
  args,
  viewport: { width: 1400, height: 900 },
});
await context.route(/^https?:\/\//, (route) => route.abort('blockedbyclient'));
for (const sample of samplePages) {
  const body = readFileSync(sample.fixture, 'utf8');
  const target = new URL(sample.url);
  await context.route(
    (url) => url.origin === target.origin && url.pathname === target.pathname,
    (route) => route.fulfill({ contentType: 'text/html; charset=utf-8', body }),
  );
}

const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
const extensionId = new URL(worker.url()).host;
mkdirSync(outDir, { recursive: true });

// Sample data, entered the way a manager would: through the dashboard.
const options = await context.newPage();
await options.goto(`chrome-extension://${extensionId}/options.html`);
for (const rep of ['Maya Chen', 'Jonas Berg', 'Priya Raman']) {
  await options.getByLabel('Rep name').fill(rep);
  await options.getByRole('button', { name: 'Add rep' }).click();
  await options
    .getByRole('status')
    .filter({ hasText: `Saved ${rep}.` })
    .waitFor();
}
await options.getByLabel('Account name').fill('Globex Corporation');
await options.getByLabel('CRM record id (optional)').fill('0019000000B98deAAB');
await options
  .getByLabel('Notes')
  .fill('Renewal in March. Champion: Hank Scorpio (VP Ops). Needs an ROI case before the January board.');
await options.getByRole('button', { name: 'Add account' }).click();
await options.getByRole('status').filter({ hasText: 'Saved Globex Corporation.' }).waitFor();
await options.screenshot({ path: path.join(outDir, '01-dashboard.png'), fullPage: true });

const page = await context.newPage();
await page.goto(samplePages[0]!.url);
await page.frameLocator('iframe.coachlens-panel').getByRole('heading', { name: 'Globex Corporation' }).waitFor();
await page.screenshot({ path: path.join(outDir, '02-account-panel-salesforce.png') });

if (headless) {
  console.log(`Demo screenshots saved to ${outDir}`);
  await context.close();
} else {
  console.log('CoachLens is open in Chromium with sample data. Close the browser window to end the demo.');
  await new Promise<void>((resolve) => context.on('close', () => resolve()));
}
