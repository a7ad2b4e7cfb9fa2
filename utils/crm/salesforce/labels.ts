import type { LabelTable } from '../dom-helpers';

/**
 * Salesforce's own field labels for the standard fields the reader needs, in each UI language
 * (Setup › Translation Workbench defaults; an org may rename them, which is why the layout item's
 * API name is read first). Used only when no language-independent hook finds the field.
 * docs/crm-pages.md says which of these are sourced and which inferred.
 */
export const salesforceLabels = {
  // en | de | fr | es | it | nl | pt-BR | ja (LabelTable in ../dom-helpers.ts)
  opportunityOwner:
    "Opportunity Owner|Opportunity-Inhaber|Propriétaire de l'opportunité|Propietario de la oportunidad;Propietario de oportunidad|Titolare opportunità;Proprietario opportunità|Eigenaar opportunity;Opportunity-eigenaar|Proprietário da oportunidade|商談 所有者;商談所有者",
  accountOwner:
    'Account Owner|Accountinhaber|Propriétaire du compte|Propietario de la cuenta|Titolare account;Proprietario account|Eigenaar account;Accounteigenaar|Proprietário da conta|取引先 所有者',
  contactOwner:
    'Contact Owner|Kontaktinhaber|Propriétaire du contact|Propietario del contacto|Titolare contatto;Proprietario contatto|Eigenaar contactpersoon;Contacteigenaar|Proprietário do contato|取引先責任者 所有者',
  leadOwner:
    'Lead Owner|Lead-Inhaber|Propriétaire du lead;Propriétaire de la piste|Propietario del candidato;Propietario del prospecto|Titolare lead;Proprietario lead|Eigenaar lead;Leadeigenaar|Proprietário do lead|リード 所有者',
  owner: 'Owner|Inhaber|Propriétaire|Propietario|Titolare;Proprietario|Eigenaar|Proprietário|所有者',
  accountName:
    'Account Name;Account|Accountname;Account|Nom du compte;Compte|Nombre de la cuenta;Cuenta|Nome account;Account|Accountnaam;Account|Nome da conta;Conta|取引先名;取引先',
  company: 'Company|Firma;Unternehmen|Société|Compañía;Empresa|Società;Azienda|Bedrijf|Empresa|会社名',
} as const satisfies Record<string, LabelTable>;
