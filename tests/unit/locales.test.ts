import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

const localesDir = path.resolve('locales');

function flatten(node: unknown, prefix = ''): [string, unknown][] {
  if (node && typeof node === 'object' && !Array.isArray(node)) {
    return Object.entries(node).flatMap(([key, value]) => flatten(value, prefix ? `${prefix}_${key}` : key));
  }
  return [[prefix, node]];
}

describe('locale files', () => {
  for (const file of readdirSync(localesDir).filter((name) => name.endsWith('.json'))) {
    const messages = flatten(JSON.parse(readFileSync(path.join(localesDir, file), 'utf8')));

    it(`${file}: every key is a valid browser message name, or Chrome refuses to load the extension`, () => {
      // Chrome: "Only ASCII [a-z], [A-Z], [0-9] and "_" are allowed" (nested keys are joined by "_").
      expect(messages.map(([key]) => key).filter((key) => !/^[A-Za-z0-9_]+$/.test(key))).toEqual([]);
    });

    it(`${file}: every message is a non-empty string`, () => {
      expect(messages.filter(([, value]) => typeof value !== 'string' || value.trim() === '')).toEqual([]);
    });
  }
});
