import type { LabelTable } from '../dom-helpers';

/**
 * Dynamics 365's own labels for the lookups the reader needs, in each UI language (the system
 * columns' display names as the language packs ship them). Used only when no `data-id` hook finds
 * the field. docs/crm-pages.md says which of these are sourced and which inferred.
 */
export const dynamicsLabels = {
  owner: {
    en: ['Owner'],
    de: ['Besitzer'],
    fr: ['Propriétaire'],
    es: ['Propietario'],
    it: ['Proprietario'],
    nl: ['Eigenaar'],
    'pt-BR': ['Proprietário'],
    ja: ['所有者'],
  },
  account: {
    en: ['Account', 'Potential Customer', 'Company Name', 'Existing Account'],
    de: ['Firma', 'Potenzieller Kunde', 'Firmenname', 'Vorhandene Firma'],
    fr: ['Compte', 'Client potentiel', 'Nom de la société', 'Compte existant'],
    es: ['Cuenta', 'Posible cliente', 'Nombre de la compañía', 'Cuenta existente'],
    it: ['Account', 'Cliente potenziale', 'Nome società', 'Account esistente'],
    nl: ['Account', 'Potentiële klant', 'Bedrijfsnaam', 'Bestaand account'],
    'pt-BR': ['Conta', 'Cliente Potencial', 'Nome da Empresa', 'Conta Existente'],
    ja: ['取引先企業', '見込み顧客', '会社名', '既存の取引先企業'],
  },
} as const satisfies Record<string, LabelTable>;
