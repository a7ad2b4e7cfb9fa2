import { labelsByLanguage, uiLanguages } from './dom-helpers';
import { dynamicsLabels } from './dynamics/labels';
import { hubspotLabels } from './hubspot/labels';
import { pipedriveLabels } from './pipedrive/labels';
import { salesforceLabels } from './salesforce/labels';
import { zohoLabels } from './zoho/labels';

const tables = {
  salesforce: salesforceLabels,
  hubspot: hubspotLabels,
  pipedrive: pipedriveLabels,
  dynamics: dynamicsLabels,
  zoho: zohoLabels,
};

describe('label tables', () => {
  it.each(Object.entries(tables))('%s: every table words every field in all eight UI languages', (_crm, fields) => {
    for (const [field, table] of Object.entries(fields)) {
      expect(table.split('|'), field).toHaveLength(uiLanguages.length);
      const byLanguage = labelsByLanguage(table);
      for (const lang of uiLanguages) {
        expect(byLanguage[lang].length, `${field} ${lang}`).toBeGreaterThan(0);
        for (const text of byLanguage[lang]) expect(text.trim(), `${field} ${lang}`).toBe(text);
      }
    }
  });

  it('words Salesforce’s German fields as Salesforce does', () => {
    const de = (table: string) => labelsByLanguage(table).de;
    expect(de(salesforceLabels.opportunityOwner)).toContain('Opportunity-Inhaber');
    expect(de(salesforceLabels.accountOwner)).toContain('Accountinhaber');
    expect(de(salesforceLabels.accountName)).toContain('Accountname');
  });
});
