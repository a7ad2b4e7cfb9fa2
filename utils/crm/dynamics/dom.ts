import { cleanText, findLabelledField, readRecordPage, wantedLabels, type WantedLabel } from '../dom-helpers';
import type { PageScope } from '../page-scope';
import type { PageRead, PageRef } from '../types';
import { dynamicsLabels } from './labels';

/**
 * Every selector the Dynamics 365 reader uses, from Microsoft's own UI-test library EasyRepro
 * (`AppElementReference.cs`: Entity_HeaderTitle, Entity_Header_LookupFieldContainer,
 * Entity_LookupFieldExistingValue, Entity_TextFieldContainer) and the fixtures in
 * tests/fixtures/crm/dynamics/. Unified Interface renders forms in the top document and names
 * every field by its logical name in `data-id`, whatever the UI language. The form API (`Xrm`)
 * would be sturdier but lives in the page world, so the DOM is read.
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
  /** A field's section item, for the label fallback. */
  fieldLabel: '[data-id$="-FieldSectionItemContainer"] label',
  fieldContainer: '[data-id$="-FieldSectionItemContainer"]',
  selectedTag: '[data-id$="_selected_tag_text"]',
} as const;

/** The account lookups: a contact's company, an opportunity's account or customer, a lead's existing account. */
const accountFields = ['parentaccountid', 'customerid', 'parentcustomerid'] as const;
const ownerLabels = wantedLabels(dynamicsLabels.owner);
const accountLabels = wantedLabels(dynamicsLabels.account);

/** A value element's text; a `title` attribute wins, as UCI truncates long names on screen. */
function valueOf(el: Element): string | undefined {
  return (
    cleanText(el.getAttribute('title')) ??
    cleanText(el.tagName === 'INPUT' ? (el as HTMLInputElement).value : null) ??
    cleanText(el.textContent)
  );
}

/** The first of `selectors` that finds a visible value, with the rule naming it. */
function byDataId(
  scope: PageScope,
  selectors: readonly { selector: string; rule: string }[],
): { value: string; rule: string } | undefined {
  for (const { selector, rule } of selectors) {
    const hit = scope.find(selector, valueOf);
    if (hit) return { value: hit.value, rule };
  }
  return undefined;
}

function lookupHooks(field: string): { selector: string; rule: string }[] {
  const [header, body] = dynamicsSelectors.lookupText(field);
  return [
    { selector: header!, rule: `Dynamics data-id header_${field}.fieldControl-Lookup_${field}` },
    { selector: body!, rule: `Dynamics data-id ${field}.fieldControl-Lookup_${field}` },
  ];
}

/** A lookup found by its label's text, any UI language: the selected record in the same section item. */
function byLabel(scope: PageScope, labels: readonly WantedLabel[]): { value: string; rule: string } | undefined {
  const s = dynamicsSelectors;
  const found = findLabelledField(scope, s.fieldLabel, labels, (label) => {
    const container = label.closest(s.fieldContainer);
    return container?.querySelector(s.selectedTag) ?? null;
  });
  const value = found && valueOf(found.field);
  return found && value ? { value, rule: found.rule } : undefined;
}

/**
 * Reads a Dynamics 365 (Unified Interface) form: record name and owner name from the header or
 * body, and the account lookup on opportunity, contact and lead forms (a lead without one: its
 * company name). Lookups show names only, so no owner or account id. On a user's form, the user's
 * name. Multi-session apps keep other sessions in the DOM: only visible elements are read.
 */
export function readPage(doc: Document, ref: PageRef): PageRead {
  const s = dynamicsSelectors;
  const nameRules = [{ selector: s.title, rule: 'Dynamics data-id header_title', read: valueOf }];
  return readRecordPage(doc, ref, nameRules, (scope, sheet, kind) => {
    const owner = sheet.has('ownerName')
      ? undefined
      : (byDataId(scope, lookupHooks('ownerid')) ?? byLabel(scope, ownerLabels));
    if (owner) sheet.set('ownerName', owner.value, owner.rule);
    if (kind === 'account' || sheet.has('accountName')) return;
    const account =
      byDataId(scope, accountFields.flatMap(lookupHooks)) ??
      (kind === 'lead'
        ? byDataId(scope, [{ selector: s.textInput('companyname'), rule: 'Dynamics data-id companyname text box' }])
        : undefined) ??
      byLabel(scope, accountLabels);
    if (account) sheet.set('accountName', account.value, account.rule);
  });
}
