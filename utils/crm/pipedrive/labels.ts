import type { LabelTable } from '../dom-helpers';

/**
 * Pipedrive's own field labels, in each UI language. Used only when no link to a user or an
 * organization finds the field. docs/crm-pages.md says which are sourced and which inferred.
 */
export const pipedriveLabels = {
  // en | de | fr | es | it | nl | pt-BR | ja (LabelTable in ../dom-helpers.ts)
  owner: 'Owner|Besitzer;Inhaber|Propriétaire|Propietario|Proprietario|Eigenaar|Proprietário|所有者',
  organization:
    "Organization;Organization name|Organisation;Name der Organisation|Organisation;Nom de l'organisation|Organización;Nombre de la organización|Organizzazione;Nome dell'organizzazione|Organisatie;Naam organisatie|Organização;Nome da organização|組織;組織名",
} as const satisfies Record<string, LabelTable>;
