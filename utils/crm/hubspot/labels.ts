import type { LabelTable } from '../dom-helpers';

/**
 * HubSpot's own property labels for the record owner, in each UI language, the object's own one
 * first. Used only when the owner property's test attribute (its internal name
 * `hubspot_owner_id`) is missing. docs/crm-pages.md says which are sourced and which inferred.
 */
export const hubspotLabels = {
  // en | de | fr | es | it | nl | pt-BR | ja (LabelTable in ../dom-helpers.ts)
  recordOwner:
    "Company owner;Deal owner;Contact owner;Lead owner|Unternehmensinhaber;Deal-Inhaber;Kontaktinhaber;Lead-Inhaber|Propriétaire de l'entreprise;Propriétaire de la transaction;Propriétaire du contact;Propriétaire du lead|Propietario de la empresa;Propietario del negocio;Propietario del contacto;Propietario del lead|Proprietario dell'azienda;Proprietario della trattativa;Proprietario del contatto;Proprietario del lead|Bedrijfseigenaar;Eigenaar van deal;Eigenaar van contactpersoon;Eigenaar van lead|Proprietário da empresa;Proprietário do negócio;Proprietário do contato;Proprietário do lead|会社の所有者;取引の所有者;コンタクトの所有者;リードの所有者",
  owner: 'Owner|Inhaber|Propriétaire|Propietario|Proprietario|Eigenaar|Proprietário|所有者',
} as const satisfies Record<string, LabelTable>;
