import type { SelectHTMLAttributes } from 'react';
import { crmLabels } from '@/utils/crm/labels';
import { crmIds, type Crm } from '@/utils/schemas/common';

export interface CrmSelectProps extends Omit<SelectHTMLAttributes<HTMLSelectElement>, 'value' | 'onChange'> {
  value: Crm;
  onChange: (crm: Crm) => void;
}

/** A native select of the supported CRMs; other attributes (the `id` a `Field` gives it) pass through. */
export function CrmSelect({ value, onChange, ...attributes }: CrmSelectProps) {
  return (
    <select {...attributes} value={value} onChange={(event) => onChange(event.target.value as Crm)}>
      {crmIds.map((id) => (
        <option key={id} value={id}>
          {crmLabels[id]}
        </option>
      ))}
    </select>
  );
}
