import {
  cleanText,
  compactFacts,
  findLabelledValue,
  firstVisibleText,
  readFieldValue,
  refOfHref,
  visibleElements,
} from '../dom-helpers';
import type { PageFacts, PageKind, PageRef } from '../types';
import { parseUrl } from './urls';

/**
 * Every selector the Salesforce reader uses. Shapes: docs/crm-pages.md, Salesforce (public UI tests of Lightning
 * record pages, public content scripts, Classic `table.detailList`), checked 2026-11 against the
 * fixtures in tests/fixtures/crm/salesforce/.
 */
export const salesforceSelectors = {
  /** Lightning highlights panel; the console keeps one per open tab, hidden ones included. */
  highlights: 'records-highlights2',
  /** The record name inside a highlights panel, most specific first. */
  primaryField: [
    'slot[name="primaryField"] lightning-formatted-name',
    'slot[name="primaryField"] lightning-formatted-text',
    'slot[name="primaryField"]',
  ],
  /** Page-header title outside a highlights panel (user profile, some setup pages). */
  headerTitle: ['h1 .slds-page-header__title', 'h1.slds-page-header__title'],
  /** Compact-layout fields in the highlights panel: label, then value. */
  highlightLabel: 'records-highlights-details-item .slds-text-title',
  highlightItem: 'records-highlights-details-item',
  highlightValue: '.fieldComponent',
  /** Detail-tab fields of the record layout. */
  layoutLabel: 'records-record-layout-item .test-id__field-label',
  layoutItem: 'records-record-layout-item',
  layoutValue: '.test-id__field-value',
  /** Classic: the page header and `table.detailList` label cells. */
  classicTitle: ['h2.pageDescription'],
  classicLabel: 'table.detailList .labelCol',
} as const;

/** Owner field labels by page kind, the specific one first. Labels are those of English orgs. */
const ownerLabels: Readonly<Record<Exclude<PageKind, 'user'>, readonly string[]>> = {
  account: ['Account Owner', 'Owner'],
  contact: ['Contact Owner', 'Owner'],
  deal: ['Opportunity Owner', 'Owner'],
  lead: ['Lead Owner', 'Owner'],
};

/** The related account: a lookup on opportunities and contacts, plain text ('Company') on leads. */
const accountLabels = ['Account Name', 'Account', 'Company'] as const;

// Relative links (`/lightning/r/User/005…/view`, Classic `/005…`) stay on the page's org host.
const ORG_BASE = 'https://org.my.salesforce.com';

function linkRef(href: string): PageRef | null {
  return refOfHref(href, ORG_BASE, parseUrl);
}

const isUserLink = (href: string): boolean => linkRef(href)?.kind === 'user';
const isAccountLink = (href: string): boolean => linkRef(href)?.kind === 'account';

/** The visible highlights panel: in the console, the tab on screen. */
function visibleHighlights(doc: Document): Element | undefined {
  return visibleElements(doc, salesforceSelectors.highlights)[0];
}

function readRecordName(doc: Document): string | undefined {
  const highlights = visibleHighlights(doc);
  return (
    (highlights && firstVisibleText(highlights, salesforceSelectors.primaryField)) ??
    firstVisibleText(doc, salesforceSelectors.headerTitle) ??
    firstVisibleText(doc, salesforceSelectors.classicTitle)
  );
}

/** A field's value element, looked up by label in the highlights panel, the detail tab, then Classic. */
function fieldValue(doc: Document, labels: readonly string[]): Element | undefined {
  const s = salesforceSelectors;
  return (
    findLabelledValue(
      doc,
      s.highlightLabel,
      labels,
      (label) => label.closest(s.highlightItem)?.querySelector(s.highlightValue) ?? null,
    ) ??
    findLabelledValue(
      doc,
      s.layoutLabel,
      labels,
      (label) => label.closest(s.layoutItem)?.querySelector(s.layoutValue) ?? null,
    ) ??
    findLabelledValue(doc, s.classicLabel, labels, (label) => label.nextElementSibling)
  );
}

/**
 * Reads a Salesforce record page (Lightning or Classic): record name, owner name and owner user
 * id (from the owner lookup's link), and on deal, contact and lead pages the related account.
 * On user pages, the user's name.
 */
export function readPage(doc: Document, ref: PageRef): PageFacts {
  if (ref.kind === null) return {};
  const recordName = readRecordName(doc);
  if (ref.kind === 'user') return compactFacts({ recordName });

  const owner = readFieldValue(fieldValue(doc, ownerLabels[ref.kind]), isUserLink);
  const facts: PageFacts = {
    recordName,
    ownerName: owner.text,
    ownerUserId: owner.href ? (linkRef(owner.href)?.id ?? undefined) : undefined,
  };
  if (ref.kind !== 'account') {
    const account = readFieldValue(fieldValue(doc, accountLabels), isAccountLink);
    facts.accountName = cleanText(account.text);
    facts.accountId = account.href ? (linkRef(account.href)?.id ?? undefined) : undefined;
  }
  return compactFacts(facts);
}
