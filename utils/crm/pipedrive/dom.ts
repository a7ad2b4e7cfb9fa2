import {
  compactFacts,
  findLabelledValue,
  firstVisibleText,
  nextValueElement,
  readFieldValue,
  refOfHref,
} from '../dom-helpers';
import type { PageFacts, PageRef } from '../types';
import { parseUrl } from './urls';

/**
 * Every selector the Pipedrive reader uses. No public code reads Pipedrive's record DOM, so this
 * is the inferred shape in docs/crm-pages.md (Pipedrive): the detail view's `h1`, and fields found by label text
 * in the sidebar. Fixtures: tests/fixtures/crm/pipedrive/, 2026-11. Check against a live company.
 */
export const pipedriveSelectors = {
  title: ['main h1', 'h1'],
  fieldLabel: 'dt, th, label, [class*="label" i]',
} as const;

const ownerLabels = ['Owner'] as const;
const accountLabels = ['Organization', 'Organization name'] as const;

const APP_BASE = 'https://app.pipedrive.com';

function linkRef(href: string): PageRef | null {
  return refOfHref(href, APP_BASE, parseUrl);
}

function linkedId(href: string | undefined): string | undefined {
  return href ? (linkRef(href)?.id ?? undefined) : undefined;
}

/**
 * Reads a Pipedrive detail view: record name, owner name and owner user id (the owner links to
 * `/users/details/<id>` where it is a link), and the organization on deal, person and lead pages.
 * On a user's page, the user's name.
 */
export function readPage(doc: Document, ref: PageRef): PageFacts {
  if (ref.kind === null) return {};
  const recordName = firstVisibleText(doc, pipedriveSelectors.title);
  if (ref.kind === 'user') return compactFacts({ recordName });

  const owner = readFieldValue(
    findLabelledValue(doc, pipedriveSelectors.fieldLabel, ownerLabels, nextValueElement),
    (href) => linkRef(href)?.kind === 'user',
  );
  const facts: PageFacts = { recordName, ownerName: owner.text, ownerUserId: linkedId(owner.href) };
  if (ref.kind !== 'account') {
    const account = readFieldValue(
      findLabelledValue(doc, pipedriveSelectors.fieldLabel, accountLabels, nextValueElement),
      (href) => linkRef(href)?.kind === 'account',
    );
    facts.accountName = account.text;
    facts.accountId = linkedId(account.href);
  }
  return compactFacts(facts);
}
