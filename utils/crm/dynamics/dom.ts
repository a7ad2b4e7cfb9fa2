import { cleanText, compactFacts, visibleElements } from '../dom-helpers';
import type { PageFacts, PageRef } from '../types';

/**
 * Every selector the Dynamics 365 reader uses, from Microsoft's own UI-test library EasyRepro
 * (AppElementReference.cs, docs/crm-pages.md) and the fixtures in tests/fixtures/crm/dynamics/,
 * 2026-11. Unified Interface renders forms in the top document; the form API (`Xrm`) would be
 * sturdier but lives in the page world, so the DOM is read for now.
 */
export const dynamicsSelectors = {
  title: '[data-id="header_title"]',
  /** A lookup's selected value, in the header first, then in the form body. */
  lookupText: (field: string): string[] => [
    `[data-id="header_${field}.fieldControl-Lookup_${field}"] [data-id$="_selected_tag_text"]`,
    `[data-id="${field}.fieldControl-Lookup_${field}"] [data-id$="_selected_tag_text"]`,
  ],
  /** A plain text field's input (the lead's company name). */
  textInput: (field: string): string => `[data-id="${field}.fieldControl-text-box-text"]`,
} as const;

/** The account lookups: a contact's company, an opportunity's account or customer, a lead's existing account. */
const accountFields = ['parentcustomerid', 'parentaccountid', 'customerid'] as const;

/** Text of the first visible element; a `title` attribute wins, as UCI truncates long names on screen. */
function firstVisibleValue(doc: Document, selectors: readonly string[]): string | undefined {
  for (const selector of selectors) {
    for (const el of visibleElements(doc, selector)) {
      const value =
        cleanText(el.getAttribute('title')) ??
        cleanText(el.tagName === 'INPUT' ? (el as HTMLInputElement).value : null) ??
        cleanText(el.textContent);
      if (value) return value;
    }
  }
  return undefined;
}

/**
 * Reads a Dynamics 365 (Unified Interface) form: record name and owner name from the header, and
 * the account lookup on opportunity, contact and lead forms (a lead without one: its company
 * name). Lookups show names only, so no owner or account id. On a user's form, the user's name.
 * Multi-session apps keep other sessions in the DOM: only visible elements are read.
 */
export function readPage(doc: Document, ref: PageRef): PageFacts {
  if (ref.kind === null) return {};
  const s = dynamicsSelectors;
  const recordName = firstVisibleValue(doc, [s.title]);
  if (ref.kind === 'user') return compactFacts({ recordName });

  const facts: PageFacts = { recordName, ownerName: firstVisibleValue(doc, s.lookupText('ownerid')) };
  if (ref.kind !== 'account') {
    facts.accountName =
      firstVisibleValue(
        doc,
        accountFields.flatMap((field) => s.lookupText(field)),
      ) ?? (ref.kind === 'lead' ? firstVisibleValue(doc, [s.textInput('companyname')]) : undefined);
  }
  return compactFacts(facts);
}
