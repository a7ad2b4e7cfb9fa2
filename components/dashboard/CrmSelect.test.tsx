// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { crmIds } from '@/utils/schemas/common';
import { CrmSelect } from './CrmSelect';
import { Field } from './Field';

afterEach(cleanup);

describe('CrmSelect', () => {
  it('lists every supported CRM by name, is labelled by its Field, and reports the choice', () => {
    const onChange = vi.fn();
    render(
      <Field label="CRM" error="Pick one">
        <CrmSelect value="salesforce" onChange={onChange} />
      </Field>,
    );
    const select = screen.getByLabelText('CRM');
    expect(
      within(select)
        .getAllByRole('option')
        .map((option) => option.getAttribute('value')),
    ).toEqual([...crmIds]);
    expect(within(select).getByRole('option', { name: 'Dynamics 365' })).toBeTruthy();
    expect(select.getAttribute('aria-invalid')).toBe('true');
    fireEvent.change(select, { target: { value: 'hubspot' } });
    expect(onChange).toHaveBeenCalledWith('hubspot');
  });
});
