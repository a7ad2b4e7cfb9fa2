import type { ComponentType } from 'react';

/**
 * Sections other engineers build in their own folders. Globbed rather than imported, so the
 * dashboard builds whether or not the file exists yet; a missing one shows a placeholder.
 */
const dataModules = import.meta.glob<{ DataSection?: ComponentType }>('./data/DataSection.tsx', { eager: true });
const crmSitesModules = import.meta.glob<{ CrmSitesSection?: ComponentType }>('./crm-sites/CrmSitesSection.tsx', {
  eager: true,
});

export const DataSection: ComponentType | undefined = Object.values(dataModules)[0]?.DataSection;
export const CrmSitesSection: ComponentType | undefined = Object.values(crmSitesModules)[0]?.CrmSitesSection;
