import type { Crm } from '../schemas/common';

/** Product names as managers know them (proper nouns: not translated). */
export const crmLabels: Record<Crm, string> = {
  salesforce: 'Salesforce',
  hubspot: 'HubSpot',
  pipedrive: 'Pipedrive',
  dynamics: 'Dynamics 365',
  zoho: 'Zoho CRM',
};
