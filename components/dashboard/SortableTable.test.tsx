// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { SortableTable } from './SortableTable';

afterEach(cleanup);

interface Row {
  name: string;
  pct: number | null;
}

const rows: Row[] = [
  { name: 'Maya', pct: 128 },
  { name: 'Ben', pct: 64 },
  { name: 'Ana', pct: null },
];

function names(): string[] {
  return within(screen.getByRole('table'))
    .getAllByRole('row')
    .slice(1)
    .map((row) => row.querySelector('th')!.textContent!);
}

describe('SortableTable', () => {
  it('sorts by a header button, toggles direction, keeps empty values last, and sets aria-sort', () => {
    render(
      <SortableTable
        caption="Reps"
        rows={rows}
        rowKey={(row) => row.name}
        columns={[
          { id: 'name', label: 'Rep', render: (row) => row.name, sortValue: (row) => row.name },
          { id: 'pct', label: 'Attainment', render: (row) => String(row.pct ?? '—'), sortValue: (row) => row.pct },
          { id: 'note', label: 'Note', render: () => '' },
        ]}
      />,
    );
    expect(names()).toEqual(['Ana', 'Ben', 'Maya']);
    const header = screen.getByRole('columnheader', { name: /Attainment/ });
    expect(header.getAttribute('aria-sort')).toBeNull();
    fireEvent.click(within(header).getByRole('button'));
    expect(header.getAttribute('aria-sort')).toBe('ascending');
    expect(names()).toEqual(['Ben', 'Maya', 'Ana']);
    fireEvent.click(within(header).getByRole('button'));
    expect(header.getAttribute('aria-sort')).toBe('descending');
    expect(names()).toEqual(['Maya', 'Ben', 'Ana']);
    expect(within(screen.getByRole('columnheader', { name: 'Note' })).queryByRole('button')).toBeNull();
  });
});
