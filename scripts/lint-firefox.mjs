// Runs Mozilla's addons-linter (web-ext lint, offline) on the Firefox build. Fails on any error, and
// on any warning that is not in the committed, explained allowlist (scripts/web-ext-lint-allowlist.json).
// An allowlist entry matches only when the flagged code itself contains the entry's snippets, so a new
// `new Function` or `innerHTML` of our own is never excused by a library's.
import { readFileSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import path from 'node:path';

const sourceDir = '.output/firefox-mv3';
const allowlist = JSON.parse(readFileSync(new URL('./web-ext-lint-allowlist.json', import.meta.url), 'utf8'));

let output;
try {
  output = execFileSync('npx', ['web-ext', 'lint', '--source-dir', sourceDir, '--output', 'json', '--self-hosted'], {
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'inherit'],
  });
} catch (error) {
  // web-ext exits non-zero when it finds errors; the JSON report is still on stdout.
  output = error.stdout;
}
const report = JSON.parse(output.slice(output.indexOf('{')));

function flaggedCode(message) {
  if (!message.file || !message.line) return '';
  const line = readFileSync(path.join(sourceDir, message.file), 'utf8').split('\n')[message.line - 1] ?? '';
  const column = message.column ?? 0;
  return line.slice(Math.max(0, column - 200), column + 200);
}

const isAllowed = (message) => {
  const code = flaggedCode(message);
  return allowlist.some(
    (entry) => entry.code === message.code && entry.mustContain.every((snippet) => code.includes(snippet)),
  );
};

const errors = report.errors ?? [];
const allWarnings = report.warnings ?? [];
const warnings = allWarnings.filter((message) => !isAllowed(message));
for (const message of [...errors, ...warnings]) {
  console.log(
    `${message._type}: ${message.code} ${message.file ?? ''} — ${message.message} ${message.description ?? ''}`,
  );
}
console.log(
  `web-ext lint: ${errors.length} errors, ${warnings.length} warnings outside the allowlist, ` +
    `${allWarnings.length - warnings.length} allowlisted warnings, ${(report.notices ?? []).length} notices`,
);
if (errors.length > 0 || warnings.length > 0) process.exit(1);
