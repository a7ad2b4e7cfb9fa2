import {
  cleanText,
  composedText,
  findLabelledField,
  readLink,
  readRecordPage,
  refOfHref,
  shownText,
  wantedLabels,
  type FactSheet,
  type FieldValue,
  type NameRule,
  type WantedLabel,
} from '../dom-helpers';
import type { PageScope } from '../page-scope';
import type { PageKind, PageRead, PageRef } from '../types';
import { salesforceLabels as labels } from './labels';
import { parseUrl } from './urls';

/**
 * Every selector the Salesforce reader uses. Shapes: Salesforce's UTAM page objects (npm
 * `salesforce-pageobjects`: records-highlights2, records-record-layout-item,
 * records-record-layout-lookup, records-highlights-details-item, force-owner-lookup, force-lookup)
 * say which parts sit in the light DOM and which in each shadow root; the layout item's API-name
 * attribute and Classic's `table.detailList` come from public tools and content scripts. How each
 * fact is read, and what is inferred: docs/crm-pages.md.
 */
export const salesforceSelectors = {
  /** Lightning highlights panel; the console keeps one per open tab, hidden ones included. */
  highlights: 'records-highlights2',
  /** Its record name: a light child with `slot="primaryField"` (native), or inside the slot (synthetic). */
  primaryField: '[slot="primaryField"], slot[name="primaryField"]',
  /** A layout item named by its field's API name, in any UI language. */
  recordField: (apiName: string) => `[data-target-selection-name="${apiName}"]`,
  /** The owner lookup component (UTAM: a light child of records-record-layout-item). */
  ownerLookup: 'force-owner-lookup',
  /** Lookup components whose link names the related record by id. */
  lookup: 'force-lookup, records-record-layout-lookup',
  /** Page-header title outside a highlights panel (user profile, some setup pages). */
  headerTitle: 'h1 .slds-page-header__title, h1.slds-page-header__title',
  /** Labelled fields: layout items carry their label as an attribute; highlights items as text. */
  layoutItem: 'records-record-layout-item[field-label]',
  highlightLabel: '.slds-text-title',
  highlightItem: 'records-highlights-details-item',
  /** Where an item's value is shown: the slotted output (native), or the synthetic wrappers. */
  valueRegion: '[slot="outputField"], .test-id__field-value, .fieldComponent',
  /**
   * The components whose shadow roots lead to a record's fields, as the UTAM page objects record
   * them (global/recordHomeTemplateDesktop, flexipage, records/*, force/lookup, force/ownerLookup,
   * records/hoverableLink). Their roots are searched before any walk of the page.
   */
  knownHosts: [
    'one-record-home-flexipage2',
    '.forcegenerated-flexipage-module',
    'records-lwc-highlights-panel',
    'records-lwc-record-layout',
    '.forcegenerated-record-layout2',
    'records-lwc-detail-panel',
    'records-base-record-form',
    'records-record-layout-section',
    'records-record-layout-item',
    'records-record-layout-lookup',
    'records-highlights2',
    'records-highlights-details-item',
    'force-owner-lookup',
    'force-lookup',
    'records-hoverable-link',
  ].join(', '),
  /** Classic: the page header and `table.detailList` label cells. */
  classicTitle: 'h2.pageDescription',
  classicLabel: 'table.detailList .labelCol',
} as const;

/** The API name of the object each page kind shows. */
const objectOf: Readonly<Record<Exclude<PageKind, 'user'>, string>> = {
  account: 'Account',
  contact: 'Contact',
  deal: 'Opportunity',
  lead: 'Lead',
};

const ownerLabels: Readonly<Record<Exclude<PageKind, 'user'>, readonly WantedLabel[]>> = {
  account: wantedLabels(labels.accountOwner, labels.owner),
  contact: wantedLabels(labels.contactOwner, labels.owner),
  deal: wantedLabels(labels.opportunityOwner, labels.owner),
  lead: wantedLabels(labels.leadOwner, labels.owner),
};
const accountLabels = wantedLabels(labels.accountName);
const companyLabels = wantedLabels(labels.company);

// Relative links (`/lightning/r/User/005…/view`, Classic `/005…`) stay on the page's org host.
const ORG_BASE = 'https://org.my.salesforce.com';

function linkRef(href: string): PageRef | null {
  return refOfHref(href, ORG_BASE, parseUrl);
}
const isUserLink = (href: string): boolean => linkRef(href)?.kind === 'user';
const isAccountLink = (href: string): boolean => linkRef(href)?.kind === 'account';

/** The element of a shadow root's host, or of its closest ancestor matching `selector`. */
function itemOf(el: Element, selector: string): Element | null {
  const closest = el.closest(selector);
  if (closest) return closest;
  const host = (el.getRootNode() as Partial<ShadowRoot>).host;
  return host?.matches(selector) ? host : null;
}

/** The text a field item shows as its value (not its label), light or shadow. */
function valueText(item: Element): string | undefined {
  const s = salesforceSelectors;
  const region = item.querySelector(s.valueRegion) ?? item.shadowRoot?.querySelector(s.valueRegion);
  return cleanText(composedText(region ?? item));
}

/** A field item's value: the link `accept` takes, else its shown text. */
function fieldValue(item: Element, accept: (href: string) => boolean): FieldValue | undefined {
  const link = readLink(item, accept);
  if (link) return link;
  const text = valueText(item);
  return text ? { text } : undefined;
}

/** The record's name: the highlights panel's primary field, else a page header's title, else Classic's. */
const nameRules: readonly NameRule[] = [
  {
    selector: salesforceSelectors.highlights,
    rule: 'Salesforce highlights panel, primaryField slot',
    read: (highlights) => {
      const field = highlights.querySelector(salesforceSelectors.primaryField);
      return field ? shownText(field) : undefined;
    },
  },
  { selector: salesforceSelectors.headerTitle, rule: 'Salesforce page header title' },
  { selector: salesforceSelectors.classicTitle, rule: 'Salesforce Classic page description' },
];

/** A field found by its label (layout item attribute, highlights item, Classic cell), any UI language. */
function labelledField(
  scope: PageScope,
  wanted: readonly WantedLabel[],
  accept: (href: string) => boolean,
): { value: FieldValue; rule: string } | undefined {
  const s = salesforceSelectors;
  const found =
    findLabelledField(
      scope,
      s.layoutItem,
      wanted,
      (item) => item,
      (item) => item.getAttribute('field-label'),
    ) ??
    findLabelledField(scope, s.highlightLabel, wanted, (label) => itemOf(label, s.highlightItem)) ??
    findLabelledField(scope, s.classicLabel, wanted, (label) => label.nextElementSibling);
  if (!found) return undefined;
  const value = fieldValue(found.field, accept);
  return value ? { value, rule: found.rule } : undefined;
}

/**
 * A field that names a record (the owner: a user; the account): by the layout item's API name,
 * else by the lookup component linking to a record of that kind, else by its label.
 */
function readLinkedField(
  scope: PageScope,
  sheet: FactSheet,
  names: readonly ['ownerName', 'ownerUserId'] | readonly ['accountName', 'accountId'],
  hooks: { apiName: string; lookup: string; lookupRule: string },
  accept: (href: string) => boolean,
  labels: readonly WantedLabel[],
): void {
  const [name, id] = names;
  if (sheet.has(name)) return;
  const apiName = salesforceSelectors.recordField(hooks.apiName);
  const found =
    withRule(
      scope.find(apiName, (item) => fieldValue(item, accept)),
      `Salesforce layout item ${hooks.apiName}`,
    ) ??
    withRule(
      scope.find(hooks.lookup, (el) => readLink(el, accept)),
      hooks.lookupRule,
    ) ??
    labelledField(scope, labels, accept);
  if (!found) return;
  sheet.set(name, found.value.text, found.rule);
  sheet.set(id, found.value.href ? linkRef(found.value.href)?.id : undefined, found.rule);
}

/** A hit with the rule that found it. */
function withRule(
  hit: { value: FieldValue } | undefined,
  rule: string,
): { value: FieldValue; rule: string } | undefined {
  return hit && { value: hit.value, rule };
}

function readOwner(scope: PageScope, sheet: FactSheet, kind: Exclude<PageKind, 'user'>): void {
  const hooks = {
    apiName: `sfdc:RecordField.${objectOf[kind]}.OwnerId`,
    lookup: salesforceSelectors.ownerLookup,
    lookupRule: 'Salesforce force-owner-lookup linking to a user (005)',
  };
  readLinkedField(scope, sheet, ['ownerName', 'ownerUserId'], hooks, isUserLink, ownerLabels[kind]);
}

function readAccount(scope: PageScope, sheet: FactSheet, kind: 'contact' | 'deal' | 'lead'): void {
  if (kind === 'lead') {
    // A lead's company is text, not a lookup.
    if (sheet.has('accountName')) return;
    const apiName = 'sfdc:RecordField.Lead.Company';
    const company = scope.find(salesforceSelectors.recordField(apiName), valueText);
    const found = withRule(company && { value: { text: company.value } }, `Salesforce layout item ${apiName}`);
    const read = found ?? labelledField(scope, companyLabels, () => false);
    if (read) sheet.set('accountName', read.value.text, read.rule);
    return;
  }
  const hooks = {
    apiName: `sfdc:RecordField.${objectOf[kind]}.AccountId`,
    lookup: salesforceSelectors.lookup,
    lookupRule: 'Salesforce lookup linking to an account (001)',
  };
  readLinkedField(scope, sheet, ['accountName', 'accountId'], hooks, isAccountLink, accountLabels);
}

/**
 * Reads a Salesforce record page (Lightning in synthetic, native or mixed shadow DOM, the console,
 * or Classic) in any UI language: record name, owner name and owner user id, and on deal, contact
 * and lead pages the related account. On user pages, the user's name. Language-independent hooks
 * first (API names, component tags, record links by id prefix), labels last.
 */
export function readPage(doc: Document, ref: PageRef): PageRead {
  return readRecordPage(
    doc,
    ref,
    nameRules,
    (scope, sheet, kind) => {
      readOwner(scope, sheet, kind);
      if (kind !== 'account') readAccount(scope, sheet, kind);
    },
    salesforceSelectors.knownHosts,
  );
}
