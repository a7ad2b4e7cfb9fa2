import type { LabelTable } from '../dom-helpers';

/**
 * Zoho CRM's own field labels, in each UI language, the module's own owner label first. Zoho
 * shows an owner as text, so the owner is found by label unless it links to the user. docs/crm-pages.md
 * says which are sourced and which inferred.
 */
export const zohoLabels = {
  // en | de | fr | es | it | nl | pt-BR | ja (LabelTable in ../dom-helpers.ts)
  recordOwner:
    "Account Owner;Deal Owner;Contact Owner;Lead Owner|Kontoinhaber;Account-Inhaber;Geschäftsinhaber;Kontaktinhaber;Lead-Inhaber|Propriétaire du compte;Propriétaire de l'affaire;Propriétaire du contact;Propriétaire du prospect|Propietario de cuenta;Propietario de trato;Propietario de contacto;Propietario de posible cliente|Proprietario account;Proprietario trattativa;Proprietario contatto;Proprietario lead|Accounteigenaar;Deal-eigenaar;Contacteigenaar;Lead-eigenaar|Proprietário da conta;Proprietário do negócio;Proprietário do contato;Proprietário do lead|取引先の担当者;商談の担当者;連絡先の担当者;見込み客の担当者",
  owner: 'Owner|Inhaber;Besitzer|Propriétaire|Propietario|Proprietario|Eigenaar|Proprietário|担当者;所有者',
  account:
    'Account Name;Company|Kontoname;Account-Name;Firmenname;Unternehmen|Nom du compte;Société|Nombre de cuenta;Empresa|Nome account;Azienda|Accountnaam;Bedrijf|Nome da conta;Empresa|取引先名;会社名',
} as const satisfies Record<string, LabelTable>;
