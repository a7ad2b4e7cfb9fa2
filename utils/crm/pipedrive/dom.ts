import { linkedIdOf, readLabelledLink, readRecordPage, wantedLabels } from '../dom-helpers';
import type { PageKind, PageRead, PageRef } from '../types';
import { pipedriveLabels } from './labels';
import { parseUrl } from './urls';

/**
 * Every selector the Pipedrive reader uses. No public code reads Pipedrive's record DOM, so the
 * shape is inferred: the detail view's `h1`, and the owner and organization by their link targets
 * (`/users/details/<id>`, `/organization/<id>`, the CRM's documented URLs), by label text only when
 * there is no link. docs/crm-pages.md. Check against a live company.
 */
export const pipedriveSelectors = {
  title: 'main h1, h1',
  fieldLabel: 'dt, th, label, [class*="label" i]',
  userLink: 'a[href*="/users/details/"]',
  organizationLink: 'a[href*="/organization/"]',
} as const;

const APP_BASE = 'https://app.pipedrive.com';

const idOfKind = (kind: PageKind) => linkedIdOf(kind, APP_BASE, parseUrl);

/**
 * Reads a Pipedrive detail view: record name, owner name and owner user id, and the organization
 * on deal, person and lead pages. On a user's page, the user's name.
 */
export function readPage(doc: Document, ref: PageRef): PageRead {
  const s = pipedriveSelectors;
  return readRecordPage(
    doc,
    ref,
    [{ selector: s.title, rule: 'Pipedrive page heading (h1)' }],
    (scope, sheet, kind) => {
      readLabelledLink(
        sheet,
        scope,
        { name: 'ownerName', id: 'ownerUserId' },
        { labelSelector: s.fieldLabel, labels: wantedLabels(pipedriveLabels.owner) },
        { selector: s.userLink, rule: 'Pipedrive link to a user (/users/details/<id>)', idOf: idOfKind('user') },
      );
      if (kind !== 'account') {
        readLabelledLink(
          sheet,
          scope,
          { name: 'accountName', id: 'accountId' },
          { labelSelector: s.fieldLabel, labels: wantedLabels(pipedriveLabels.organization) },
          {
            selector: s.organizationLink,
            rule: 'Pipedrive link to an organization (/organization/<id>)',
            idOf: idOfKind('account'),
          },
        );
      }
    },
  );
}
