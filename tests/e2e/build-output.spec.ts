import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { expect, test } from '@playwright/test';

const outDir = path.resolve('.output/chrome-mv3');

function jsFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) return jsFiles(full);
    return name.endsWith('.js') ? [full] : [];
  });
}

test('the Chrome build has no Unicode noncharacters, which would make Chrome refuse the whole extension', () => {
  const nonCharacter =
    /[\uFDD0-\uFDEF\uFFFE\uFFFF]|[\uD83F\uD87F\uD8BF\uD8FF\uD93F\uD97F\uD9BF\uD9FF\uDA3F\uDA7F\uDABF\uDAFF\uDB3F\uDB7F\uDBBF\uDBFF][\uDFFE\uDFFF]/;
  const files = jsFiles(outDir);
  expect(files.length).toBeGreaterThan(3);
  const offenders = files.filter((file) => nonCharacter.test(readFileSync(file, 'utf8')));
  expect(offenders).toEqual([]);
});

test('the content script stays small: no database, no zod, no React on every CRM page load', () => {
  const script = readFileSync(path.join(outDir, 'content-scripts/crm.js'));
  const text = script.toString('utf8');
  expect(text).not.toContain('Dexie');
  expect(text).not.toContain('indexedDB');
  // Budget in bytes (raw and gzipped): the adapters for five CRMs plus WXT's content-script runtime.
  expect(script.byteLength).toBeLessThan(60_000);
  expect(gzipSync(script).byteLength).toBeLessThan(20_000);
});

test('the manifest asks for no more than it uses', () => {
  const manifest = JSON.parse(readFileSync(path.join(outDir, 'manifest.json'), 'utf8')) as {
    permissions?: string[];
    host_permissions?: string[];
    externally_connectable?: { ids?: string[]; matches?: string[] };
    content_scripts?: { matches: string[] }[];
  };
  expect(manifest.permissions?.sort()).toEqual(['storage', 'unlimitedStorage']);
  const hosts = [...(manifest.host_permissions ?? []), ...(manifest.content_scripts ?? []).flatMap((cs) => cs.matches)];
  expect(hosts).not.toContain('<all_urls>');
  expect(hosts.filter((host) => /^(\*|https?):\/\/\*\//.test(host))).toEqual([]);
  expect(manifest.externally_connectable).toEqual({ ids: [] });
});
