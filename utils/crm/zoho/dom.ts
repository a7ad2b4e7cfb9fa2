import { linkedIdOf, readLabelledLink, readRecordPage, wantedLabels } from '../dom-helpers';
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

const idOfKind = (kind: PageKind) => linkedIdOf(kind, APP_BASE, parseUrl);

/**
 * Reads a Zoho CRM record page: record name, owner name and owner user id (where the owner links
 * to the user's settings page), and the account on deal, contact and lead pages. On a user's
 * page, the user's name.
 */
export function readPage(doc: Document, ref: PageRef): PageRead {
  const s = zohoSelectors;
  return readRecordPage(doc, ref, [{ selector: s.title, rule: 'Zoho page heading (h1)' }], (scope, sheet, kind) => {
    readLabelledLink(
      sheet,
      scope,
      { name: 'ownerName', id: 'ownerUserId' },
      { labelSelector: s.fieldLabel, labels: wantedLabels(zohoLabels.recordOwner, zohoLabels.owner) },
      { selector: s.userLink, rule: 'Zoho link to a user (/settings/users/<id>)', idOf: idOfKind('user') },
    );
    if (kind !== 'account') {
      readLabelledLink(
        sheet,
        scope,
        { name: 'accountName', id: 'accountId' },
        { labelSelector: s.fieldLabel, labels: wantedLabels(zohoLabels.account) },
        { selector: s.accountLink, rule: 'Zoho link to an account (/tab/Accounts/<id>)', idOf: idOfKind('account') },
      );
    }
  });
}
