import type { LabelTable } from '../dom-helpers';

/**
 * Pipedrive's own field labels, in each UI language. Used only when no link to a user or an
 * organization finds the field. docs/crm-pages.md says which are sourced and which inferred.
 */
export const pipedriveLabels = {
  owner: {
    en: ['Owner'],
    de: ['Besitzer', 'Inhaber'],
    fr: ['Propriétaire'],
    es: ['Propietario'],
    it: ['Proprietario'],
    nl: ['Eigenaar'],
    'pt-BR': ['Proprietário'],
    ja: ['所有者'],
  },
  organization: {
    en: ['Organization', 'Organization name'],
    de: ['Organisation', 'Name der Organisation'],
    fr: ['Organisation', "Nom de l'organisation"],
    es: ['Organización', 'Nombre de la organización'],
    it: ['Organizzazione', "Nome dell'organizzazione"],
    nl: ['Organisatie', 'Naam organisatie'],
    'pt-BR': ['Organização', 'Nome da organização'],
    ja: ['組織', '組織名'],
  },
} as const satisfies Record<string, LabelTable>;
