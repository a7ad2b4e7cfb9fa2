/**
 * Every adapter's example URLs with the page each must (or must not) be: the tables the contract
 * test runs every adapter against. Kept out of the adapter objects so they are not bundled into
 * the content script.
 */
import { examples as dynamics } from './dynamics/urls';
import { examples as hubspot } from './hubspot/urls';
import { examples as pipedrive } from './pipedrive/urls';
import { examples as salesforce } from './salesforce/urls';
import type { AdapterExamples, CrmId } from './types';
import { examples as zoho } from './zoho/urls';

export const examplesByCrm: Readonly<Record<CrmId, AdapterExamples>> = {
  salesforce,
  hubspot,
  pipedrive,
  dynamics,
  zoho,
};
