// Item 7: a live CRM page, as real orgs have them: a German Salesforce opportunity in native shadow
// DOM (tests/fixtures/crm/salesforce/deal-native-de.html) inside thousands of other elements and
// hundreds of open shadow roots, mutating every 50 ms for 20 s after load (spinners, a clock, a
// lazy timeline). Measured from Chromium traces, on the CPU rather than the clock:
// - the page's main-thread work from navigation start to 12 s after load, with CoachLens and with
//   CoachLens's service worker only (its content script removed);
// - what CoachLens's content script spends on the main thread reading the page after an in-app
//   navigation (pushState), on a still page of 20,000 and of 200,000 elements.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Launched } from './browser.ts';
import { sleep } from './stats.ts';

const fixture = path.resolve('tests/fixtures/crm/salesforce/deal-native-de.html');
export const liveDealUrl = /Stands for:\s*(\S+)/.exec(readFileSync(fixture, 'utf8'))![1]!;
/** Where the pushState goes: the deal's account, a record page of another kind on the same app. */
export const liveAccountUrl = new URL('/lightning/r/Account/001Dn00000Glbx2IAB/view', liveDealUrl).href;

export interface LivePageShape {
  /** elements on the page in all, shadow roots included (at least) */
  elements: number;
  /** open shadow roots of filler components */
  shadowRoots: number;
  /** mutate every 50 ms for this long after load (0: a still page) */
  mutateMs: number;
}

/**
 * The page's own script, run before the fixture's: it adds the filler (components with open
 * shadow roots, each holding a card of plain elements, and light-DOM rows) and, after load, the
 * mutations. The filler is the page's work, done in both profiles alike.
 */
function fillerScript(shape: LivePageShape): string {
  return `(() => {
  const shape = ${JSON.stringify(shape)};
  const perRoot = Math.ceil(shape.elements / shape.shadowRoots);
  const card = (n) => {
    let html = '';
    for (let i = 0; i < n; i += 4) html += '<div class="row"><span class="label">Feld</span><span class="value">Wert ' + i + '</span><i></i></div>';
    return html;
  };
  const build = () => {
    const region = document.createElement('section');
    region.setAttribute('aria-label', 'Aktivitäten');
    document.body.append(region);
    const hosts = [];
    for (let r = 0; r < shape.shadowRoots; r += 1) {
      const host = document.createElement('runtime_sales_activities-activity-timeline-item');
      host.attachShadow({ mode: 'open' }).innerHTML = card(perRoot);
      region.append(host);
      hosts.push(host);
    }
    const clock = document.createElement('div');
    clock.className = 'live-clock';
    document.body.prepend(clock);
    if (!shape.mutateMs) return;
    window.addEventListener('load', () => {
      const started = performance.now();
      let tick = 0;
      const timer = setInterval(() => {
        tick += 1;
        clock.textContent = new Date().toISOString();
        const spinner = hosts[tick % hosts.length].shadowRoot;
        const dot = document.createElement('span');
        dot.className = 'spinner';
        spinner.append(dot);
        if (tick > 3) spinner.querySelector('.spinner')?.remove();
        const row = document.createElement('div');
        row.innerHTML = '<span>Neu</span><span>' + tick + '</span>';
        region.append(row);
        if (tick > 20) region.lastElementChild.previousElementSibling?.remove();
        if (performance.now() - started > shape.mutateMs) clearInterval(timer);
      }, 50);
    });
  };
  if (document.body) build();
  else document.addEventListener('DOMContentLoaded', build);
})();`;
}

/** The fixture page with the filler script after its own (so the record's shadow roots are attached first). */
export function livePageHtml(shape: LivePageShape): string {
  const html = readFileSync(fixture, 'utf8');
  return html.replace('</body>', `<script>${fillerScript(shape)}</script></body>`);
}

/** Answers `url`'s path on its origin with the live page. */
export async function serveLivePage(launched: Launched, url: string, shape: LivePageShape): Promise<void> {
  const body = livePageHtml(shape);
  const target = new URL(url);
  await launched.context.route(
    (candidate) => candidate.origin === target.origin && candidate.pathname.startsWith('/lightning/r/'),
    (route) => route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body }),
  );
}

interface TraceEvent {
  name: string;
  ph: string;
  ts: number;
  dur?: number;
  pid: number;
  tid: number;
  args?: { data?: { url?: string; documentLoaderURL?: string } };
}

const categories = [
  'devtools.timeline',
  'disabled-by-default-devtools.timeline',
  'v8.execute',
  'blink.user_timing',
  'loading',
  'extensions',
];

/** Total time covered by the intervals, counting overlaps (nested trace events) once. */
function covered(intervals: [number, number][]): number {
  let total = 0;
  let end = -Infinity;
  for (const [start, stop] of [...intervals].sort((a, b) => a[0] - b[0])) {
    if (stop <= end) continue;
    total += stop - Math.max(start, end);
    end = stop;
  }
  return total;
}

const scriptEvents = ['EvaluateScript', 'FunctionCall', 'v8.compile', 'v8.compileModule', 'v8.evaluateModule'];
/** CoachLens's content scripts (the loader and the page script), not the panel's frame. */
const isContentScript = (event: TraceEvent) =>
  scriptEvents.includes(event.name) &&
  /^chrome-extension:\/\/[^/]+\/crm-(loader|page)\.js/.test(event.args?.data?.url ?? '');

function busyWithin(events: TraceEvent[], filter: (event: TraceEvent) => boolean, from: number, to: number): number {
  const intervals: [number, number][] = [];
  for (const event of events) {
    if (event.ph !== 'X' || !filter(event)) continue;
    const a = Math.max(event.ts, from);
    const b = Math.min(event.ts + (event.dur ?? 0), to);
    if (b > a) intervals.push([a, b]);
  }
  return covered(intervals) / 1000;
}

async function traced<T>(
  launched: Launched,
  run: (page: import('@playwright/test').Page) => Promise<T>,
): Promise<{ events: TraceEvent[]; result: T }> {
  const page = await launched.context.newPage();
  const session = await launched.context.newCDPSession(page);
  const events: TraceEvent[] = [];
  session.on('Tracing.dataCollected', (event) => events.push(...(event.value as unknown as TraceEvent[])));
  const complete = new Promise((resolve) => session.once('Tracing.tracingComplete', resolve));
  try {
    await session.send('Tracing.start', {
      transferMode: 'ReportEvents',
      traceConfig: { includedCategories: categories, excludedCategories: ['*'] },
    });
    const result = await run(page);
    await session.send('Tracing.end');
    await complete;
    return { events, result };
  } finally {
    await page.close();
  }
}

export interface LiveRun {
  /** the page's main thread busy (top-level tasks), navigation start → `windowMs` after load */
  busyMs: number;
  /** of which: CoachLens's content scripts */
  contentScriptMs: number;
  /** elements on the page, shadow roots included, and open shadow roots, when the window ended */
  elements: number;
  shadowRoots: number;
}

/** One traced load of the live page: the page's main-thread work until `windowMs` after its load. */
export async function traceLivePage(launched: Launched, url: string, windowMs: number): Promise<LiveRun> {
  const { events, result } = await traced(launched, async (page) => {
    await page.goto(url, { waitUntil: 'load' });
    await sleep(windowMs);
    return page.evaluate(() => {
      let elements = 0;
      let roots = 0;
      const walk = (root: Document | ShadowRoot) => {
        for (const el of Array.from(root.querySelectorAll('*'))) {
          elements += 1;
          if (el.shadowRoot) {
            roots += 1;
            walk(el.shadowRoot);
          }
        }
      };
      walk(document);
      return { elements, roots };
    });
  });
  const start = events.find((event) => event.name === 'navigationStart' && event.args?.data?.documentLoaderURL === url);
  if (!start) throw new Error(`no navigationStart for ${url} in the trace`);
  const onMain = events.filter((event) => event.pid === start.pid && event.tid === start.tid);
  const loadEnd = onMain.find((event) => event.name === 'loadEventEnd' && event.ts > start.ts);
  if (!loadEnd) throw new Error(`no loadEventEnd for ${url} in the trace`);
  const end = loadEnd.ts + windowMs * 1000;
  return {
    busyMs: busyWithin(onMain, (event) => event.name === 'RunTask', start.ts, end),
    contentScriptMs: busyWithin(onMain, isContentScript, start.ts, end),
    elements: result.elements,
    shadowRoots: result.roots,
  };
}

/**
 * One in-app navigation on a still live page: load it, let CoachLens read it and stop watching,
 * then trace `history.pushState` to another record and the 2 s after: CoachLens's content-script
 * time on the page's main thread is what that navigation's read cost.
 */
export async function tracePushStateRead(launched: Launched, url: string, nextUrl: string): Promise<number> {
  const page = await launched.context.newPage();
  try {
    await page.goto(url, { waitUntil: 'load' });
    await sleep(3_000);
    const session = await launched.context.newCDPSession(page);
    const events: TraceEvent[] = [];
    session.on('Tracing.dataCollected', (event) => events.push(...(event.value as unknown as TraceEvent[])));
    const complete = new Promise((resolve) => session.once('Tracing.tracingComplete', resolve));
    await session.send('Tracing.start', {
      transferMode: 'ReportEvents',
      traceConfig: { includedCategories: categories, excludedCategories: ['*'] },
    });
    await page.evaluate((next) => history.pushState({}, '', next), nextUrl);
    await sleep(2_000);
    await session.send('Tracing.end');
    await complete;
    const ours = events.filter(isContentScript);
    if (ours.length === 0) return 0;
    const { pid, tid } = ours[0]!;
    const onMain = events.filter((event) => event.pid === pid && event.tid === tid);
    return busyWithin(onMain, isContentScript, -Infinity, Infinity);
  } finally {
    await page.close();
  }
}
