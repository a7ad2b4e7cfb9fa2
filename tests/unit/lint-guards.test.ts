import { existsSync, globSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { ESLint } from 'eslint';
import { pageCodeFiles } from '../../eslint.config.js';
import { crmScripts } from '@/utils/build/crm-scripts';

/**
 * The lint guard that keeps the database, zod, React and the i18n layer out of the CRM page is
 * only as good as its globs: a folder renamed under it leaves the new code unguarded and the old
 * glob matching nothing, and ESLint says nothing about either. These tests say it.
 */

const root = path.resolve(import.meta.dirname, '../..');
const guardRule = '@typescript-eslint/no-restricted-imports';

/** The entry files of the two scripts that run on a CRM page (WXT names each output after its folder). */
const pageEntries = Object.values(crmScripts).map((file) => `entrypoints/${file.replace(/\.js$/, '')}/index.ts`);

function resolveImport(specifier: string, fromFile: string): string | null {
  let base: string;
  if (specifier.startsWith('@/')) base = specifier.slice(2);
  else if (specifier.startsWith('.')) base = path.join(path.dirname(fromFile), specifier);
  else return null; // a package: the guard's patterns judge those
  for (const candidate of [base, `${base}.ts`, `${base}.tsx`, `${base}/index.ts`]) {
    if (existsSync(path.join(root, candidate)) && candidate.match(/\.tsx?$/)) return path.normalize(candidate);
  }
  throw new Error(`${fromFile} imports ${specifier}, which is no file`);
}

/** Every module the page scripts bundle: value imports followed from the entries (type imports are erased). */
function bundledModules(): string[] {
  const seen = new Set<string>();
  const visit = (file: string) => {
    if (seen.has(file)) return;
    seen.add(file);
    const source = readFileSync(path.join(root, file), 'utf8');
    const statements = source.matchAll(
      /(?:^|\n)\s*(import|export)\s+(type\s+)?([^;]*?)\s*from\s*['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)/g,
    );
    for (const [, , typeOnly, clause, fromSpecifier, dynamicSpecifier] of statements) {
      if (typeOnly) continue;
      // `import { type A, type B } from …` is erased too.
      const named = /^\{([^}]*)\}$/.exec(clause?.trim() ?? '');
      if (named && named[1]!.split(',').every((name) => name.trim() === '' || name.trim().startsWith('type ')))
        continue;
      const resolved = resolveImport((fromSpecifier ?? dynamicSpecifier)!, file);
      if (resolved) visit(resolved);
    }
  };
  pageEntries.forEach(visit);
  return [...seen].sort();
}

describe('the page-code lint guard', () => {
  const eslint = new ESLint({ cwd: root });

  it.each(pageCodeFiles)('guards %s, which matches files in the repository', (glob) => {
    expect(globSync(glob, { cwd: root }).length).toBeGreaterThan(0);
  });

  it('applies to every module the CRM page scripts bundle', async () => {
    const modules = bundledModules();
    // The loader, the page script and at least the CRM adapters: a broken import walk finds less.
    expect(modules.length).toBeGreaterThan(20);
    const unguarded: string[] = [];
    for (const file of modules) {
      const config = (await eslint.calculateConfigForFile(file)) as { rules?: Record<string, unknown> };
      const rule = JSON.stringify(config.rules?.[guardRule] ?? null);
      if (!rule.includes('"dexie"') || !rule.includes('"zod"') || !rule.includes('"react"')) unguarded.push(file);
    }
    expect(unguarded).toEqual([]);
  });

  it.each(pageEntries)('refuses the database, zod, React and the i18n layer in %s', async (entry) => {
    const code = [
      "import Dexie from 'dexie';",
      "import { z } from 'zod';",
      "import { useState } from 'react';",
      "import { i18n } from '#i18n';",
      "import { getDb } from '@/utils/db/app-db';",
      'export const used = [Dexie, z, useState, i18n, getDb];',
    ].join('\n');
    const [result] = await eslint.lintText(code, { filePath: path.join(root, entry) });
    const refused = result!.messages.filter((message) => message.ruleId === guardRule).map((message) => message.line);
    expect(refused).toEqual([1, 2, 3, 4, 5]);
  });
});
