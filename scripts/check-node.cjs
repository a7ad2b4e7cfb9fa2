// Runs before `npm install` (preinstall), the demo and the tests: says in one sentence when this Node
// is too old, before anything fails with an error that never mentions Node (an older Node cannot
// run the TypeScript scripts, and the dependencies ask for a recent one). With `--install` it also
// installs the dependencies when a fresh clone has none, so `npm run demo` is the only command a
// first run needs.
//
// Deliberately CommonJS with nothing newer than Node 18 can parse: it must run on the old Node it
// is there to refuse.
'use strict';

const { execFileSync } = require('node:child_process');
const { existsSync, readFileSync } = require('node:fs');
const path = require('node:path');

const root = path.join(__dirname, '..');

function parseVersion(text) {
  const parts = String(text).replace(/^v/, '').split('.');
  return [Number(parts[0]) || 0, Number(parts[1]) || 0, Number(parts[2]) || 0];
}

function compare(a, b) {
  for (let i = 0; i < 3; i += 1) {
    if (a[i] !== b[i]) return a[i] < b[i] ? -1 : 1;
  }
  return 0;
}

/** Whether `version` satisfies an engines range made of `^x.y.z` and `>=x.y.z` alternatives. */
function satisfies(version, range) {
  const current = parseVersion(version);
  return range.split('||').some(function (alternative) {
    const text = alternative.trim();
    if (text.indexOf('^') === 0) {
      const min = parseVersion(text.slice(1));
      return current[0] === min[0] && compare(current, min) >= 0;
    }
    if (text.indexOf('>=') === 0) return compare(current, parseVersion(text.slice(2))) >= 0;
    throw new Error('scripts/check-node.cjs reads only ^ and >= in engines.node, not "' + text + '"');
  });
}

/** The lowest version the range admits, for the sentence: "needs Node ≥ 22.22.2". */
function lowest(range) {
  return range
    .split('||')
    .map(function (alternative) {
      return parseVersion(alternative.trim().replace(/^(\^|>=)/, ''));
    })
    .sort(compare)[0]
    .join('.');
}

/** The message for a Node that does not satisfy the range, or null when it does. */
function nodeProblem(version, range) {
  if (satisfies(version, range)) return null;
  return (
    'CoachLens needs Node ≥ ' +
    lowest(range) +
    ' (engines: ' +
    range +
    '); you have ' +
    String(version).replace(/^v/, '') +
    '.\n' +
    'Install Node 24 LTS (https://nodejs.org, or `nvm install 24`), check that `node --version` shows it\n' +
    'in a new terminal, then run the command again.'
  );
}

function main() {
  const range = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8')).engines.node;
  const problem = nodeProblem(process.version, range);
  if (problem) {
    console.error('\n' + problem + '\n');
    process.exit(1);
  }
  // npm writes node_modules/.package-lock.json at the end of every install: without it, nothing
  // (or only part) is installed.
  if (process.argv.indexOf('--install') !== -1 && !existsSync(path.join(root, 'node_modules', '.package-lock.json'))) {
    console.log('Installing the dependencies first (npm ci), once: about a minute.');
    const npm = process.env.npm_execpath;
    if (npm) execFileSync(process.execPath, [npm, 'ci', '--no-audit', '--no-fund'], { cwd: root, stdio: 'inherit' });
    else execFileSync('npm', ['ci', '--no-audit', '--no-fund'], { cwd: root, stdio: 'inherit', shell: true });
  }
}

module.exports = { satisfies, nodeProblem };
if (require.main === module) main();
