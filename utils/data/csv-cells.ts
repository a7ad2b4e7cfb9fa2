import { crmIds, type Crm } from '../schemas';

/**
 * Cells a spreadsheet would run as a formula start with one of these
 * (https://owasp.org/www-community/attacks/CSV_Injection).
 */
const formulaStart = /^'*[=+\-@\t\r]/;

/**
 * Prefixes a text cell that a spreadsheet would run as a formula with `'`, which spreadsheets show
 * as plain text. Text that already starts with quotes before such a character gets one more, so
 * `restoreCell` can always take exactly one away: the pair round-trips every string.
 */
export function neutraliseCell(text: string): string {
  return formulaStart.test(text) ? `'${text}` : text;
}

/** The inverse of `neutraliseCell`. */
export function restoreCell(text: string): string {
  return text.startsWith("'") && formulaStart.test(text.slice(1)) ? text.slice(1) : text;
}

/**
 * A number as people type it in a CSV: `95`, `95.5`, `95,5` (decimal comma), `95 %`, `1 200`.
 * Returns `undefined` for an empty cell and `NaN` for anything else.
 */
export function parseCsvNumber(text: string): number | undefined {
  const compact = text.replace(/[\s\u00a0%]/g, '');
  if (compact === '') return undefined;
  const decimalComma = /^-?\d+,\d+$/.test(compact) ? compact.replace(',', '.') : compact;
  if (!/^-?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?$/i.test(decimalComma)) return Number.NaN;
  return Number(decimalComma);
}

const truthy = new Set(['true', 'yes', 'y', '1', 'active', 'x']);
const falsy = new Set(['false', 'no', 'n', '0', 'inactive']);

/** `true`/`yes`/`1` and `false`/`no`/`0`, any case; `undefined` for an empty cell, `null` for anything else. */
export function parseCsvBoolean(text: string): boolean | undefined | null {
  const value = text.trim().toLowerCase();
  if (value === '') return undefined;
  if (truthy.has(value)) return true;
  if (falsy.has(value)) return false;
  return null;
}

/** CRM ids may hold spaces or `%`; those are %-escaped so links stay space-separated tokens. */
function encodeId(id: string): string {
  return id.replace(/[%\s]/gu, (character) => encodeURIComponent(character));
}

/** `salesforce:005000000000001 hubspot:42` */
export function formatCrmLinks(links: readonly { crm: Crm; id: string }[]): string {
  return links.map((link) => `${link.crm}:${encodeId(link.id)}`).join(' ');
}

/** The inverse of `formatCrmLinks`; throws a plain-words message on a token it cannot read. */
export function parseCrmLinks(text: string): { crm: Crm; id: string }[] {
  const tokens = text
    .trim()
    .split(/\s+/)
    .filter((token) => token !== '');
  return tokens.map((token) => {
    const colon = token.indexOf(':');
    const crm = token.slice(0, colon).toLowerCase();
    if (colon < 1 || !(crmIds as readonly string[]).includes(crm)) {
      throw new Error(`"${token}" is not a CRM link like salesforce:005…; the CRMs are ${crmIds.join(', ')}`);
    }
    let id: string;
    try {
      id = decodeURIComponent(token.slice(colon + 1));
    } catch {
      throw new Error(`"${token}" has a broken %-escape`);
    }
    return { crm: crm as Crm, id };
  });
}

/** Header names compared without case, spaces or punctuation: `E-mail Address` → `emailaddress`. */
export function headerKey(header: string): string {
  return header
    .normalize('NFKD')
    .toLowerCase()
    .replace(/[^a-z0-9]/g, '');
}
