import type { ReactNode } from 'react';

export interface DataTableProps {
  caption: string;
  columns: readonly string[];
  rows: readonly { id: string; cells: readonly ReactNode[] }[];
  /** The toggle's label, e.g. "Show the data as a table". */
  toggleLabel: string;
}

/** A chart's text alternative: the same numbers as a table, behind a native, keyboard-ready toggle. */
export function DataTable({ caption, columns, rows, toggleLabel }: DataTableProps) {
  return (
    <details className="chart-data">
      <summary>{toggleLabel}</summary>
      <table>
        <caption>{caption}</caption>
        <thead>
          <tr>
            {columns.map((column, index) => (
              <th key={index} scope="col">
                {column}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.id}>
              {row.cells.map((cell, index) =>
                index === 0 ? (
                  <th key={index} scope="row">
                    {cell}
                  </th>
                ) : (
                  <td key={index}>{cell}</td>
                ),
              )}
            </tr>
          ))}
        </tbody>
      </table>
    </details>
  );
}
