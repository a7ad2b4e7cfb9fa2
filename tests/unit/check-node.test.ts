import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '../..');
const { satisfies, nodeProblem } = createRequire(import.meta.url)('../../scripts/check-node.cjs') as {
  satisfies(version: string, range: string): boolean;
  nodeProblem(version: string, range: string): string | null;
};
const range: string = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8')).engines.node;

describe('the Node check before install, demo and tests', () => {
  it.each([
    ['v22.22.2', true],
    ['v22.23.3', true],
    ['v24.15.0', true],
    ['v26.1.0', true],
    ['v20.20.2', false],
    ['v22.12.0', false],
    ['v22.22.1', false],
    ['v23.11.0', false],
    ['v24.14.1', false],
  ])("judges %s against package.json's engines (%s)", (version, ok) => {
    expect(satisfies(version, range)).toBe(ok);
  });

  it('says what is needed, what the manager has and what to do', () => {
    const message = nodeProblem('v20.20.2', range);
    expect(message).toContain('CoachLens needs Node ≥ 22.22.2');
    expect(message).toContain('you have 20.20.2');
    expect(message).toContain('Install Node 24');
    expect(nodeProblem(process.version, range)).toBeNull();
  });

  it('passes on the Node running the tests, which the engines must admit', () => {
    expect(() =>
      execFileSync(process.execPath, [path.join(root, 'scripts/check-node.cjs')], { cwd: root }),
    ).not.toThrow();
  });
});
