import { cleanText, composedText, FactSheet, readLabelledLink, refOfHref, wantedLabels } from '../dom-helpers';
import { PageScope } from '../page-scope';
import type { PageKind, PageRead, PageRef } from '../types';
import { zohoLabels } from './labels';
import { parseUrl } from './urls';

/**
 * Every selector the Zoho CRM reader uses. Zoho generates its ids and class names and no public
 * code reads its record DOM, so the shape is inferred: the record header's `h1`, the account and
 * a linked owner by their link targets (`/tab/Accounts/<id>`, `/settings/users/<id>`), and fields
 * by label text when there is no link. docs/crm-pages.md. Check against a live org.
 */
export const zohoSelectors = {
  title: 'main h1, h1',
  fieldLabel: 'dt, th, label, [class*="label" i]',
  userLink: 'a[href*="/settings/users/"]',
  accountLink: 'a[href*="/tab/Accounts/"]',
} as const;

const APP_BASE = 'https://crm.zoho.com';

function idOfKind(kind: PageKind): (href: string) => string | undefined {
  return (href) => {
    const ref = refOfHref(href, APP_BASE, parseUrl);
    return ref?.kind === kind ? (ref.id ?? undefined) : undefined;
  };
}

/**
 * Reads a Zoho CRM record page: record name, owner name and owner user id (where the owner links
 * to the user's settings page), and the account on deal, contact and lead pages. On a user's
 * page, the user's name.
 */
export function readPage(doc: Document, ref: PageRef): PageRead {
  const s = zohoSelectors;
  const scope = new PageScope(doc);
  const sheet = new FactSheet();
  if (ref.kind === null) return sheet.done(scope);
  const title = scope.find(s.title, (el) => cleanText(composedText(el)));
  sheet.set('recordName', title?.value, 'Zoho page heading (h1)');
  if (ref.kind === 'user') return sheet.done(scope);

  readLabelledLink(
    sheet,
    scope,
    { name: 'ownerName', id: 'ownerUserId' },
    { labelSelector: s.fieldLabel, labels: wantedLabels(zohoLabels.recordOwner, zohoLabels.owner) },
    { selector: s.userLink, rule: 'Zoho link to a user (/settings/users/<id>)', idOf: idOfKind('user') },
  );
  if (ref.kind !== 'account') {
    readLabelledLink(
      sheet,
      scope,
      { name: 'accountName', id: 'accountId' },
      { labelSelector: s.fieldLabel, labels: wantedLabels(zohoLabels.account) },
      { selector: s.accountLink, rule: 'Zoho link to an account (/tab/Accounts/<id>)', idOf: idOfKind('account') },
    );
  }
  return sheet.done(scope);
}
