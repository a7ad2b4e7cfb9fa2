import {
  cleanText,
  composedText,
  FactSheet,
  findLabelledField,
  nextValueElement,
  refOfHref,
  wantedLabels,
} from '../dom-helpers';
import { PageScope } from '../page-scope';
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

function linkRef(href: string | null): PageRef | null {
  return refOfHref(href ?? undefined, APP_BASE, parseUrl);
}

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
  const scope = new PageScope(doc);
  const sheet = new FactSheet();
  if (ref.kind === null) return sheet.done(scope);
  const title = scope.find(s.title, (el) => cleanText(composedText(el)));
  sheet.set('recordName', title?.value, 'HubSpot data-selenium-test highlightTitle');
  if (!title) {
    const heading = scope.find(s.titleFallback, (el) => cleanText(composedText(el)));
    sheet.set('recordName', heading?.value, 'HubSpot page heading (h1)');
  }
  if (ref.kind === 'user') return sheet.done(scope);

  const owner = scope.find(s.ownerProperty, controlText);
  if (owner) sheet.set('ownerName', owner.value, 'HubSpot property hubspot_owner_id');
  else {
    const labelled = findLabelledField(scope, s.propertyLabel, ownerLabels, nextValueElement);
    if (labelled) sheet.set('ownerName', composedText(labelled.field), labelled.rule);
  }
  if (ref.kind !== 'account') {
    const company = scope.find(s.companyLink, (a) => {
      const linked = linkRef(a.getAttribute('href'));
      const name = cleanText(composedText(a));
      return linked?.kind === 'account' && linked.id && name ? { id: linked.id, name } : undefined;
    });
    const rule = 'HubSpot association link to a company record (object 0-2)';
    sheet.set('accountName', company?.value.name, rule);
    sheet.set('accountId', company?.value.id, rule);
  }
  return sheet.done(scope);
}
