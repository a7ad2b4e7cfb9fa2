// The main job: opens Chromium with the built extension on sample CRM pages (all five CRMs, served
// at their real URLs from tests/fixtures, no network) with a realistic sample team loaded.
// With a display it stays open for you to explore; without one it runs headless and saves a
// screenshot tour to demo-output/ (the README shows it). It says what it is doing at each step.
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { chromium, type Frame, type Page } from '@playwright/test';
import { chromiumArgs, findChromium } from '../tests/e2e/browser-path.ts';
import { crmLabels } from '../utils/crm/labels.ts';
import type { Crm } from '../utils/schemas/common.ts';

const extensionPath = path.resolve('.output/chrome-mv3');
const outDir = path.resolve('demo-output');
const headless = !process.env.DISPLAY || process.env.COACHLENS_DEMO_HEADLESS === '1';
/** Every CRM CoachLens reads, in the order the tour visits them, with the name managers know. */
const crms = Object.keys(crmLabels) as Crm[];

const startedAt = Date.now();
/** One line of progress, with the seconds since the demo started. */
function step(text: string): void {
  const seconds = Math.round((Date.now() - startedAt) / 1000);
  console.log(`[${String(seconds).padStart(3)} s] ${text}`);
}

step('Building the Chrome extension (npm run build:chrome)…');
// Through the npm that started the demo when there is one (`npm run demo`), else the one on PATH.
if (process.env.npm_execpath) {
  execFileSync(process.execPath, [process.env.npm_execpath, 'run', '--silent', 'build:chrome'], { stdio: 'inherit' });
} else {
  execFileSync('npm', ['run', '--silent', 'build:chrome'], { stdio: 'inherit', shell: true });
}
step(`Built ${path.relative('.', extensionPath)}. Screenshots go to ${outDir}`);

/** Every fixture page and the real CRM URL it stands for (its `Stands for:` comment). */
const pages = crms.flatMap((crm) =>
  readdirSync(`tests/fixtures/crm/${crm}`)
    .filter((file) => file.endsWith('.html'))
    .map((file) => {
      const html = readFileSync(`tests/fixtures/crm/${crm}/${file}`, 'utf8');
      return { crm, kind: file.replace('.html', ''), url: /Stands for:\s*(\S+)/.exec(html)![1]!, html };
    }),
);
const pageOf = (crm: string, kind: string) => pages.find((page) => page.crm === crm && page.kind === kind)!;

const args = chromiumArgs([extensionPath]);
step(headless ? 'Starting Chromium without a window (no display)…' : 'Starting Chromium with the extension…');

const context = await chromium.launchPersistentContext(mkdtempSync(path.join(tmpdir(), 'coachlens-demo-')), {
  executablePath: findChromium(),
  headless,
  args,
  viewport: { width: 1400, height: 900 },
});
// Nothing leaves the machine: every request that is not a sample CRM page is refused.
await context.route(/^https?:\/\//, (route) => route.abort('blockedbyclient'));
for (const sample of pages) {
  const target = new URL(sample.url);
  await context.route(
    (url) => url.origin === target.origin && url.pathname === target.pathname,
    (route) => route.fulfill({ contentType: 'text/html; charset=utf-8', body: sample.html }),
  );
}

const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
const extensionId = new URL(worker.url()).host;
const extensionPage = (file: string) => `chrome-extension://${extensionId}/${file}`;
mkdirSync(outDir, { recursive: true });
const shotCount = { saved: 0 };
async function shot(page: Page, name: string, options: { fullPage?: boolean } = {}): Promise<void> {
  await page.screenshot({ path: path.join(outDir, `${name}.png`), ...options });
  shotCount.saved += 1;
  step(`  screenshot ${name}.png`);
}

/** The panel iframe lives in a closed shadow root: find its frame by URL. */
async function panelOf(page: Page): Promise<Frame> {
  for (;;) {
    const frame = page.frames().find((candidate) => candidate.url().includes('/panel.html'));
    if (frame) return frame;
    await page.waitForTimeout(100);
  }
}

/** On a record CoachLens does not know yet, link it to the suggested match, as a manager does once. */
async function linkSuggested(page: Page, name: string): Promise<Frame> {
  const panel = await panelOf(page);
  await panel.getByRole('button', { name: `Link ${name}` }).click();
  await panel.getByRole('heading', { level: 1, name }).waitFor();
  return panel;
}

// 1. First run: the welcome, then the sample team (9 reps, 30 accounts, 6 months of observations).
step('Loading the sample team from the dashboard welcome (9 reps, 30 accounts, six months of data)…');
const dashboard = await context.newPage();
await dashboard.goto(extensionPage('options.html'));
await dashboard.getByRole('button', { name: 'Load the sample team' }).click();
await dashboard.getByText(/Sample team loaded/).waitFor();
await shot(dashboard, '01-welcome');

// 2. Each CRM: link the rep page and the account page once; the panels fill with coaching.
const crm = await context.newPage();
for (const name of crms) {
  step(`${crmLabels[name]}: the rep page ${pageOf(name, 'user').url}`);
  await crm.goto(pageOf(name, 'user').url);
  await linkSuggested(crm, 'Dana Whitfield');
  if (name === 'salesforce') await shot(crm, '02-rep-panel-salesforce');
  step(`${crmLabels[name]}: the account page ${pageOf(name, 'account').url}`);
  await crm.goto(pageOf(name, 'account').url);
  await linkSuggested(crm, 'Globex Corporation');
  if (name === 'salesforce') await shot(crm, '03-account-panel-salesforce');
  if (name === 'hubspot') await shot(crm, '04-account-panel-hubspot');
}
step(`Dynamics 365: the deal page ${pageOf('dynamics', 'deal').url}`);
await crm.goto(pageOf('dynamics', 'deal').url);
await (await panelOf(crm)).getByRole('heading', { level: 2, name: 'Globex Corporation' }).waitFor();
await shot(crm, '05-deal-panel-dynamics');

// 3. The popup, opened for the Salesforce rep page: prefilled, ready to log in seconds.
step('The popup, opened on the Salesforce rep page…');
await crm.goto(pageOf('salesforce', 'user').url);
await panelOf(crm);
const tabId = await worker.evaluate(async (url) => {
  const api = (globalThis as unknown as { chrome: { tabs: { query(q: object): Promise<{ id?: number }[]> } } }).chrome;
  return (await api.tabs.query({ url }))[0]?.id;
}, pageOf('salesforce', 'user').url);
const popup = await context.newPage();
await popup.setViewportSize({ width: 420, height: 860 });
await popup.goto(extensionPage(`popup.html?tab=${tabId}`));
await popup.getByRole('heading', { name: 'CoachLens' }).waitFor();
await popup.waitForTimeout(500);
await shot(popup, '06-popup');

// 4. Every dashboard section, one full-page screenshot each (`dashboard-<section>.png`), and the
// chart-heavy ones again in the dark theme. The README shows them from docs/screenshots/.
const dashboardUrl = extensionPage('options.html');
async function shotSection(name: string, open: () => Promise<void>) {
  await open();
  await dashboard.locator('main h2').first().waitFor();
  await dashboard.waitForTimeout(500); // the charts' live data settles
  await shot(dashboard, name, { fullPage: true });
}
const goTo = (hash: string) => async () => {
  await dashboard.goto(`${dashboardUrl}#${hash}`);
};
const follow = (hash: string, link: string) => async () => {
  await dashboard.goto(`${dashboardUrl}#${hash}`);
  await dashboard.getByRole('link', { name: link, exact: true }).click();
  await dashboard.getByRole('heading', { level: 2, name: link }).waitFor();
};
const tour: [string, () => Promise<void>][] = [
  ['dashboard-welcome', goTo('welcome')],
  ['dashboard-overview', goTo('overview')],
  ['dashboard-stars-vs-core', goTo('stars')],
  ['dashboard-rep', follow('overview', 'Tom Walsh')],
  ['dashboard-accounts', goTo('accounts')],
  ['dashboard-account', follow('accounts', 'Globex Corporation')],
  ['dashboard-results', goTo('results')],
  ['dashboard-manager-time', goTo('time')],
  ['dashboard-skills', goTo('skills')],
  ['dashboard-settings', goTo('settings')],
  ['dashboard-data', goTo('data')],
  ['dashboard-crm-sites', goTo('crm-sites')],
];
step('The dashboard, section by section…');
for (const [name, open] of tour) await shotSection(name, open);
// The rep page is long: its skill trend also gets a picture of its own, for the README.
await follow('overview', 'Tom Walsh')();
await dashboard.locator('.skill-trend').screenshot({ path: path.join(outDir, 'dashboard-rep-skill-trend.png') });
shotCount.saved += 1;
step('  screenshot dashboard-rep-skill-trend.png');
step('The same sections in the dark theme…');
await dashboard.emulateMedia({ colorScheme: 'dark' });
for (const [name, open] of tour.filter(([entry]) =>
  ['dashboard-overview', 'dashboard-rep', 'dashboard-manager-time'].includes(entry),
)) {
  await shotSection(`${name}-dark`, open);
}
await dashboard.emulateMedia({ colorScheme: 'light' });

step(`Done: ${shotCount.saved} screenshots in ${outDir}`);
if (headless) {
  await context.close();
} else {
  await crm.bringToFront();
  step('CoachLens is open in Chromium with the sample team. Close the browser window to end the demo.');
  await new Promise<void>((resolve) => context.on('close', () => resolve()));
}
