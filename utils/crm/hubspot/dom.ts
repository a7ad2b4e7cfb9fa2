import {
  cleanText,
  composedText,
  findLabelledField,
  linkedIdOf,
  nextValueElement,
  readRecordPage,
  shownText,
  wantedLabels,
} from '../dom-helpers';
import type { PageRead, PageRef } from '../types';
import { hubspotLabels } from './labels';
import { parseUrl } from './urls';

/**
 * Every selector the HubSpot reader uses. HubSpot's class names are hashed, so only its test
 * attributes, link targets and (last) label text are relied on: `data-selenium-test="highlightTitle"`
 * and `data-selenium-test="property-input-<internal name>"` as public content scripts read them;
 * the sidebars' `data-test-id` and the association cards are inferred. docs/crm-pages.md.
 */
export const hubspotSelectors = {
  /** The record name in the left sidebar's header; HubSpot keeps earlier panes in the DOM, hidden. */
  title: '[data-selenium-test="highlightTitle"]',
  titleFallback: '[data-test-id="left-sidebar"] h1, main h1',
  /** The owner property's control, named by the property's internal name in any UI language. */
  ownerProperty:
    '[data-selenium-test="property-input-hubspot_owner_id"], [data-test-id="property-input-hubspot_owner_id"]',
  /** Property labels in the "About" card. */
  propertyLabel: '[data-test-id="left-sidebar"] label, [data-test-id="left-sidebar"] dt',
  /** Association cards (the deal's or contact's company) in the right sidebar: links to company records. */
  companyLink:
    '[data-test-id="right-sidebar"] a[href*="/record/0-2/"], [data-test-id="right-sidebar"] a[href*="/company/"]',
} as const;

const ownerLabels = wantedLabels(hubspotLabels.recordOwner, hubspotLabels.owner);
const APP_BASE = 'https://app.hubspot.com';

const companyIdOf = linkedIdOf('account', APP_BASE, parseUrl);

/** The text a property control shows: an input's value, else its text. */
function controlText(el: Element): string | undefined {
  return cleanText(el.tagName === 'INPUT' ? (el as HTMLInputElement).value : composedText(el));
}

/**
 * Reads a HubSpot record page: record name and owner name (HubSpot shows owners as a name only,
 * never a link, so no owner id), and the associated company on deal, contact and lead pages.
 * On a user's settings page, the user's name.
 */
export function readPage(doc: Document, ref: PageRef): PageRead {
  const s = hubspotSelectors;
  const nameRules = [
    { selector: s.title, rule: 'HubSpot data-selenium-test highlightTitle' },
    { selector: s.titleFallback, rule: 'HubSpot page heading (h1)' },
  ];
  return readRecordPage(doc, ref, nameRules, (scope, sheet, kind) => {
    const owner = sheet.has('ownerName') ? undefined : scope.find(s.ownerProperty, controlText);
    if (owner) sheet.set('ownerName', owner.value, 'HubSpot property hubspot_owner_id');
    else if (!sheet.has('ownerName')) {
      const labelled = findLabelledField(scope, s.propertyLabel, ownerLabels, nextValueElement);
      if (labelled) sheet.set('ownerName', composedText(labelled.field), labelled.rule);
    }
    if (kind === 'account' || sheet.has('accountName')) return;
    const company = scope.find(s.companyLink, (a) => {
      const id = companyIdOf(a.getAttribute('href') ?? '');
      const name = shownText(a);
      return id && name ? { id, name } : undefined;
    });
    const rule = 'HubSpot link to a company record (object 0-2)';
    sheet.set('accountName', company?.value.name, rule);
    sheet.set('accountId', company?.value.id, rule);
  });
}
