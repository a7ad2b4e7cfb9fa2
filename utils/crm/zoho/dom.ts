import {
  compactFacts,
  findLabelledValue,
  firstVisibleText,
  nextValueElement,
  readFieldValue,
  refOfHref,
} from '../dom-helpers';
import type { PageFacts, PageKind, PageRef } from '../types';
import { parseUrl } from './urls';

/**
 * Every selector the Zoho CRM reader uses. Zoho generates its ids and class names and no public
 * code reads its record DOM, so this is the inferred shape in docs/crm-pages.md (Zoho): the record header's
 * `h1`, and fields found by label text. Fixtures: tests/fixtures/crm/zoho/, 2026-11. Check
 * against a live org.
 */
export const zohoSelectors = {
  title: ['main h1', 'h1'],
  fieldLabel: 'dt, th, label, [class*="label" i]',
} as const;

const ownerLabels: Readonly<Record<Exclude<PageKind, 'user'>, readonly string[]>> = {
  account: ['Account Owner', 'Owner'],
  contact: ['Contact Owner', 'Owner'],
  deal: ['Deal Owner', 'Owner'],
  lead: ['Lead Owner', 'Owner'],
};

/** The related account: a lookup on deals and contacts, plain text ('Company') on leads. */
const accountLabels = ['Account Name', 'Company'] as const;

const APP_BASE = 'https://crm.zoho.com';

function linkRef(href: string): PageRef | null {
  return refOfHref(href, APP_BASE, parseUrl);
}

function linkedId(href: string | undefined): string | undefined {
  return href ? (linkRef(href)?.id ?? undefined) : undefined;
}

/**
 * Reads a Zoho CRM record page: record name, owner name and owner user id (where the owner links
 * to the user's settings page), and the account on deal, contact and lead pages. On a user's
 * page, the user's name.
 */
export function readPage(doc: Document, ref: PageRef): PageFacts {
  if (ref.kind === null) return {};
  const recordName = firstVisibleText(doc, zohoSelectors.title);
  if (ref.kind === 'user') return compactFacts({ recordName });

  const owner = readFieldValue(
    findLabelledValue(doc, zohoSelectors.fieldLabel, ownerLabels[ref.kind], nextValueElement),
    (href) => linkRef(href)?.kind === 'user',
  );
  const facts: PageFacts = { recordName, ownerName: owner.text, ownerUserId: linkedId(owner.href) };
  if (ref.kind !== 'account') {
    const account = readFieldValue(
      findLabelledValue(doc, zohoSelectors.fieldLabel, accountLabels, nextValueElement),
      (href) => linkRef(href)?.kind === 'account',
    );
    facts.accountName = account.text;
    facts.accountId = linkedId(account.href);
  }
  return compactFacts(facts);
}
