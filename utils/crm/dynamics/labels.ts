import type { LabelTable } from '../dom-helpers';

/**
 * Dynamics 365's own labels for the lookups the reader needs, in each UI language (the system
 * columns' display names as the language packs ship them). Used only when no `data-id` hook finds
 * the field. docs/crm-pages.md says which of these are sourced and which inferred.
 */
export const dynamicsLabels = {
  // en | de | fr | es | it | nl | pt-BR | ja (LabelTable in ../dom-helpers.ts)
  owner: 'Owner|Besitzer|Propriétaire|Propietario|Proprietario|Eigenaar|Proprietário|所有者',
  account:
    'Account;Potential Customer;Company Name;Existing Account|Firma;Potenzieller Kunde;Firmenname;Vorhandene Firma|Compte;Client potentiel;Nom de la société;Compte existant|Cuenta;Posible cliente;Nombre de la compañía;Cuenta existente|Account;Cliente potenziale;Nome società;Account esistente|Account;Potentiële klant;Bedrijfsnaam;Bestaand account|Conta;Cliente Potencial;Nome da Empresa;Conta Existente|取引先企業;見込み顧客;会社名;既存の取引先企業',
} as const satisfies Record<string, LabelTable>;
