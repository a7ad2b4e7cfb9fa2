// @vitest-environment jsdom
import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { tableNames } from '@/utils/data/backup-format';
import type { ImportPreview, TablePreview } from '@/utils/data/import-plan';
import { PreviewView } from './PreviewView';

afterEach(cleanup);

function preview(reps: Partial<TablePreview>): ImportPreview {
  const empty: TablePreview = { added: 0, unchanged: 0, conflicts: 0, conflictIds: [] };
  const tables = Object.fromEntries(tableNames.map((name) => [name, { ...empty }])) as ImportPreview['tables'];
  tables.reps = { ...empty, ...reps };
  return {
    fileName: 'reps.csv',
    exportedAt: 0,
    mode: 'merge',
    tables,
    added: tables.reps.added,
    unchanged: tables.reps.unchanged,
    conflicts: tables.reps.conflicts,
    removed: 0,
    replacedDefaultSkills: 0,
  };
}

const noop = () => undefined;

describe('import preview', () => {
  it('says one thing when the only differences are kept as they are: nothing new, and how to take them', () => {
    render(
      <PreviewView
        preview={preview({ unchanged: 4, conflicts: 1 })}
        choice="keep-existing"
        onChoice={noop}
        onConfirm={noop}
        onCancel={noop}
        busy={false}
      />,
    );
    expect(screen.getByRole('row', { name: 'Reps 0 4 1' })).toBeTruthy();
    expect(screen.queryByText(/Everything in this file is already in CoachLens/)).toBeNull();
    expect(screen.getByText(/Nothing in this file is new\. 1 row differs from yours/)).toBeTruthy();
  });

  it('says everything is already there only when nothing differs', () => {
    render(
      <PreviewView
        preview={preview({ unchanged: 4 })}
        choice="keep-existing"
        onChoice={noop}
        onConfirm={noop}
        onCancel={noop}
        busy={false}
      />,
    );
    expect(screen.getByText(/Everything in this file is already in CoachLens/)).toBeTruthy();
  });
});
