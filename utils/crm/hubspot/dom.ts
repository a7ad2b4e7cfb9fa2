import {
  cleanText,
  compactFacts,
  findLabelledValue,
  firstVisibleText,
  nextValueElement,
  readFieldValue,
  refOfHref,
  visibleElements,
} from '../dom-helpers';
import type { PageFacts, PageKind, PageRef } from '../types';
import { parseUrl } from './urls';

/**
 * Every selector the HubSpot reader uses. HubSpot's class names are hashed, so only its test
 * attributes and label text are relied on. Shapes: docs/crm-pages.md, HubSpot (`highlightTitle` from a public
 * content script; the left sidebar and owner labels are inferred), fixtures in
 * tests/fixtures/crm/hubspot/, 2026-11.
 */
export const hubspotSelectors = {
  /** The record name in the left sidebar's header; HubSpot keeps earlier panes in the DOM, hidden. */
  title: ['[data-selenium-test="highlightTitle"]', '[data-test-id="left-sidebar"] h1', 'main h1', 'h1'],
  /** Property labels in the "About" card. */
  propertyLabel: '[data-test-id="left-sidebar"] label, [data-test-id="left-sidebar"] dt',
  /** Association cards (the deal's or contact's company) in the right sidebar. */
  associationLink: '[data-test-id="right-sidebar"] a[href]',
} as const;

const ownerLabels: Readonly<Record<Exclude<PageKind, 'user'>, readonly string[]>> = {
  account: ['Company owner', 'Owner'],
  contact: ['Contact owner', 'Owner'],
  deal: ['Deal owner', 'Owner'],
  lead: ['Lead owner', 'Owner'],
};

const APP_BASE = 'https://app.hubspot.com';

function linkRef(href: string | null): PageRef | null {
  return refOfHref(href ?? undefined, APP_BASE, parseUrl);
}

/** The first visible company association link: the account of a deal, contact or lead. */
function readAccount(doc: Document): Pick<PageFacts, 'accountName' | 'accountId'> {
  for (const link of visibleElements(doc, hubspotSelectors.associationLink)) {
    const ref = linkRef(link.getAttribute('href'));
    if (ref?.kind !== 'account' || !ref.id) continue;
    return { accountName: cleanText(link.textContent), accountId: ref.id };
  }
  return {};
}

/**
 * Reads a HubSpot record page: record name and owner name (HubSpot shows owners as a name only,
 * never a link, so no owner id), and the associated company on deal, contact and lead pages.
 * On a user's settings page, the user's name.
 */
export function readPage(doc: Document, ref: PageRef): PageFacts {
  if (ref.kind === null) return {};
  const recordName = firstVisibleText(doc, hubspotSelectors.title);
  if (ref.kind === 'user') return compactFacts({ recordName });

  const ownerValue = findLabelledValue(doc, hubspotSelectors.propertyLabel, ownerLabels[ref.kind], nextValueElement);
  const facts: PageFacts = { recordName, ownerName: readFieldValue(ownerValue, () => false).text };
  return compactFacts(ref.kind === 'account' ? facts : { ...facts, ...readAccount(doc) });
}
