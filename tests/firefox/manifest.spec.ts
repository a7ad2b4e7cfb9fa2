import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';
import { crmScripts } from '../../utils/build/crm-scripts.ts';
import { crmHostPatterns } from '../../utils/crm/host-patterns.ts';
import { addonId, extensionPath } from './firefox.ts';

interface GeckoManifest {
  manifest_version: number;
  browser_specific_settings?: {
    gecko?: { id?: string; strict_min_version?: string; data_collection_permissions?: { required?: string[] } };
  };
  web_accessible_resources?: unknown[];
  content_scripts?: { js: string[] }[];
}

test('the Firefox build carries its add-on id and declares that it collects no data', () => {
  const manifest = JSON.parse(readFileSync(path.join(extensionPath, 'manifest.json'), 'utf8')) as GeckoManifest;
  const gecko = manifest.browser_specific_settings?.gecko;
  assert.equal(manifest.manifest_version, 3);
  assert.equal(gecko?.id, addonId);
  // AMO requires the declaration for new add-ons; Firefox reads it from 140 on.
  assert.deepEqual(gecko?.data_collection_permissions, { required: ['none'] });
  assert.ok(Number.parseFloat(gecko?.strict_min_version ?? '0') >= 140, 'strict_min_version reads the declaration');
  // The panel is the only page a CRM page may frame; the page script is what the loader imports.
  // Only the CRM hosts may load them: the add-on's URL is permanent in Firefox, so any other page
  // that could load a file would learn that CoachLens is installed.
  assert.deepEqual(manifest.web_accessible_resources, [
    { resources: ['panel.html', crmScripts.page], matches: [...crmHostPatterns] },
  ]);
  assert.deepEqual(
    manifest.content_scripts?.map((script) => script.js),
    [[crmScripts.loader]],
  );
});
