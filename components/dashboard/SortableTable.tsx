import { useState, type ReactNode } from 'react';

export interface SortableColumn<Row> {
  id: string;
  label: string;
  render: (row: Row) => ReactNode;
  /** The value sorted by; null sorts last in both directions. Without it the column does not sort. */
  sortValue?: (row: Row) => string | number | null;
}

export interface SortableTableProps<Row> {
  caption: string;
  columns: readonly SortableColumn<Row>[];
  rows: readonly Row[];
  rowKey: (row: Row) => string;
  initialSort?: { column: string; direction: 'ascending' | 'descending' };
  /** "Sort by {column}" for the header buttons' accessible description. */
  rowClassName?: (row: Row) => string | undefined;
}

const collator = new Intl.Collator(undefined, { sensitivity: 'base', numeric: true });

/** A table whose sortable headers are buttons, with `aria-sort` on the sorted column. */
export function SortableTable<Row>({
  caption,
  columns,
  rows,
  rowKey,
  initialSort,
  rowClassName,
}: SortableTableProps<Row>) {
  const [sort, setSort] = useState(initialSort ?? { column: columns[0]?.id ?? '', direction: 'ascending' as const });
  const column = columns.find((candidate) => candidate.id === sort.column);
  const sorted = [...rows];
  if (column?.sortValue) {
    const valueOf = column.sortValue;
    const sign = sort.direction === 'ascending' ? 1 : -1;
    sorted.sort((a, b) => {
      const va = valueOf(a);
      const vb = valueOf(b);
      if (va === null && vb === null) return 0;
      if (va === null) return 1;
      if (vb === null) return -1;
      const order =
        typeof va === 'number' && typeof vb === 'number' ? va - vb : collator.compare(String(va), String(vb));
      return order * sign;
    });
  }

  return (
    <div className="table-scroll">
      <table className="data-table">
        <caption>{caption}</caption>
        <thead>
          <tr>
            {columns.map((candidate) => {
              const active = candidate.id === sort.column;
              return (
                <th
                  key={candidate.id}
                  scope="col"
                  aria-sort={active && candidate.sortValue ? sort.direction : undefined}
                >
                  {candidate.sortValue ? (
                    <button
                      type="button"
                      className="sort-button"
                      onClick={() =>
                        setSort({
                          column: candidate.id,
                          direction: active && sort.direction === 'ascending' ? 'descending' : 'ascending',
                        })
                      }
                    >
                      {candidate.label}
                      <span aria-hidden="true" className="sort-indicator">
                        {active ? (sort.direction === 'ascending' ? ' ▲' : ' ▼') : ' ↕'}
                      </span>
                    </button>
                  ) : (
                    candidate.label
                  )}
                </th>
              );
            })}
          </tr>
        </thead>
        <tbody>
          {sorted.map((row) => (
            <tr key={rowKey(row)} className={rowClassName?.(row)}>
              {columns.map((candidate, index) =>
                index === 0 ? (
                  <th key={candidate.id} scope="row">
                    {candidate.render(row)}
                  </th>
                ) : (
                  <td key={candidate.id}>{candidate.render(row)}</td>
                ),
              )}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
