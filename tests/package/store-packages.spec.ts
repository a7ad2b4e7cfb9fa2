// What `npm run zip` makes is what goes to the Chrome Web Store and addons.mozilla.org (AMO): each
// package must be the build the other suites tested, complete (every file its manifest names), with
// nothing else in it; and AMO's reviewers must get the same Firefox package by building the sources
// zip. Run by `npm run test:package` after `npm run zip`.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync, symlinkSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { test } from 'node:test';
import JSZip from 'jszip';

const root = path.resolve(import.meta.dirname, '../..');
const { name, version } = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8')) as {
  name: string;
  version: string;
};
const packageOf = (kind: 'chrome' | 'firefox' | 'sources') =>
  path.join(root, '.output', `${name}-${version}-${kind}.zip`);
const builds = { chrome: 'chrome-mv3', firefox: 'firefox-mv3' } as const;

async function filesOf(zipPath: string): Promise<Map<string, Buffer>> {
  const zip = await JSZip.loadAsync(readFileSync(zipPath));
  const files = new Map<string, Buffer>();
  for (const entry of Object.values(zip.files)) {
    if (!entry.dir) files.set(entry.name, await entry.async('nodebuffer'));
  }
  return files;
}

function filesIn(dir: string, prefix = ''): Map<string, Buffer> {
  const files = new Map<string, Buffer>();
  for (const entry of readdirSync(path.join(dir, prefix), { withFileTypes: true })) {
    const relative = prefix ? `${prefix}/${entry.name}` : entry.name;
    if (entry.isDirectory()) for (const [file, bytes] of filesIn(dir, relative)) files.set(file, bytes);
    else files.set(relative, readFileSync(path.join(dir, relative)));
  }
  return files;
}

type Manifest = Record<string, unknown> & { manifest_version: number };

/** Every packaged file the manifest points at: a missing one is a broken install or a store rejection. */
function filesNamedBy(manifest: Manifest): string[] {
  const named: string[] = [];
  const icons = (value: unknown) => Object.values((value ?? {}) as Record<string, string>);
  named.push(...icons(manifest.icons));
  const action = (manifest.action ?? manifest.browser_action) as { default_icon?: unknown; default_popup?: string };
  named.push(...icons(action.default_icon));
  if (action.default_popup) named.push(action.default_popup);
  const background = manifest.background as { service_worker?: string; scripts?: string[]; page?: string };
  if (background.service_worker) named.push(background.service_worker);
  named.push(...(background.scripts ?? []));
  if (background.page) named.push(background.page);
  for (const script of (manifest.content_scripts ?? []) as { js?: string[]; css?: string[] }[])
    named.push(...(script.js ?? []), ...(script.css ?? []));
  const options = manifest.options_ui as { page?: string } | undefined;
  if (options?.page) named.push(options.page);
  for (const resource of (manifest.web_accessible_resources ?? []) as ({ resources: string[] } | string)[])
    named.push(...(typeof resource === 'string' ? [resource] : resource.resources));
  if (manifest.default_locale) named.push(`_locales/${String(manifest.default_locale)}/messages.json`);
  return named;
}

for (const browser of ['chrome', 'firefox'] as const) {
  test(`the ${browser} package is the tested build, complete, and holds nothing else`, async () => {
    const packaged = await filesOf(packageOf(browser));
    const built = filesIn(path.join(root, '.output', builds[browser]));
    assert.deepEqual([...packaged.keys()].sort(), [...built.keys()].sort());
    for (const [file, bytes] of built) assert.ok(packaged.get(file)!.equals(bytes), `${file} differs from the build`);

    const manifest = JSON.parse(packaged.get('manifest.json')!.toString('utf8')) as Manifest;
    assert.equal(manifest.manifest_version, 3);
    for (const file of filesNamedBy(manifest)) assert.ok(packaged.has(file), `the manifest names ${file}, missing`);
    // Both stores show the 128 px icon; Chrome's refuses a package without one.
    assert.ok(packaged.has((manifest.icons as Record<string, string>)['128']!), 'no 128 px icon');
    for (const file of packaged.keys()) {
      assert.doesNotMatch(file, /\.(map|ts|tsx)$|node_modules|^\./, `${file} does not belong in a store package`);
    }
    if (browser === 'firefox') {
      const gecko = (manifest.browser_specific_settings as { gecko: Record<string, unknown> }).gecko;
      assert.equal(gecko.id, 'coachlens@coachlens.app');
      assert.deepEqual(gecko.data_collection_permissions, { required: ['none'] });
    }
  });
}

test("the sources zip rebuilds the Firefox package byte for byte, and carries no test run's or demo's leftovers", async () => {
  const sources = await filesOf(packageOf('sources'));
  for (const needed of ['package.json', 'package-lock.json', 'wxt.config.ts', 'tsconfig.json', 'locales/en.json'])
    assert.ok(sources.has(needed), `the sources zip lacks ${needed}`);
  for (const file of sources.keys()) {
    assert.doesNotMatch(
      file,
      /^(node_modules|\.output|demo-output|playwright-report|test-results|bench-results|docs|tests)\//,
      `${file} is not a source of the build`,
    );
  }

  const dir = mkdtempSync(path.join(tmpdir(), 'coachlens-sources-'));
  try {
    for (const [file, bytes] of sources) {
      mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
      writeFileSync(path.join(dir, file), bytes);
    }
    // The reviewer runs `npm ci`; the same lock file is already installed here.
    symlinkSync(path.join(root, 'node_modules'), path.join(dir, 'node_modules'), 'dir');
    execFileSync(process.execPath, [path.join(root, 'node_modules/wxt/bin/wxt.mjs'), 'build', '-b', 'firefox'], {
      cwd: dir,
      stdio: 'pipe',
      env: { ...process.env, CI: 'true' },
    });
    const rebuilt = filesIn(path.join(dir, '.output', builds.firefox));
    const packaged = await filesOf(packageOf('firefox'));
    assert.deepEqual([...rebuilt.keys()].sort(), [...packaged.keys()].sort());
    for (const [file, bytes] of packaged) assert.ok(rebuilt.get(file)!.equals(bytes), `${file} differs when rebuilt`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
