/**
 * The CRM hosts CoachLens runs on, as match patterns: the manifest's host permissions, the content
 * script's matches and the panel's web-accessible origins all come from this one list.
 *
 * Chrome match patterns allow a wildcard only as a whole leading label, so `app-*.hubspot.com`
 * cannot be said: `*.hubspot.com` is matched here and each adapter filters hosts in code
 * (`www.hubspot.com` is never a CRM page).
 */
export const crmHostPatterns = [
  // Salesforce Lightning (My Domain, sandboxes, Developer Edition) and Classic instance hosts.
  'https://*.lightning.force.com/*',
  'https://*.salesforce.com/*',
  // Setup pages on enhanced My Domain orgs (`X.my.salesforce-setup.com`).
  'https://*.salesforce-setup.com/*',
  'https://*.hubspot.com/*',
  'https://*.pipedrive.com/*',
  // Dynamics 365: every regional crmN host; then US Government and China clouds.
  'https://*.dynamics.com/*',
  'https://*.crm.microsoftdynamics.us/*',
  'https://*.crm.dynamics.cn/*',
  // Zoho CRM, one host per data centre (never *.zoho.com: that is every Zoho app).
  'https://crm.zoho.com/*',
  'https://crm.zoho.eu/*',
  'https://crm.zoho.in/*',
  'https://crm.zoho.com.au/*',
  'https://crm.zoho.jp/*',
  'https://crm.zoho.com.cn/*',
  'https://crm.zoho.sa/*',
  'https://crm.zohocloud.ca/*',
] as const;
