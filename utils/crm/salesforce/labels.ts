import type { LabelTable } from '../dom-helpers';

/**
 * Salesforce's own field labels for the standard fields the reader needs, in each UI language
 * (Setup › Translation Workbench defaults; an org may rename them, which is why the layout item's
 * API name is read first). Used only when no language-independent hook finds the field.
 * docs/crm-pages.md says which of these are sourced and which inferred.
 */
export const salesforceLabels = {
  opportunityOwner: {
    en: ['Opportunity Owner'],
    de: ['Opportunity-Inhaber'],
    fr: ["Propriétaire de l'opportunité"],
    es: ['Propietario de la oportunidad', 'Propietario de oportunidad'],
    it: ['Titolare opportunità', 'Proprietario opportunità'],
    nl: ['Eigenaar opportunity', 'Opportunity-eigenaar'],
    'pt-BR': ['Proprietário da oportunidade'],
    ja: ['商談 所有者', '商談所有者'],
  },
  accountOwner: {
    en: ['Account Owner'],
    de: ['Accountinhaber'],
    fr: ['Propriétaire du compte'],
    es: ['Propietario de la cuenta'],
    it: ['Titolare account', 'Proprietario account'],
    nl: ['Eigenaar account', 'Accounteigenaar'],
    'pt-BR': ['Proprietário da conta'],
    ja: ['取引先 所有者', '取引先所有者'],
  },
  contactOwner: {
    en: ['Contact Owner'],
    de: ['Kontaktinhaber'],
    fr: ['Propriétaire du contact'],
    es: ['Propietario del contacto'],
    it: ['Titolare contatto', 'Proprietario contatto'],
    nl: ['Eigenaar contactpersoon', 'Contacteigenaar'],
    'pt-BR': ['Proprietário do contato'],
    ja: ['取引先責任者 所有者', '取引先責任者所有者'],
  },
  leadOwner: {
    en: ['Lead Owner'],
    de: ['Lead-Inhaber'],
    fr: ['Propriétaire du lead', 'Propriétaire de la piste'],
    es: ['Propietario del candidato', 'Propietario del prospecto'],
    it: ['Titolare lead', 'Proprietario lead'],
    nl: ['Eigenaar lead', 'Leadeigenaar'],
    'pt-BR': ['Proprietário do lead'],
    ja: ['リード 所有者', 'リード所有者'],
  },
  owner: {
    en: ['Owner'],
    de: ['Inhaber'],
    fr: ['Propriétaire'],
    es: ['Propietario'],
    it: ['Titolare', 'Proprietario'],
    nl: ['Eigenaar'],
    'pt-BR': ['Proprietário'],
    ja: ['所有者'],
  },
  accountName: {
    en: ['Account Name', 'Account'],
    de: ['Accountname', 'Account'],
    fr: ['Nom du compte', 'Compte'],
    es: ['Nombre de la cuenta', 'Cuenta'],
    it: ['Nome account', 'Account'],
    nl: ['Accountnaam', 'Account'],
    'pt-BR': ['Nome da conta', 'Conta'],
    ja: ['取引先名', '取引先'],
  },
  company: {
    en: ['Company'],
    de: ['Firma', 'Unternehmen'],
    fr: ['Société'],
    es: ['Compañía', 'Empresa'],
    it: ['Società', 'Azienda'],
    nl: ['Bedrijf'],
    'pt-BR': ['Empresa'],
    ja: ['会社名'],
  },
} as const satisfies Record<string, LabelTable>;
