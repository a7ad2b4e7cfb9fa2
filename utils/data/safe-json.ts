import { ImportFileError } from './import-errors';

/** Keys that could reach an object's prototype when a parsed object is spread or merged. */
export const forbiddenKeys: ReadonlySet<string> = new Set(['__proto__', 'constructor', 'prototype']);

/** A backup nests 6 levels deep (file → tables → table → row → list → item); anything far deeper is not ours. */
export const maxJsonDepth = 32;

const backupFix = 'Use the backup file exactly as CoachLens saved it.';

function lineAndColumn(text: string, position: number): string {
  let line = 1;
  let lineStart = 0;
  for (let index = 0; index < position && index < text.length; index += 1) {
    if (text.charCodeAt(index) === 10) {
      line += 1;
      lineStart = index + 1;
    }
  }
  return `line ${line}, column ${position - lineStart + 1}`;
}

/** `tables.reps[3].crmLinks` */
function pathText(path: readonly (string | number)[]): string {
  return path
    .map((segment, index) =>
      typeof segment === 'number'
        ? `[${segment}]`
        : /^[A-Za-z_$][\w$]*$/.test(segment)
          ? `${index === 0 ? '' : '.'}${segment}`
          : `[${JSON.stringify(segment)}]`,
    )
    .join('');
}

/**
 * Checks the whole parsed value without recursion (a hostile file cannot overflow the stack):
 * no `__proto__`-style keys anywhere, and no nesting deeper than `maxJsonDepth`.
 */
export function assertSafeJsonValue(value: unknown, fileName: string): void {
  const stack: { value: unknown; path: (string | number)[] }[] = [{ value, path: [] }];
  while (stack.length > 0) {
    const { value: node, path } = stack.pop()!;
    if (typeof node !== 'object' || node === null) continue;
    if (path.length >= maxJsonDepth) {
      throw new ImportFileError([
        {
          where: `${fileName}, at ${pathText(path.slice(0, 6))}…`,
          what: `nests lists and groups more than ${maxJsonDepth} levels deep`,
          fix: backupFix,
        },
      ]);
    }
    if (Array.isArray(node)) {
      for (let index = node.length - 1; index >= 0; index -= 1) {
        const item: unknown = node[index];
        if (typeof item === 'object' && item !== null) stack.push({ value: item, path: [...path, index] });
      }
      continue;
    }
    for (const key of Object.keys(node)) {
      if (forbiddenKeys.has(key)) {
        throw new ImportFileError([
          {
            where: `${fileName}, at ${pathText([...path, key]) || key}`,
            what: `has a field named "${key}", which CoachLens never writes and refuses for safety`,
            fix: `Remove the "${key}" field, or use the backup file exactly as CoachLens saved it.`,
          },
        ]);
      }
      const child = (node as Record<string, unknown>)[key];
      if (typeof child === 'object' && child !== null) stack.push({ value: child, path: [...path, key] });
    }
  }
}

/**
 * Where `JSON.parse` stopped: V8 says "at position N", or for an unexpected token quotes the text
 * around it ("Unexpected token 'c', ..."format": coachlens"... is not valid JSON"); -1 when unknown.
 */
function errorPosition(detail: string, body: string): number {
  const position = /position (\d+)/.exec(detail);
  if (position) return Number(position[1]);
  const token = /Unexpected token '(.+?)', (?:\.\.\.)?"([\s\S]*?)"(?:\.\.\.)? is not valid JSON/.exec(detail);
  if (!token) return -1;
  const [, character = '', snippet = ''] = token;
  const at = body.indexOf(snippet);
  return at < 0 ? -1 : at + Math.max(0, snippet.indexOf(character));
}

/** `JSON.parse` with messages that say where the file breaks, followed by `assertSafeJsonValue`. */
export function parseSafeJson(text: string, fileName: string): unknown {
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  let value: unknown;
  try {
    value = JSON.parse(body);
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    const position = errorPosition(detail, body);
    const unexpectedEnd = /end of (JSON )?(input|data)/i.test(detail) || position >= body.trimEnd().length;
    const what = unexpectedEnd
      ? 'ends in the middle of the data (the file is cut off or incomplete)'
      : position >= 0
        ? `is not valid JSON at ${lineAndColumn(body, position)}`
        : 'is not valid JSON';
    throw new ImportFileError([
      {
        where: fileName,
        what,
        fix: unexpectedEnd
          ? 'Download or copy the backup again; the copy you chose is incomplete.'
          : 'Use the backup file exactly as CoachLens saved it; if you edited it, undo the edit.',
      },
    ]);
  }
  assertSafeJsonValue(value, fileName);
  return value;
}
