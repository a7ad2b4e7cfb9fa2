import type { LabelTable } from '../dom-helpers';

/**
 * Zoho CRM's own field labels, in each UI language, the module's own owner label first. Zoho
 * shows an owner as text, so the owner is found by label unless it links to the user. docs/crm-pages.md
 * says which are sourced and which inferred.
 */
export const zohoLabels = {
  recordOwner: {
    en: ['Account Owner', 'Deal Owner', 'Contact Owner', 'Lead Owner'],
    de: ['Kontoinhaber', 'Account-Inhaber', 'Geschäftsinhaber', 'Kontaktinhaber', 'Lead-Inhaber'],
    fr: ['Propriétaire du compte', "Propriétaire de l'affaire", 'Propriétaire du contact', 'Propriétaire du prospect'],
    es: ['Propietario de cuenta', 'Propietario de trato', 'Propietario de contacto', 'Propietario de posible cliente'],
    it: ['Proprietario account', 'Proprietario trattativa', 'Proprietario contatto', 'Proprietario lead'],
    nl: ['Accounteigenaar', 'Deal-eigenaar', 'Contacteigenaar', 'Lead-eigenaar'],
    'pt-BR': ['Proprietário da conta', 'Proprietário do negócio', 'Proprietário do contato', 'Proprietário do lead'],
    ja: ['取引先の担当者', '商談の担当者', '連絡先の担当者', '見込み客の担当者'],
  },
  owner: {
    en: ['Owner'],
    de: ['Inhaber', 'Besitzer'],
    fr: ['Propriétaire'],
    es: ['Propietario'],
    it: ['Proprietario'],
    nl: ['Eigenaar'],
    'pt-BR': ['Proprietário'],
    ja: ['担当者', '所有者'],
  },
  account: {
    en: ['Account Name', 'Company'],
    de: ['Kontoname', 'Account-Name', 'Firmenname', 'Unternehmen'],
    fr: ['Nom du compte', 'Société'],
    es: ['Nombre de cuenta', 'Empresa'],
    it: ['Nome account', 'Azienda'],
    nl: ['Accountnaam', 'Bedrijf'],
    'pt-BR': ['Nome da conta', 'Empresa'],
    ja: ['取引先名', '会社名'],
  },
} as const satisfies Record<string, LabelTable>;
