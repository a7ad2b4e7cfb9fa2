// Launching Chromium for the bench: the same flags and routing as tests/e2e/extension-fixtures.ts
// (which Node cannot import directly: its imports have no `.ts` extension), one profile per role.
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { chromium, type BrowserContext, type CDPSession, type Frame, type Page } from '@playwright/test';
import { chromiumArgs, findChromium } from '../../tests/e2e/browser-path.ts';
import { crmScripts } from '../../utils/build/crm-scripts.ts';
import { sleep } from './stats.ts';

export const builtExtension = path.resolve('.output/chrome-mv3');
const fixturesDir = path.resolve('tests/fixtures');

/** A page with a static heading and no script: the "blank extension page" baseline. */
export const blankPage = 'bench-blank.html';
const blankHtml =
  '<!doctype html><html lang="en"><head><meta charset="utf-8"><title>CoachLens bench blank</title></head>' +
  '<body><h1>CoachLens</h1></body></html>';

/**
 * `real`: the build as is. `blank-panel`: the page script mounts `bench-blank.html` instead of the
 * panel. `empty-content-script`: the same manifest entry (matches, run_at) with a loader that does
 * nothing, so Chrome's own cost of injecting a content script shows apart from ours.
 * `no-content-script`: the extension without its content script entry (service worker only).
 * `bare`: a manifest and nothing else (no worker, no script): Chrome's cost of any extension.
 * `bare-content-script`: `bare` plus an empty content script with CoachLens's matches and run_at:
 * the least any extension that runs on CRM pages costs them.
 */
export type ExtensionVariant =
  'real' | 'blank-panel' | 'empty-content-script' | 'no-content-script' | 'bare' | 'bare-content-script';

interface BuiltManifest {
  content_scripts: { matches: string[]; js: string[]; run_at: string }[];
  web_accessible_resources: { resources: string[] }[];
}

/** A minimal extension (`bare`, `bare-content-script`): only what Chrome needs to load it. */
function bareExtension(target: string, withContentScript: boolean) {
  const built = JSON.parse(readFileSync(path.join(builtExtension, 'manifest.json'), 'utf8')) as BuiltManifest;
  mkdirSync(target, { recursive: true });
  const manifest: Record<string, unknown> = { manifest_version: 3, name: 'Bench bare extension', version: '1.0.0' };
  if (withContentScript) {
    const [script] = built.content_scripts;
    manifest.content_scripts = [{ matches: script!.matches, js: ['empty.js'], run_at: script!.run_at }];
    writeFileSync(path.join(target, 'empty.js'), '');
  }
  writeFileSync(path.join(target, 'manifest.json'), JSON.stringify(manifest));
}

/**
 * A private copy of the built extension, so a rebuild by someone else mid-run cannot change what
 * is measured. The CoachLens variants get `bench-blank.html`; `blank-panel` also has the page
 * script mount that page instead of `panel.html` (same element, same slot, same moment).
 */
export function copyExtension(root: string, variant: ExtensionVariant): string {
  const target = path.join(root, `ext-${variant}`);
  if (variant === 'bare' || variant === 'bare-content-script') {
    bareExtension(target, variant === 'bare-content-script');
    return target;
  }
  cpSync(builtExtension, target, { recursive: true });
  writeFileSync(path.join(target, blankPage), blankHtml);
  const manifestPath = path.join(target, 'manifest.json');
  const manifest = JSON.parse(readFileSync(manifestPath, 'utf8')) as BuiltManifest;
  if (variant === 'empty-content-script') {
    for (const file of manifest.content_scripts.flatMap((script) => script.js))
      writeFileSync(path.join(target, file), '');
  }
  if (variant === 'no-content-script') {
    const { content_scripts: _, ...rest } = manifest;
    writeFileSync(manifestPath, JSON.stringify(rest));
  }
  if (variant === 'blank-panel') {
    const script = path.join(target, crmScripts.page);
    const code = readFileSync(script, 'utf8');
    if (!code.includes('/panel.html'))
      throw new Error(`${crmScripts.page} no longer names /panel.html: update the bench`);
    writeFileSync(script, code.replaceAll('/panel.html', `/${blankPage}`));
    for (const entry of manifest.web_accessible_resources) entry.resources.push(blankPage);
    writeFileSync(manifestPath, JSON.stringify(manifest));
  }
  return target;
}

/**
 * Marks taken inside every page and frame (extension frames included), so times are read where
 * they happen, not when Playwright gets round to asking: `performance.now()` of the first moment
 * each thing was in the DOM. Runs in the baseline profiles too, so both sides pay for it.
 */
function installProbe() {
  const marks: Record<string, number> = {};
  (window as unknown as { __coachlensBench: object }).__coachlensBench = { timeOrigin: performance.timeOrigin, marks };
  const checks: [string, () => boolean][] = [
    ['host', () => document.querySelector('[data-coachlens-panel]') !== null],
    ['heading', () => (document.querySelector('h1')?.textContent ?? '').trim() !== ''],
    ['loading', () => document.querySelector('.panel-status') !== null],
    ['skillRows', () => document.querySelector('.skill-chart tbody tr') !== null],
    ['tableRows', () => document.querySelector('main table tbody tr') !== null],
  ];
  const check = () => {
    const now = performance.now();
    for (const [name, test] of checks) if (marks[name] === undefined && test()) marks[name] = now;
  };
  new MutationObserver(check).observe(document, { childList: true, subtree: true });
  document.addEventListener(
    'keydown',
    (event) => {
      if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) {
        marks.saveStart = performance.now();
        delete marks.saved;
      }
    },
    true,
  );
  new MutationObserver(() => {
    if (marks.saveStart === undefined || marks.saved !== undefined) return;
    const status = Array.from(document.querySelectorAll('[role="status"]')).some((node) =>
      /Observation saved/.test(node.textContent ?? ''),
    );
    if (status) marks.saved = performance.now();
  }).observe(document, { childList: true, subtree: true, characterData: true });
}

export interface Probe {
  timeOrigin: number;
  marks: Record<string, number>;
}

export async function readProbe(target: Page | Frame): Promise<Probe | undefined> {
  return target.evaluate(
    () =>
      (window as unknown as { __coachlensBench?: { timeOrigin: number; marks: Record<string, number> } })
        .__coachlensBench,
  );
}

/** Polls `target` until mark `name` is set; returns it as epoch milliseconds (comparable across frames). */
export async function waitForMark(target: Page | Frame, name: string, timeoutMs = 60_000): Promise<number> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const probe = await readProbe(target).catch(() => undefined);
    const mark = probe?.marks[name];
    if (probe && mark !== undefined) return probe.timeOrigin + mark;
    if (Date.now() > deadline) throw new Error(`timed out waiting for "${name}" in ${target.url()}`);
    await sleep(20);
  }
}

export interface Launched {
  context: BrowserContext;
  /** Only for profiles with CoachLens (the bare extensions leave it empty). */
  extensionId: string;
  browserSession: CDPSession;
  /** Answers every URL under `origin + prefix` with a fixture page (routes added later win). */
  serve(origin: string, pathPrefix: string, fixtureFile: string): Promise<void>;
}

export async function launch(root: string, name: string, extension: string | undefined): Promise<Launched> {
  const userDataDir = mkdtempSync(path.join(root, `profile-${name}-`));
  const args = chromiumArgs(extension ? [extension] : []);
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: findChromium(),
    headless: true,
    args,
    viewport: { width: 1400, height: 900 },
  });
  context.setDefaultTimeout(120_000);
  await context.route(/^https?:\/\//, (route) => route.abort('blockedbyclient'));
  await context.addInitScript(installProbe);
  let extensionId = '';
  // The bare variants have no service worker to wait for (and no id the bench needs).
  if (extension && existsSync(path.join(extension, 'background.js'))) {
    const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker', { timeout: 30_000 }));
    extensionId = new URL(worker.url()).host;
  }
  const browser = context.browser();
  if (!browser) throw new Error('no browser handle for the persistent context');
  const browserSession = await browser.newBrowserCDPSession();
  return {
    context,
    extensionId,
    browserSession,
    async serve(origin, pathPrefix, fixtureFile) {
      const body = readFileSync(path.join(fixturesDir, fixtureFile), 'utf8');
      await context.route(
        (url) => url.origin === origin && url.pathname.startsWith(pathPrefix),
        (route) => route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body }),
      );
    },
  };
}

/** The real CRM URL a fixture stands for (see tests/e2e/crm-fixtures.ts `crmFixture`). */
export function fixtureUrl(file: string): string {
  const html = readFileSync(path.join(fixturesDir, file), 'utf8');
  const url = /Stands for:\s*(\S+)/.exec(html)?.[1];
  if (!url) throw new Error(`${file} has no "Stands for:" URL`);
  return url;
}

/** The panel's frame (or the blank page in its slot), found by URL: its host is a closed shadow root. */
export async function slotFrame(page: Page, file: string, timeoutMs = 60_000): Promise<Frame> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const frame = page
      .frames()
      .find(
        (candidate) => /^chrome-extension:\/\/[^/]+\//.test(candidate.url()) && candidate.url().includes(`/${file}`),
      );
    if (frame) return frame;
    if (Date.now() > deadline) throw new Error(`no ${file} frame in ${page.url()}`);
    await sleep(10);
  }
}

/** Navigates the way a CRM single-page app does (tests/e2e/crm-fixtures.ts `navigateInApp`, URL only). */
export async function navigateInApp(page: Page, url: string): Promise<void> {
  await page.evaluate((next) => history.pushState({}, '', next), url);
}

/** A CDP call to a target Playwright has no handle for (the service worker), through the browser session. */
export async function callTarget(
  session: CDPSession,
  targetId: string,
  calls: { method: string; params?: object }[],
): Promise<unknown[]> {
  const { sessionId } = await session.send('Target.attachToTarget', { targetId, flatten: false });
  const pending = new Map<number, (value: unknown) => void>();
  const onMessage = (event: { sessionId?: string; message: string }) => {
    if (event.sessionId !== sessionId) return;
    const message = JSON.parse(event.message) as { id?: number; result?: unknown; error?: unknown };
    if (message.id !== undefined) pending.get(message.id)?.(message.error ? { error: message.error } : message.result);
  };
  session.on('Target.receivedMessageFromTarget', onMessage);
  try {
    const results: unknown[] = [];
    let id = 0;
    for (const call of calls) {
      id += 1;
      const reply = new Promise((resolve) => pending.set(id, resolve));
      await session.send('Target.sendMessageToTarget', {
        sessionId,
        message: JSON.stringify({ id, method: call.method, params: call.params ?? {} }),
      });
      results.push(await Promise.race([reply, sleep(30_000).then(() => ({ error: 'timeout' }))]));
    }
    return results;
  } finally {
    session.off('Target.receivedMessageFromTarget', onMessage);
    await session.send('Target.detachFromTarget', { sessionId }).catch(() => undefined);
  }
}

export async function serviceWorkerTargets(session: CDPSession, extensionId: string): Promise<string[]> {
  const { targetInfos } = await session.send('Target.getTargets');
  return targetInfos
    .filter((info) => info.type === 'service_worker' && info.url.startsWith(`chrome-extension://${extensionId}/`))
    .map((info) => info.targetId);
}

/**
 * Stops the extension's service worker the way Chrome does when it goes idle: `Target.closeTarget`
 * on its target (`ServiceWorker.stopAllWorkers` is not offered on the browser session, and the page
 * session's version did not stop an extension worker). It starts again on the next event.
 */
export async function stopServiceWorker(launched: Launched): Promise<void> {
  for (const targetId of await serviceWorkerTargets(launched.browserSession, launched.extensionId)) {
    await launched.browserSession.send('Target.closeTarget', { targetId });
  }
  const deadline = Date.now() + 5_000;
  while ((await serviceWorkerTargets(launched.browserSession, launched.extensionId)).length > 0) {
    if (Date.now() > deadline) throw new Error('service worker did not stop');
    await sleep(20);
  }
}

export interface HeapUsage {
  usedBytes: number;
  totalBytes: number;
}

/** The service worker's JS heap after a full GC (`HeapProfiler.collectGarbage`, `Runtime.getHeapUsage`). */
export async function serviceWorkerHeap(launched: Launched): Promise<HeapUsage | undefined> {
  const [targetId] = await serviceWorkerTargets(launched.browserSession, launched.extensionId);
  if (!targetId) return undefined;
  const [, usage] = (await callTarget(launched.browserSession, targetId, [
    { method: 'HeapProfiler.collectGarbage' },
    { method: 'Runtime.getHeapUsage' },
  ])) as [unknown, { usedSize: number; totalSize: number }];
  return { usedBytes: usage.usedSize, totalBytes: usage.totalSize };
}

/** A frame's (or page's) JS heap after a full GC. Frames of one renderer process share one heap. */
export async function frameHeap(context: BrowserContext, target: Page | Frame): Promise<HeapUsage> {
  const session = await context.newCDPSession(target);
  try {
    await session.send('HeapProfiler.collectGarbage');
    const usage = await session.send('Runtime.getHeapUsage');
    return { usedBytes: usage.usedSize, totalBytes: usage.totalSize };
  } finally {
    await session.detach().catch(() => undefined);
  }
}

/** CoachLens's service worker in a launched profile, if it is running. */
export function extensionWorker(launched: Launched) {
  return launched.context
    .serviceWorkers()
    .find((candidate) => candidate.url().startsWith(`chrome-extension://${launched.extensionId}/`));
}

/** Forgets the last panel's timing, so the next one read is the next panel's. */
export async function clearBackgroundViewTiming(launched: Launched): Promise<void> {
  await extensionWorker(launched)
    ?.evaluate(() => {
      performance.clearMeasures('coachlens-panel-view');
      performance.clearMeasures('coachlens-panel-view-team');
    })
    .catch(() => undefined);
}

/**
 * The background's own share of the latest panel's wait, from its User Timing entries
 * (entrypoints/background/view-timing.ts): port connected → first view with data (`ms`), and →
 * first view built from the whole team (`teamMs`; later than `ms` only when the cache was cold).
 */
export async function backgroundViewTiming(
  launched: Launched,
  timeoutMs = 180_000,
): Promise<{ ms: number; teamMs: number; state: string }> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const entry = await extensionWorker(launched)
      ?.evaluate(() => {
        const first = performance.getEntriesByName('coachlens-panel-view').at(-1) as PerformanceMeasure | undefined;
        const team = performance.getEntriesByName('coachlens-panel-view-team').at(-1);
        return (
          first &&
          team && { ms: first.duration, teamMs: team.duration, state: (first.detail as { state: string }).state }
        );
      })
      .catch(() => undefined);
    if (entry) return entry;
    if (Date.now() > deadline) throw new Error('no coachlens-panel-view measure in the service worker');
    await sleep(20);
  }
}
