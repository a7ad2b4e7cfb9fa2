// `npm run bench`: how much CoachLens costs the CRM page and how fast it stays with a large team
// (README, "Benchmarks"; the figures behind each cache: docs/architecture.md#caching-layers).
// Every figure is a ratio against a baseline measured in the same run, plus the absolute numbers. Reports only: never part of the tests' pass/fail.
// Writes bench-results/report.md and report.json, and prints the table. BENCH_QUICK=1: fewer runs.
// BENCH_ONLY=page: items 1–3 and 7 only (sizes, host page cost, panel readiness, the live page),
// written to bench-results/page-only/, for working on the CRM page scripts without the large data
// set. BENCH_ONLY=live: items 2 and 7 only (the live page), written to bench-results/live-only/.
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { sampleBackup } from '../tests/support/sample-backup.ts';
import {
  backgroundViewTiming,
  blankPage,
  builtExtension,
  clearBackgroundViewTiming,
  copyExtension,
  fixtureUrl,
  frameHeap,
  launch,
  navigateInApp,
  serviceWorkerHeap,
  slotFrame,
  stopServiceWorker,
  waitForMark,
  type Launched,
} from './bench/browser.ts';
import { firstRepViewTiming, forgetSessionStorage } from './bench/cold-start.ts';
import {
  deleteScratchDb,
  openBlankExtensionPage,
  rawAllTablesRead,
  rawBulkWrite,
  rawRepRead,
  rawRepReadCold,
  type RawRepRead,
  rawSaveObservation,
  readSkills,
  restoreBackup,
  saveFromPopup,
  tabIdOf,
  tableCounts,
} from './bench/data-pages.ts';
import { largeBackup, repUserId } from './bench/large-backup.ts';
import { traceMainThread, type MainThreadRun } from './bench/main-thread.ts';
import { judge, markdownTable, type Figure } from './bench/report.ts';
import { loadCrmPage, loadCrmPageColdWorker, type HostRun } from './bench/small-data.ts';
import {
  liveAccountUrl,
  liveDealUrl,
  serveLivePage,
  traceLivePage,
  tracePushStateRead,
  type LiveRun,
} from './bench/live-page.ts';
import { ratio, sleep, summarize, type Summary } from './bench/stats.ts';
import { crmScripts } from '../utils/build/crm-scripts.ts';
import type { Skill } from '../utils/schemas/index.ts';

const quick = process.env.BENCH_QUICK === '1';
const liveOnly = process.env.BENCH_ONLY === 'live';
const pageOnly = process.env.BENCH_ONLY === 'page' || liveOnly;
const runs = (full: number) => (quick ? Math.min(full, 3) : full);
const started = Date.now();
const loadBefore = os.loadavg();
const root = mkdtempSync(path.join(os.tmpdir(), 'coachlens-bench-'));
const outDir = path.resolve(
  liveOnly ? 'bench-results/live-only' : pageOnly ? 'bench-results/page-only' : 'bench-results',
);
const figures: Figure[] = [];
const raw: Record<string, unknown> = {};
const notes: string[] = [];

function log(message: string) {
  console.log(`[bench ${((Date.now() - started) / 1000).toFixed(0).padStart(4)} s] ${message}`);
}

function add(figure: Figure) {
  figures.push(judge(figure));
}

const accountFixture = 'crm/salesforce/account.html';
const userFixture = 'crm/salesforce/user.html';
const accountUrl = fixtureUrl(accountFixture);
const crmOrigin = new URL(accountUrl).origin;
const userUrl = (index: number) => `${crmOrigin}/lightning/r/User/${repUserId(index)}/view`;

async function serveFixtures(launched: Launched) {
  await launched.serve(crmOrigin, '/lightning/r/Account/', accountFixture);
  await launched.serve(crmOrigin, '/lightning/r/User/', userFixture);
}

// ── 2. Content script size ────────────────────────────────────────────────────────────────────
function contentScriptSize() {
  const sizes = Object.entries(crmScripts).map(([role, file]) => {
    const code = readFileSync(path.join(builtExtension, file));
    return {
      role,
      file,
      rawBytes: code.length,
      gzipBytes: gzipSync(code).length,
      gzipLevel9Bytes: gzipSync(code, { level: 9 }).length,
    };
  });
  raw.contentScript = sizes;
  const [loader, page] = sizes as [(typeof sizes)[number], (typeof sizes)[number]];
  add({
    item: '2',
    label: `CRM page scripts, gzipped (zlib default level): \`${loader.file}\` + \`${page.file}\``,
    unit: 'bytes',
    value: loader.gzipBytes + page.gzipBytes,
    budget: { max: 11.5 * 1024, of: 'value', text: '≤ 11.5 KB gz' },
    note: `raw ${loader.rawBytes + page.rawBytes} B; gzip -9 ${loader.gzipLevel9Bytes + page.gzipLevel9Bytes} B`,
  });
  add({
    item: '2',
    label: `Content script as declared in the manifest (\`${loader.file}\`, runs before the page’s load event), gzipped`,
    unit: 'bytes',
    value: loader.gzipBytes,
    note: `raw ${loader.rawBytes} B`,
  });
  add({
    item: '2',
    label: `Page script (\`${page.file}\`, imported by the loader after the load event), gzipped`,
    unit: 'bytes',
    value: page.gzipBytes,
    note: `raw ${page.rawBytes} B`,
  });
}

// ── 1 and 3. Host page cost and panel readiness, small data ─────────────────────────────────────
async function smallData() {
  const variants = {
    real: copyExtension(root, 'real'),
    blank: copyExtension(root, 'blank-panel'),
    empty: copyExtension(root, 'empty-content-script'),
    none: copyExtension(root, 'no-content-script'),
    bare: copyExtension(root, 'bare'),
    bareScript: copyExtension(root, 'bare-content-script'),
  };
  log(
    'launching seven profiles: no extension; CoachLens; CoachLens with a blank page in the panel slot; ' +
      'CoachLens with an empty loader; CoachLens without its content script; a bare extension; ' +
      'a bare extension with an empty content script',
  );
  const plain = await launch(root, 'plain', undefined);
  const withExt = await launch(root, 'coachlens', variants.real);
  const withBlank = await launch(root, 'blank-slot', variants.blank);
  const withEmpty = await launch(root, 'empty-script', variants.empty);
  const withoutScript = await launch(root, 'no-script', variants.none);
  const bare = await launch(root, 'bare', variants.bare);
  const bareScript = await launch(root, 'bare-script', variants.bareScript);
  const profiles = [plain, withExt, withBlank, withEmpty, withoutScript, bare, bareScript];
  try {
    for (const launched of profiles) await serveFixtures(launched);
    const samplePath = path.join(root, 'sample.json');
    writeFileSync(samplePath, JSON.stringify(sampleBackup()));
    await restoreBackup(withExt, samplePath, 'sample.json');

    // 40 loads per profile: a ~100 ms fixture page's load time varies by ±20 ms between loads, and
    // the differences between these profiles are of that order (the median’s error at 20 was ~8 ms).
    const n = runs(40);
    log(`host page cost and warm panel readiness: ${n} loads per profile, interleaved, after 2 warm-ups`);
    const order = [
      ['plain', () => loadCrmPage(plain, accountUrl)],
      ['ext', () => loadCrmPage(withExt, accountUrl, 'panel.html')],
      ['blank', () => loadCrmPage(withBlank, accountUrl, blankPage)],
      ['empty', () => loadCrmPage(withEmpty, accountUrl)],
      ['none', () => loadCrmPage(withoutScript, accountUrl)],
      ['bare', () => loadCrmPage(bare, accountUrl)],
      ['bareScript', () => loadCrmPage(bareScript, accountUrl)],
    ] as const;
    type Profile = (typeof order)[number][0];
    const samples = Object.fromEntries(order.map(([name]) => [name, [] as HostRun[]])) as Record<Profile, HostRun[]>;
    for (let i = -2; i < n; i += 1) {
      for (let k = 0; k < order.length; k += 1) {
        const [name, run] = order[(k + Math.max(i, 0)) % order.length]!;
        const result = await run();
        if (i >= 0) samples[name].push(result);
      }
    }
    raw.hostRuns = samples;
    const load = (name: Profile) => summarize(samples[name].map((run) => run.loadMs));
    const dcl = (name: Profile) => summarize(samples[name].map((run) => run.dclMs));
    const loadFigure = (label: string, name: Profile, baseline: Profile, baselineLabel: string, budget?: boolean) =>
      add({
        item: '1',
        label,
        unit: 'ms',
        value: load(name),
        baseline: { label: baselineLabel, value: load(baseline) },
        ratio: ratio(load(name).median, load(baseline).median),
        ...(budget ? { budget: { max: 1.02, of: 'ratio' as const, text: '≤ 1.02×' } } : {}),
      });
    loadFigure(
      'CRM page load (navigation start → load event end), with CoachLens',
      'ext',
      'plain',
      'same page, profile without any extension',
      true,
    );
    loadFigure(
      'CRM page load, a bare extension (manifest only: no worker, no script): any extension’s cost',
      'bare',
      'plain',
      'profile without any extension',
    );
    loadFigure(
      'CRM page load, a bare extension with an empty content script on the CRM hosts (same matches, same run_at): the least any extension that runs on CRM pages costs',
      'bareScript',
      'plain',
      'profile without any extension',
    );
    loadFigure(
      'CRM page load with CoachLens vs that least extension: what CoachLens adds',
      'ext',
      'bareScript',
      'bare extension with an empty content script',
      true,
    );
    loadFigure(
      'CRM page load, CoachLens with its loader emptied: what its service worker adds',
      'empty',
      'bareScript',
      'bare extension with an empty content script',
    );
    loadFigure(
      'CRM page load, CoachLens without its content script (service worker only)',
      'none',
      'bare',
      'bare extension',
    );
    add({
      item: '1',
      label: 'CRM page DOMContentLoaded, with CoachLens',
      unit: 'ms',
      value: dcl('ext'),
      baseline: { label: 'without any extension', value: dcl('plain') },
      ratio: ratio(dcl('ext').median, dcl('plain').median),
    });
    const host = summarize(samples.ext.map((run) => run.hostMs ?? Number.NaN));
    add({
      item: '1',
      label: 'Page script done: navigation start → the panel’s host in the DOM',
      unit: 'ms',
      value: host,
      baseline: { label: 'load event end without any extension', value: load('plain') },
      ratio: ratio(host.median, load('plain').median),
    });

    const traceN = runs(12);
    log(
      `host page cost on the main thread: ${traceN} traced loads each with CoachLens and the bare extension + empty script`,
    );
    const traced = { ext: [] as MainThreadRun[], bareScript: [] as MainThreadRun[] };
    for (let i = -1; i < traceN; i += 1) {
      const ext = await traceMainThread(withExt, accountUrl);
      const least = await traceMainThread(bareScript, accountUrl);
      if (i >= 0) {
        traced.ext.push(ext);
        traced.bareScript.push(least);
      }
    }
    raw.mainThreadRuns = traced;
    const ours = summarize(traced.ext.map((run) => run.extensionBeforeLoadMs));
    const emptyScript = summarize(traced.bareScript.map((run) => run.extensionBeforeLoadMs));
    const busy = summarize(traced.ext.map((run) => run.busyBeforeLoadMs));
    const grown = summarize(
      traced.ext.map((run) => run.busyBeforeLoadMs / (run.busyBeforeLoadMs - run.extensionBeforeLoadMs)),
    );
    add({
      item: '1',
      label:
        'CRM page’s main thread, navigation start → load event end: CoachLens’s script (compile, run, its `load` listener), from a Chromium trace',
      unit: 'ms',
      value: ours,
      baseline: { label: 'the page’s main thread busy over the same span (all tasks, ours included)', value: busy },
      ratio: grown.median,
      budget: { max: 1.02, of: 'ratio', text: '≤ 1.02× (busy ÷ busy without ours)' },
      note: `ratio: per load, busy time ÷ (busy time − CoachLens's script time), median of ${grown.n}`,
    });
    add({
      item: '1',
      label: 'Same, for the bare extension’s empty content script (the floor: evaluating an empty file)',
      unit: 'ms',
      value: emptyScript,
    });
    add({
      item: '1',
      label:
        'Chrome injecting the content script before the load event (`ScriptInjection::InjectJs`: isolated world, bindings), CoachLens',
      unit: 'ms',
      value: summarize(traced.ext.map((run) => run.injectionBeforeLoadMs)),
      baseline: {
        label: 'same, bare extension with an empty content script',
        value: summarize(traced.bareScript.map((run) => run.injectionBeforeLoadMs)),
      },
      ratio: ratio(
        summarize(traced.ext.map((run) => run.injectionBeforeLoadMs)).median,
        summarize(traced.bareScript.map((run) => run.injectionBeforeLoadMs)).median,
      ),
    });
    add({
      item: '1',
      label:
        'CoachLens’s scripts on the page’s main thread in the 1.5 s after the load event (the work the loader defers)',
      unit: 'ms',
      value: summarize(traced.ext.map((run) => run.extensionAfterLoadMs)),
    });

    const warmPanel = summarize(samples.ext.map((run) => run.slotHeadingMs ?? Number.NaN));
    const warmBlank = summarize(samples.blank.map((run) => run.slotHeadingMs ?? Number.NaN));
    add({
      item: '3',
      label: 'Panel readiness, service worker running: navigation → panel heading (linked account)',
      unit: 'ms',
      value: warmPanel,
      baseline: { label: 'navigation → blank extension page heading in the same slot', value: warmBlank },
      ratio: ratio(warmPanel.median, warmBlank.median),
      budget: { max: 1.5, of: 'ratio', text: '≤ 1.5×' },
    });

    const coldN = runs(10);
    log(`cold service worker: ${coldN} loads per profile (Target.closeTarget on the worker first)`);
    const cold: Record<'ext' | 'blank', HostRun[]> = { ext: [], blank: [] };
    for (let i = -1; i < coldN; i += 1) {
      const ext = await loadCrmPageColdWorker(withExt, accountUrl, 'panel.html');
      const blankRun = await loadCrmPageColdWorker(withBlank, accountUrl, blankPage);
      if (i >= 0) {
        cold.ext.push(ext);
        cold.blank.push(blankRun);
      }
    }
    raw.coldWorkerRuns = cold;
    const coldPanel = summarize(cold.ext.map((run) => run.slotHeadingMs ?? Number.NaN));
    const coldBlank = summarize(cold.blank.map((run) => run.slotHeadingMs ?? Number.NaN));
    add({
      item: '3',
      label: 'Panel readiness, cold service worker: navigation → panel heading',
      unit: 'ms',
      value: coldPanel,
      baseline: { label: 'blank page in the slot, worker also stopped', value: coldBlank },
      ratio: ratio(coldPanel.median, coldBlank.median),
      budget: { max: 1.5, of: 'ratio', text: '≤ 1.5×' },
    });
    add({
      item: '3',
      label: 'Panel readiness, cold vs warm service worker',
      unit: 'ms',
      value: coldPanel,
      baseline: { label: 'warm worker', value: warmPanel },
      ratio: ratio(coldPanel.median, warmPanel.median),
    });
  } finally {
    for (const launched of profiles) await launched.context.close().catch(() => undefined);
  }
}

// ── 7. A live CRM page ────────────────────────────────────────────────────────────────────────
async function livePage() {
  const liveWindowMs = 12_000;
  const live = { elements: 12_000, shadowRoots: 300, mutateMs: 20_000 };
  log('live page: CoachLens and CoachLens without its content script (service worker only)');
  const withExt = await launch(root, 'live-coachlens', copyExtension(root, 'real'));
  const withoutScript = await launch(root, 'live-no-script', copyExtension(root, 'no-content-script'));
  try {
    for (const launched of [withExt, withoutScript]) await serveLivePage(launched, liveDealUrl, live);
    const n = runs(6);
    log(`live page: ${n} traced loads per profile, each ${liveWindowMs / 1000} s after load, interleaved`);
    const traced = { ext: [] as LiveRun[], none: [] as LiveRun[] };
    for (let i = -1; i < n; i += 1) {
      const ext = await traceLivePage(withExt, liveDealUrl, liveWindowMs);
      const none = await traceLivePage(withoutScript, liveDealUrl, liveWindowMs);
      if (i >= 0) {
        traced.ext.push(ext);
        traced.none.push(none);
      }
    }
    raw.livePageRuns = traced;
    const busy = (list: LiveRun[]) => summarize(list.map((run) => run.busyMs));
    const shape = traced.ext[0]!;
    add({
      item: '7',
      label: `Live CRM page (${shape.elements.toLocaleString('en-US')} elements, ${shape.shadowRoots} open shadow roots, mutating every 50 ms for 20 s): the page’s main thread, navigation start → 12 s after load, with CoachLens`,
      unit: 'ms',
      value: busy(traced.ext),
      baseline: { label: 'CoachLens without its content script (service worker only)', value: busy(traced.none) },
      ratio: ratio(busy(traced.ext).median, busy(traced.none).median),
      budget: { max: 1.05, of: 'ratio', text: '≤ 1.05×' },
    });
    add({
      item: '7',
      label: 'Same window: of which CoachLens’s content scripts (loader, page script, reads)',
      unit: 'ms',
      value: summarize(traced.ext.map((run) => run.contentScriptMs)),
    });

    for (const elements of [20_000, 200_000]) {
      const still = { elements, shadowRoots: 300, mutateMs: 0 };
      for (const launched of [withExt]) await serveLivePage(launched, liveDealUrl, still);
      const pushN = runs(5);
      log(`pushState read at ${elements.toLocaleString('en-US')} elements: ${pushN} traced navigations`);
      const costs: number[] = [];
      for (let i = -1; i < pushN; i += 1) {
        const cost = await tracePushStateRead(withExt, liveDealUrl, liveAccountUrl);
        if (i >= 0) costs.push(cost);
      }
      raw[`pushStateRead${elements}`] = costs;
      add({
        item: '7',
        label: `In-app navigation (pushState) on a still page of ${elements.toLocaleString('en-US')} elements and 300 open shadow roots (native-shadow Salesforce record): CoachLens’s content-script time on the main thread, the read included`,
        unit: 'ms',
        value: summarize(costs),
        budget: { max: elements <= 20_000 ? 5 : 20, of: 'value', text: elements <= 20_000 ? '≤ 5 ms' : '≤ 20 ms' },
      });
    }
  } finally {
    for (const launched of [withExt, withoutScript]) await launched.context.close().catch(() => undefined);
  }
}

// ── 4, 5, 6. Large data ─────────────────────────────────────────────────────────────────────────
interface RepPanelRun {
  /** navigation start → skill rows in the panel */
  totalMs: number;
  /** panel frame: "loading" shown (app mounted, port open) → skill rows: the view's wait for data */
  dataWaitMs: number;
  /** in the service worker: panel port connected → first view model built from data */
  backgroundMs: number;
  /** … → first view model built from the whole team's data (later than backgroundMs on a cold cache) */
  backgroundTeamMs: number;
  backgroundState: string;
  /** cold cache: the early rep view's own work in the worker, databases opened included (NaN if none) */
  firstRepViewMs: number;
}

/** `cold`: the service worker is stopped first; `restart`: storage.session is emptied too, as a browser restart would. */
async function repPanelLoad(
  launched: Launched,
  index: number,
  start: 'live' | 'cold' | 'restart' = 'live',
): Promise<RepPanelRun> {
  if (start !== 'live') {
    if (start === 'restart') await forgetSessionStorage(launched);
    await stopServiceWorker(launched);
    await sleep(100);
  } else await clearBackgroundViewTiming(launched);
  const page = await launched.context.newPage();
  try {
    await page.goto(userUrl(index), { waitUntil: 'commit' });
    const frame = await slotFrame(page, 'panel.html', 120_000);
    const rows = await waitForMark(frame, 'skillRows', 180_000);
    const pageOrigin = await page.evaluate(() => performance.timeOrigin);
    const loading = await waitForMark(frame, 'loading', 1_000).catch(() => Number.NaN);
    const background = await backgroundViewTiming(launched);
    const firstRepViewMs = start === 'live' ? Number.NaN : await firstRepViewTiming(launched);
    await sleep(100);
    return {
      totalMs: rows - pageOrigin,
      dataWaitMs: rows - loading,
      backgroundMs: background.ms,
      backgroundTeamMs: background.teamMs,
      backgroundState: background.state,
      firstRepViewMs,
    };
  } finally {
    await page.close();
  }
}

async function largeData() {
  const real = path.join(root, 'ext-real');
  const large = await launch(root, 'large', real);
  try {
    await serveFixtures(large);
    const blank = await openBlankExtensionPage(large);
    let skills: Skill[] = [];
    for (let i = 0; i < 100 && skills.length === 0; i += 1) {
      skills = (await readSkills(blank)) as Skill[];
      if (skills.length === 0) await sleep(100);
    }
    if (skills.length === 0) throw new Error('the default skills were not installed');
    const backup = largeBackup(skills, Date.now());
    const backupPath = path.join(root, 'coachlens-large.json');
    writeFileSync(backupPath, JSON.stringify(backup));
    const fileMb = statSync(backupPath).size / 1e6;
    const fileRows = Object.values(backup.tables).reduce((sum, rows) => sum + rows.length, 0);
    log(`restoring the large backup through options.html#data: ${fileRows} rows, ${fileMb.toFixed(1)} MB`);
    const restore = await restoreBackup(large, backupPath, 'coachlens-large.json');
    const counts = await tableCounts(blank);
    raw.largeData = { fileMb, fileRows, counts, restore };
    log(
      `restored: ${JSON.stringify(counts)} (check ${restore.checkMs.toFixed(0)} ms, write ${restore.writeMs.toFixed(0)} ms)`,
    );
    const newRows = restore.written;
    const importRowsPerS = newRows / ((restore.checkMs + restore.writeMs) / 1000);
    const writeOnlyRowsPerS = newRows / (restore.writeMs / 1000);

    // Raw baselines (script-free extension page, same origin, same database).
    const repIds = backup.tables.reps.map((rep) => rep.id);
    const repKey = (index: number) => `salesforce:${repUserId(index)}`;
    // The same reps the panel runs below show: cold ones from 60 and 80, fresh tabs from 1, live cache from 20.
    const coldN = runs(10);
    const coldCacheN = runs(5);
    const panelReps = [
      ...Array.from({ length: coldN }, (_, i) => 1 + i),
      ...Array.from({ length: coldN }, (_, i) => 20 + i),
      ...Array.from({ length: coldCacheN }, (_, i) => 60 + i),
      ...Array.from({ length: coldCacheN }, (_, i) => 80 + i),
    ];
    const repRead: RawRepRead[] = [];
    for (let i = -2; i < panelReps.length; i += 1) {
      const result = await rawRepRead(blank, repKey(panelReps[Math.max(i, 0)]!));
      if (i >= 0) repRead.push(result);
    }
    const allRead = [] as { ms: number; rows: number }[];
    for (let i = 0; i < runs(2); i += 1) allRead.push(await rawAllTablesRead(blank));
    raw.rawReads = { repRead, allRead };

    // 4. The rep panel, cold team cache: the service worker is stopped first, so it starts empty.
    // Each cold load is followed by the fair baseline for it: the same rep's raw read in a fresh JS
    // context that opens its own connection first, as the restarted worker must.
    log(`rep panel, large data, service worker stopped first (cold team cache): ${coldCacheN} page loads`);
    const coldCacheRuns: RepPanelRun[] = [];
    const coldRawReads: RawRepRead[] = [];
    await rawRepReadCold(large, repKey(60)); // the first fresh page of its kind pays for more than a read
    // Warm-up, not recorded: the restore above forgot the saved team summary (it described other
    // rows), so the first cold worker has none and waits for every row; it saves one for the next.
    await repPanelLoad(large, 59, 'cold');
    for (let i = 0; i < coldCacheN; i += 1) {
      coldCacheRuns.push(await repPanelLoad(large, 60 + i, 'cold'));
      coldRawReads.push(await rawRepReadCold(large, repKey(60 + i)));
    }
    // The same after a browser restart, as far as the worker can tell: storage.session is empty too,
    // so only what the background keeps in IndexedDB (the team summary) helps the first panel.
    log(`rep panel, large data, storage.session cleared and service worker stopped first: ${coldCacheN} page loads`);
    const restartRuns: RepPanelRun[] = [];
    for (let i = 0; i < coldCacheN; i += 1) {
      restartRuns.push(await repPanelLoad(large, 80 + i, 'restart'));
      coldRawReads.push(await rawRepReadCold(large, repKey(80 + i)));
    }
    log(`rep panel, large data, no other panel open: ${coldN} page loads`);
    const coldRuns: RepPanelRun[] = [];
    for (let i = -1; i < coldN; i += 1) {
      const run = await repPanelLoad(large, Math.max(i, 0) + 1);
      if (i >= 0) coldRuns.push(run);
    }
    // Warm: a second CRM tab keeps a panel (and so the background's team cache) open.
    const keeper = await large.context.newPage();
    await keeper.goto(userUrl(0), { waitUntil: 'commit' });
    const keeperFrame = await slotFrame(keeper, 'panel.html', 120_000);
    await waitForMark(keeperFrame, 'skillRows', 180_000);
    log(`rep panel, large data, team cache live: ${coldN} page loads`);
    const warmRuns: RepPanelRun[] = [];
    for (let i = -1; i < coldN; i += 1) {
      const run = await repPanelLoad(large, 20 + Math.max(i, 0));
      if (i >= 0) warmRuns.push(run);
    }
    // In-app navigation: the panel stays, the background pushes the next rep's view.
    const spa: number[] = [];
    for (let i = 0; i < coldN; i += 1) {
      const index = 40 + i;
      const name = backup.tables.reps[index]!.name;
      const start = await keeper.evaluate(() => performance.timeOrigin + performance.now());
      await navigateInApp(keeper, userUrl(index));
      const handle = await keeperFrame.waitForFunction(
        (wanted) => document.querySelector('h1')?.textContent === wanted && performance.timeOrigin + performance.now(),
        name,
        { timeout: 120_000 },
      );
      spa.push(((await handle.jsonValue()) as number) - start);
    }
    raw.repPanel = { coldCacheRuns, restartRuns, coldRawReads, coldRuns, warmRuns, spa };
    const repRows = summarize(repRead.map((run) => run.rows));
    const rawRead = summarize(repRead.map((run) => run.readMs));
    const states = new Set(
      [...coldCacheRuns, ...restartRuns, ...coldRuns, ...warmRuns].map((run) => run.backgroundState),
    );
    if (states.size !== 1 || !states.has('rep')) notes.push(`background view states seen: ${[...states].join(', ')}`);
    const warmBackground = summarize(warmRuns.map((run) => run.backgroundMs));
    const freshBackground = summarize(coldRuns.map((run) => run.backgroundMs));
    const coldBackground = summarize(coldCacheRuns.map((run) => run.backgroundMs));
    add({
      item: '4',
      label:
        'Rep panel view model in the background, team cache live: panel port connected → view built (service worker User Timing)',
      unit: 'ms',
      value: warmBackground,
      baseline: {
        label: `raw IndexedDB indexed read of the rows the same reps' views need (rep by CRM key, observations, plans, results, time entries, skills, accounts named: ~${Math.round(repRows.median)} rows)`,
        value: rawRead,
      },
      ratio: ratio(warmBackground.median, rawRead.median),
      budget: { max: 2, of: 'ratio', text: '≤ 2×' },
    });
    add({
      item: '4',
      label: 'Rep panel view model in the background, first panel in a fresh tab (no other panel open)',
      unit: 'ms',
      value: freshBackground,
      baseline: { label: 'raw indexed read', value: rawRead },
      ratio: ratio(freshBackground.median, rawRead.median),
      budget: { max: 2, of: 'ratio', text: '≤ 2×' },
    });
    add({
      item: '4',
      label:
        'Rep panel view model in the background, cold team cache (service worker stopped first): panel port connected → first view, from the rep’s own rows + saved team summary',
      unit: 'ms',
      value: coldBackground,
      baseline: { label: 'raw indexed read (warm: open connection, warmed-up page)', value: rawRead },
      ratio: ratio(coldBackground.median, rawRead.median),
      budget: { max: 2, of: 'ratio', text: '≤ 2×' },
    });
    // The fair baselines for a cold worker: the same read in a fresh JS context on a new connection.
    const coldRawTotal = summarize(coldRawReads.map((run) => run.totalMs));
    const coldRawRead = summarize(coldRawReads.map((run) => run.readMs));
    const coldRawLabel = 'cold raw indexed read: fresh extension page, indexedDB.open + the same indexed read';
    add({
      item: '4',
      label:
        'Rep panel view model, cold team cache: panel port connected → first view, compared with a cold raw read (worker stopped first)',
      unit: 'ms',
      value: coldBackground,
      baseline: { label: coldRawLabel, value: coldRawTotal },
      ratio: ratio(coldBackground.median, coldRawTotal.median),
      budget: { max: 2, of: 'ratio', text: '≤ 2×' },
    });
    const coldEarly = summarize(coldCacheRuns.map((run) => run.firstRepViewMs));
    add({
      item: '4',
      label:
        'Rep panel view model, cold team cache: the early rep view’s own work in the worker (its reads start, databases opened → view built; it starts when the tab reports the page, before the panel connects) vs a cold raw read',
      unit: 'ms',
      value: coldEarly,
      baseline: { label: coldRawLabel, value: coldRawTotal },
      ratio: ratio(coldEarly.median, coldRawTotal.median),
      // Work, not waiting: it overlaps the panel frame's load. The budget applies to the panel's
      // wait (the two figures above); this one opens two databases (the data and the saved summary).
    });
    add({
      item: '4',
      label: 'Cold raw indexed read of one rep (fresh extension page): indexedDB.open + read, vs the warm raw read',
      unit: 'ms',
      value: coldRawTotal,
      baseline: { label: 'raw indexed read (warm)', value: rawRead },
      ratio: ratio(coldRawTotal.median, rawRead.median),
      note: `read alone on the new connection: median ${coldRawRead.median.toFixed(1)} ms`,
    });
    const restartBackground = summarize(restartRuns.map((run) => run.backgroundMs));
    add({
      item: '4',
      label:
        'First panel after a browser restart (simulated: storage.session emptied, service worker stopped; the saved team summary is in IndexedDB): panel port connected → first view, vs a cold raw read',
      unit: 'ms',
      value: restartBackground,
      baseline: { label: coldRawLabel, value: coldRawTotal },
      ratio: ratio(restartBackground.median, coldRawTotal.median),
      budget: { max: 2, of: 'ratio', text: '≤ 2×' },
      note: `the early view’s own work: median ${summarize(restartRuns.map((run) => run.firstRepViewMs)).median.toFixed(1)} ms; first view from the whole team: median ${summarize(restartRuns.map((run) => run.backgroundTeamMs)).median.toFixed(0)} ms`,
    });
    const withoutEarlyView = [...coldCacheRuns, ...restartRuns].filter((run) => Number.isNaN(run.firstRepViewMs));
    if (withoutEarlyView.length > 0)
      notes.push(`${withoutEarlyView.length} cold panel loads got no early rep view (they waited for every row)`);
    const coldTeam = summarize(coldCacheRuns.map((run) => run.backgroundTeamMs));
    add({
      item: '4',
      label: 'Rep panel view model in the background, cold team cache: first view from the whole team (every row read)',
      unit: 'ms',
      value: coldTeam,
      baseline: { label: 'raw indexed read', value: rawRead },
      ratio: ratio(coldTeam.median, rawRead.median),
    });
    const coldData = summarize(coldRuns.map((run) => run.dataWaitMs));
    const warmData = summarize(warmRuns.map((run) => run.dataWaitMs));
    add({
      item: '4',
      label: `Rep panel as the panel sees it, first panel in a fresh tab: "loading" → skill rows (port round trip + React render)`,
      unit: 'ms',
      value: coldData,
      baseline: { label: 'raw indexed read', value: rawRead },
      ratio: ratio(coldData.median, rawRead.median),
    });
    add({
      item: '4',
      label: 'Rep panel as the panel sees it, team cache live (another panel open): "loading" → skill rows',
      unit: 'ms',
      value: warmData,
      baseline: { label: 'raw indexed read', value: rawRead },
      ratio: ratio(warmData.median, rawRead.median),
    });
    const coldTotal = summarize(coldRuns.map((run) => run.totalMs));
    const warmTotal = summarize(warmRuns.map((run) => run.totalMs));
    add({
      item: '4',
      label: 'Rep page end to end, large data, first panel in a fresh tab: navigation → skill rows',
      unit: 'ms',
      value: coldTotal,
      baseline: { label: 'raw indexed read', value: rawRead },
      ratio: ratio(coldTotal.median, rawRead.median),
    });
    add({
      item: '4',
      label: 'Rep page end to end, large data, team cache live: navigation → skill rows',
      unit: 'ms',
      value: warmTotal,
      baseline: { label: 'raw indexed read', value: rawRead },
      ratio: ratio(warmTotal.median, rawRead.median),
    });
    const spaSummary = summarize(spa);
    add({
      item: '4',
      label: 'In-app navigation to another rep (pushState → new rep heading), team cache live',
      unit: 'ms',
      value: spaSummary,
      baseline: { label: 'raw indexed read', value: rawRead },
      ratio: ratio(spaSummary.median, rawRead.median),
    });
    const allReadSummary = summarize(allRead.map((run) => run.ms));
    add({
      item: '4',
      label: `Raw read of every table (what \`loadInsightInput\` reads on every change; ${allRead[0]?.rows ?? 0} rows)`,
      unit: 'ms',
      value: allReadSummary,
      baseline: { label: 'raw indexed read of one rep', value: rawRead },
      ratio: ratio(allReadSummary.median, rawRead.median),
    });

    // 6. Memory, while the keeper's panel (and so the team cache) is live.
    await blank.close();
    const workerHeap = await serviceWorkerHeap(large);
    const panelHeap = await frameHeap(large.context, keeperFrame);
    raw.memory = { workerHeap, panelHeap };

    // 4. Team overview in the dashboard.
    const overview: number[] = [];
    for (let i = 0; i < runs(3); i += 1) {
      const page = await large.context.newPage();
      await page.goto(`chrome-extension://${large.extensionId}/options.html#overview`, { waitUntil: 'commit' });
      const rows = await waitForMark(page, 'tableRows', 180_000);
      const origin = await page.evaluate(() => performance.timeOrigin);
      if (i >= 0) overview.push(rows - origin);
      await page.close();
    }
    raw.overview = overview;
    const overviewSummary = summarize(overview);
    add({
      item: '4',
      label: `Team overview (options.html#overview → table rows, ${backup.tables.reps.length} reps)`,
      unit: 'ms',
      value: overviewSummary,
      baseline: { label: 'raw read of every table', value: allReadSummary },
      ratio: ratio(overviewSummary.median, allReadSummary.median),
    });

    // 5. Writes: the popup's save, with the keeper's panel open on the same rep (as a manager would).
    const blank2 = await openBlankExtensionPage(large);
    const tabId = await tabIdOf(blank2, userUrl(40 + coldN - 1));
    const saveRuns: { saveMs: number; interactiveMs: number; panelShowsMs: number }[] = [];
    log(`popup saves: ${runs(5)}`);
    for (let i = 0; i < runs(5); i += 1) {
      const note = `Bench note ${i + 2} ${Date.now()}`;
      const save = await saveFromPopup(large, tabId, note);
      const handle = await keeperFrame.waitForFunction(
        (wanted) => document.body.textContent?.includes(wanted) && performance.timeOrigin + performance.now(),
        note,
        { timeout: 120_000, polling: 20 },
      );
      const shownAt = (await handle.jsonValue()) as number;
      if (i >= 0)
        saveRuns.push({
          saveMs: save.saveMs,
          interactiveMs: save.interactiveMs,
          panelShowsMs: shownAt - save.saveStartAt,
        });
    }
    const rawSaves: number[] = [];
    for (let i = -2; i < runs(20); i += 1) {
      const ms = await rawSaveObservation(blank2, repIds[0]!);
      if (i >= 0) rawSaves.push(ms);
    }
    const bulk = await rawBulkWrite(blank2);
    await deleteScratchDb(blank2);
    raw.writes = { saveRuns, rawSaves, bulk };
    const saveSummary = summarize(saveRuns.map((run) => run.saveMs));
    const rawSaveSummary = summarize(rawSaves);
    add({
      item: '5',
      label: 'Popup observation save (Ctrl+Enter → "Observation saved"), large data',
      unit: 'ms',
      value: saveSummary,
      baseline: { label: 'raw IndexedDB write of an observation + time entry', value: rawSaveSummary },
      ratio: ratio(saveSummary.median, rawSaveSummary.median),
    });
    const panelShows = summarize(saveRuns.map((run) => run.panelShowsMs));
    add({
      item: '5',
      label: 'Live update: Ctrl+Enter in the popup → note shown in the open panel',
      unit: 'ms',
      value: panelShows,
      baseline: { label: 'popup save round-trip', value: saveSummary },
      ratio: ratio(panelShows.median, saveSummary.median),
    });
    add({
      item: '5',
      label: 'Popup time to interactive, large data',
      unit: 'ms',
      value: summarize(saveRuns.map((run) => run.interactiveMs)),
    });
    const bulkRowsPerS = bulk.rows / (bulk.ms / 1000);
    add({
      item: '5',
      label: `Import throughput, restore of ${fileRows.toLocaleString('en-US')} rows (${fileMb.toFixed(0)} MB) through the dashboard: check + write`,
      unit: 'rows/s',
      value: importRowsPerS,
      baseline: { label: 'raw IndexedDB put of the 100,000 observations, 5,000 per transaction', value: bulkRowsPerS },
      ratio: ratio(bulkRowsPerS, importRowsPerS),
      note: `check (read, parse, validate, preview) ${(restore.checkMs / 1000).toFixed(1)} s; write ${(restore.writeMs / 1000).toFixed(1)} s`,
    });
    add({
      item: '5',
      label: 'Import throughput, write phase only (click Import → done)',
      unit: 'rows/s',
      value: writeOnlyRowsPerS,
      baseline: { label: 'raw put', value: bulkRowsPerS },
      ratio: ratio(bulkRowsPerS, writeOnlyRowsPerS),
    });

    // 6. Memory figures (taken above while a panel was open).
    const mb = (bytes: number | undefined) => (bytes ?? Number.NaN) / 1e6;
    await blank2.close();
    await keeper.close();
    await sleep(1_500);
    const idleWorker = await serviceWorkerHeap(large);
    raw.memory = { ...(raw.memory as object), idleWorkerHeap: idleWorker };
    add({
      item: '6',
      label: 'Service worker JS heap after GC, large data, one panel open (team cache live)',
      unit: 'MB',
      value: mb(workerHeap?.usedBytes),
      baseline: { label: 'same worker after the last panel closed', value: mb(idleWorker?.usedBytes) },
      ratio: ratio(mb(workerHeap?.usedBytes), mb(idleWorker?.usedBytes)),
    });
    add({
      item: '6',
      label: 'Panel frame JS heap after GC, large data (extension renderer isolate; no other extension page open)',
      unit: 'MB',
      value: mb(panelHeap.usedBytes),
    });
  } finally {
    await large.context.close().catch(() => undefined);
  }
}

// ── Insights CPU in Node (folded in from utils/insights/insights.bench.ts) ─────────────────────
async function insightsCpu() {
  const backupPath = path.join(root, 'coachlens-large.json');
  try {
    const { build } = await import('rolldown');
    const bundle = path.join(root, 'insights-cpu.mjs');
    await build({
      input: path.resolve('scripts/bench/insights-cpu.ts'),
      platform: 'node',
      output: { file: bundle, format: 'esm' },
      logLevel: 'silent',
    });
    const result = JSON.parse(
      execFileSync(process.execPath, [bundle, backupPath], { encoding: 'utf8', maxBuffer: 1e7 }),
    ) as Record<string, number[] | number>;
    raw.insightsCpu = result;
    const s = (key: string) => summarize(result[key] as number[]);
    add({
      item: '4',
      label:
        'CPU, Node: `teamInsights` over the whole large data set (from scratch: a cold cache, a new clock or settings)',
      unit: 'ms',
      value: s('teamInsightsMs'),
    });
    add({
      item: '4',
      label:
        'CPU, Node: team insights after one observation changed (`TeamInsightsMemo`, what the team cache runs per write)',
      unit: 'ms',
      value: s('teamInsightsAfterOneWriteMs'),
    });
    add({
      item: '4',
      label: 'CPU, Node: `repInsightFrom` for all 1,000 reps (from the team insights)',
      unit: 'ms',
      value: s('repInsightFromAllRepsMs'),
    });
    add({
      item: '4',
      label: 'CPU, Node: `accountInsightFrom` for all 5,000 accounts',
      unit: 'ms',
      value: s('accountInsightFromAllAccountsMs'),
    });
  } catch (error) {
    notes.push(`Insights CPU figures skipped: ${error instanceof Error ? error.message : String(error)}`);
  }
}

function summaryOf(value: Summary | number) {
  return typeof value === 'number' ? value : value.median;
}

async function main() {
  contentScriptSize();
  if (!liveOnly) await smallData();
  await livePage();
  if (!pageOnly) {
    await largeData();
    await insightsCpu();
  }
  const loadAfter = os.loadavg();
  const elapsed = (Date.now() - started) / 1000;
  const table = markdownTable(figures);
  const over = figures.filter((figure) => figure.verdict === 'over budget');
  const environment = {
    date: new Date().toISOString(),
    node: process.version,
    cpus: os.cpus().length,
    cpuModel: os.cpus()[0]?.model,
    memoryGb: os.totalmem() / 1e9,
    loadAverageBefore: loadBefore,
    loadAverageAfter: loadAfter,
    elapsedSeconds: elapsed,
    quick,
  };
  const markdown = [
    '# CoachLens benchmarks',
    '',
    `Run ${environment.date} on ${environment.cpus} CPU(s) (${environment.cpuModel}), Node ${environment.node}, headless Chromium; ` +
      `${elapsed.toFixed(0)} s. Load average before/after: ${loadBefore.map((v) => v.toFixed(2)).join(' ')} / ` +
      `${loadAfter.map((v) => v.toFixed(2)).join(' ')}: other work on the machine (tests, builds) adds noise, so compare ratios, ` +
      'which are measured side by side in the same run.',
    '',
    table,
    '',
    over.length === 0
      ? 'Every budget is met.'
      : `Over budget: ${over.map((figure) => `${figure.item} (${figure.label})`).join('; ')}.`,
    '',
    ...figures.filter((figure) => figure.note).map((figure) => `- ${figure.item} ${figure.label}: ${figure.note}`),
    ...notes.map((note) => `- ${note}`),
    '',
    'How each figure is taken: see the README ("Benchmarks") and scripts/bench.ts.',
    '',
  ].join('\n');
  mkdirSync(outDir, { recursive: true });
  writeFileSync(path.join(outDir, 'report.md'), markdown);
  writeFileSync(
    path.join(outDir, 'report.json'),
    JSON.stringify(
      { environment, figures: figures.map((f) => ({ ...f, median: summaryOf(f.value) })), raw, notes },
      null,
      2,
    ),
  );
  console.log(`\n${table}\n`);
  console.log(`Report: ${path.relative(process.cwd(), path.join(outDir, 'report.md'))} and report.json`);
}

try {
  await main();
} finally {
  rmSync(root, { recursive: true, force: true });
}
