import type { LabelTable } from '../dom-helpers';

/**
 * HubSpot's own property labels for the record owner, in each UI language, the object's own one
 * first. Used only when the owner property's test attribute (its internal name
 * `hubspot_owner_id`) is missing. docs/crm-pages.md says which are sourced and which inferred.
 */
export const hubspotLabels = {
  recordOwner: {
    en: ['Company owner', 'Deal owner', 'Contact owner', 'Lead owner'],
    de: ['Unternehmensinhaber', 'Deal-Inhaber', 'Kontaktinhaber', 'Lead-Inhaber'],
    fr: [
      "Propriétaire de l'entreprise",
      'Propriétaire de la transaction',
      'Propriétaire du contact',
      'Propriétaire du lead',
    ],
    es: ['Propietario de la empresa', 'Propietario del negocio', 'Propietario del contacto', 'Propietario del lead'],
    it: [
      "Proprietario dell'azienda",
      'Proprietario della trattativa',
      'Proprietario del contatto',
      'Proprietario del lead',
    ],
    nl: ['Bedrijfseigenaar', 'Eigenaar van deal', 'Eigenaar van contactpersoon', 'Eigenaar van lead'],
    'pt-BR': ['Proprietário da empresa', 'Proprietário do negócio', 'Proprietário do contato', 'Proprietário do lead'],
    ja: ['会社の所有者', '取引の所有者', 'コンタクトの所有者', 'リードの所有者'],
  },
  owner: {
    en: ['Owner'],
    de: ['Inhaber'],
    fr: ['Propriétaire'],
    es: ['Propietario'],
    it: ['Proprietario'],
    nl: ['Eigenaar'],
    'pt-BR': ['Proprietário'],
    ja: ['所有者'],
  },
} as const satisfies Record<string, LabelTable>;
