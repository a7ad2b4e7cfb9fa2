import type { z } from '../schemas/zod';
import { type FieldIssue, ValidationError } from './errors';

type Issue = z.core.$ZodIssue;
type RawIssue = z.core.$ZodRawIssue;

const typeWords: Record<string, string> = {
  string: 'must be text',
  number: 'must be a number',
  int: 'must be a whole number',
  boolean: 'must be true or false',
  array: 'must be a list',
  tuple: 'must be a list',
  object: 'must be a group of fields',
  record: 'must be a group of fields',
};

function bound(value: number | bigint, inclusive: boolean | undefined, atLeast: boolean): string {
  if (inclusive === false) return `${atLeast ? 'more' : 'less'} than ${value}`;
  return `${atLeast ? 'at least' : 'at most'} ${value}`;
}

/**
 * Plain words for zod's generic issues. The schemas' own messages ("must be at least 1 minute")
 * take precedence over this map; it only fills in where a schema said nothing.
 */
function plainMessage(issue: RawIssue): string | undefined {
  switch (issue.code) {
    case 'invalid_type':
      if (issue.input === undefined) return 'is required';
      return typeWords[issue.expected] ?? `must be ${issue.expected}`;
    case 'too_small':
      if (issue.origin === 'string') {
        return Number(issue.minimum) <= 1
          ? 'is required'
          : `must be ${bound(issue.minimum, issue.inclusive, true)} characters`;
      }
      if (issue.origin === 'array' || issue.origin === 'set') {
        return `must have ${bound(issue.minimum, issue.inclusive, true)} items`;
      }
      return `must be ${bound(issue.minimum, issue.inclusive, true)}`;
    case 'too_big':
      if (issue.origin === 'string') return `must be ${bound(issue.maximum, issue.inclusive, false)} characters`;
      if (issue.origin === 'array' || issue.origin === 'set') {
        return `must have ${bound(issue.maximum, issue.inclusive, false)} items`;
      }
      return `must be ${bound(issue.maximum, issue.inclusive, false)}`;
    case 'invalid_value':
      return `must be one of: ${issue.values.map(String).join(', ')}`;
    case 'invalid_format':
      return `is not a valid ${issue.format}`;
    case 'invalid_key':
      return 'has a key that is not allowed';
    default:
      return undefined;
  }
}

/** `ratings[0].skillId`, `answers.objective`, `answers["Not an id"]`. */
export function fieldName(path: readonly PropertyKey[]): string {
  if (path.length === 0) return 'input';
  return path
    .map((segment, index) => {
      if (typeof segment === 'number') return `[${segment}]`;
      const key = String(segment);
      if (/^[A-Za-z_$][\w$-]*$/.test(key)) return index === 0 ? key : `.${key}`;
      return `[${JSON.stringify(key)}]`;
    })
    .join('');
}

function toFieldIssues(issues: readonly Issue[]): FieldIssue[] {
  return issues.map((issue) => {
    const field = fieldName(issue.path);
    // A record key that fails its own schema: the key schema's message says why ("must be a prompt id").
    if (issue.code === 'invalid_key' && issue.issues[0] !== undefined) {
      return { field, message: `is not an allowed key: ${issue.issues[0].message}` };
    }
    return { field, message: issue.message };
  });
}

/** Parses with the schema or throws a `ValidationError` whose message names each field in plain words. */
export function parseRow<S extends z.ZodType>(schema: S, input: unknown, context: string): z.output<S> {
  const result = schema.safeParse(input, { error: plainMessage });
  if (!result.success) throw new ValidationError(context, toFieldIssues(result.error.issues));
  return result.data;
}

export type PlainObject = Record<string, unknown>;

/** The input of an add or update must be an object; anything else is a validation error, not a crash. */
export function asObject(input: unknown, context: string): PlainObject {
  if (typeof input !== 'object' || input === null || Array.isArray(input)) {
    throw new ValidationError(context, [{ field: 'input', message: 'must be a group of fields' }]);
  }
  return input as PlainObject;
}

/**
 * A patch over a stored row. `null` or `undefined` clears an optional field (JSON, and so the
 * message protocol, cannot carry `undefined`), and fields the caller may not change are kept.
 */
export function applyPatch<T extends object>(
  row: T,
  patch: unknown,
  context: string,
  locked: readonly string[],
): PlainObject {
  const changes = asObject(patch, context);
  const merged: PlainObject = { ...(row as PlainObject) };
  for (const [key, value] of Object.entries(changes)) {
    if (locked.includes(key)) continue;
    if (value === null || value === undefined) delete merged[key];
    else merged[key] = value;
  }
  return merged;
}

/** IndexedDB stores a property set to `undefined`; rows keep only the fields they have. */
export function withoutUndefined<T extends object>(row: T): T {
  const copy = { ...row };
  for (const key of Object.keys(copy) as (keyof T)[]) {
    if (copy[key] === undefined) delete copy[key];
  }
  return copy;
}
