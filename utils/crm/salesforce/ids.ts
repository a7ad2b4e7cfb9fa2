/**
 * Salesforce record ids. A 15-character id is case-sensitive; the 18-character form appends a
 * 3-character checksum of the letters' case, which makes it safe to compare case-insensitively.
 * CoachLens stores and compares the 18-character form only.
 * Algorithm: https://gammone.com/en/programming/how-to-convert-salesforce-id-from-15-to-18-chars
 */

const SUFFIX_ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ012345';
const ID_SHAPE = /^[a-zA-Z0-9]{15}(?:[a-zA-Z0-5]{3})?$/;

/** The 3-character case checksum of a 15-character id. */
export function salesforceIdSuffix(id15: string): string {
  let suffix = '';
  for (let chunk = 0; chunk < 3; chunk++) {
    let bits = 0;
    for (let i = 0; i < 5; i++) {
      const char = id15.charAt(chunk * 5 + i);
      if (char >= 'A' && char <= 'Z') bits |= 1 << i;
    }
    suffix += SUFFIX_ALPHABET.charAt(bits);
  }
  return suffix;
}

/**
 * The 18-character form of a 15- or 18-character id, or null when it is not one: wrong shape, or
 * an 18-character id whose checksum does not match its first 15 characters (a mangled id must
 * never be taken for another record).
 */
export function toSalesforceId18(raw: string): string | null {
  if (!ID_SHAPE.test(raw)) return null;
  const id15 = raw.slice(0, 15);
  const suffix = salesforceIdSuffix(id15);
  if (raw.length === 18 && raw.slice(15).toUpperCase() !== suffix) return null;
  return id15 + suffix;
}

/** Object key prefixes CoachLens cares about (the first three characters of an id). */
export const salesforceKeyPrefixes = {
  '001': 'account',
  '003': 'contact',
  '005': 'user',
  '006': 'deal',
  '00Q': 'lead',
} as const;

export type SalesforceKind = (typeof salesforceKeyPrefixes)[keyof typeof salesforceKeyPrefixes];

/** The kind of record an (already validated) id points to, by its key prefix; null for other objects. */
export function salesforceKindOf(id: string): SalesforceKind | null {
  const prefix = id.slice(0, 3);
  return prefix in salesforceKeyPrefixes ? salesforceKeyPrefixes[prefix as keyof typeof salesforceKeyPrefixes] : null;
}
