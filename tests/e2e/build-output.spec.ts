import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { expect, test } from '@playwright/test';
import { crmScripts } from '../../utils/build/crm-scripts';
import { nonCharacters } from '../../utils/build/escape-noncharacters';

const outDir = path.resolve('.output/chrome-mv3');

function jsFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) return jsFiles(full);
    return name.endsWith('.js') ? [full] : [];
  });
}

test('the Chrome build has no Unicode noncharacters, which would make Chrome refuse the whole extension', () => {
  // The plugin's own pattern, without its global flag (a global regex's `test` keeps state between calls).
  const nonCharacter = new RegExp(nonCharacters.source);
  const files = jsFiles(outDir);
  expect(files.length).toBeGreaterThan(3);
  const offenders = files.filter((file) => nonCharacter.test(readFileSync(file, 'utf8')));
  expect(offenders).toEqual([]);
});

test('the CRM page scripts stay small: no database, no zod, no React on every CRM page load', () => {
  const loader = readFileSync(path.join(outDir, crmScripts.loader));
  const page = readFileSync(path.join(outDir, crmScripts.page));
  for (const script of [loader, page]) {
    const text = script.toString('utf8');
    expect(text).not.toContain('Dexie');
    expect(text).not.toContain('indexedDB');
    expect(text).not.toContain('webextension-polyfill');
    expect(text).not.toContain('lightning/r/Account/001Dn00000Glbx2'); // the adapters' example tables stay in tests
  }
  // What runs before the page's load event: only the loader, which waits for it.
  expect(gzipSync(loader).byteLength).toBeLessThanOrEqual(1024);
  // Budget: at most 11.5 KB gzipped for everything CoachLens runs on a CRM page: the loader, and
  // the page script with the five CRM adapters and WXT's content-script runtime. It was 10 KB until
  // the readers learned native shadow DOM, Salesforce's known component paths and the five CRMs'
  // field labels in eight UI languages (docs/crm-pages.md): about 4.3 KB more, of which compacting
  // the label tables and sharing one reader skeleton won back what it could.
  expect(gzipSync(loader).byteLength + gzipSync(page).byteLength).toBeLessThanOrEqual(11.5 * 1024);
});

test('the manifest asks for no more than it uses', () => {
  const manifest = JSON.parse(readFileSync(path.join(outDir, 'manifest.json'), 'utf8')) as {
    permissions?: string[];
    host_permissions?: string[];
    optional_host_permissions?: string[];
    web_accessible_resources?: { matches: string[]; use_dynamic_url?: boolean }[];
    externally_connectable?: { ids?: string[]; matches?: string[] };
    content_scripts?: { matches: string[]; js: string[]; run_at: string }[];
  };
  expect(manifest.permissions?.sort()).toEqual(['contextMenus', 'scripting', 'storage', 'unlimitedStorage']);
  const hosts = [...(manifest.host_permissions ?? []), ...(manifest.content_scripts ?? []).flatMap((cs) => cs.matches)];
  expect(hosts).not.toContain('<all_urls>');
  expect(hosts.filter((host) => /^(\*|https?):\/\/\*\//.test(host))).toEqual([]);
  // Custom CRM sites: any https host may be *requested* (one origin at a time, on the manager's
  // click), but none is granted at install: the broad pattern is optional only, never required.
  expect(manifest.optional_host_permissions).toEqual(['https://*/*']);
  // The panel may be framed from a granted custom site; its URL stays random per session.
  // So may the page script, which the loader (the only declared content script) imports.
  expect(manifest.web_accessible_resources).toEqual([
    { resources: ['panel.html', crmScripts.page], matches: ['https://*/*'], use_dynamic_url: true },
  ]);
  expect(manifest.content_scripts?.map(({ js, run_at }) => ({ js, run_at }))).toEqual([
    { js: [crmScripts.loader], run_at: 'document_idle' },
  ]);
  expect(manifest.externally_connectable).toEqual({ ids: [] });
});
