import { pendingNoteFrom, pendingNoteMaxAgeMs, readPendingNote } from './pending-note';

describe('pendingNoteFrom', () => {
  it('trims the selection and keeps the tab', () => {
    expect(pendingNoteFrom('  Said the budget is frozen.\n', 12, 1000)).toEqual({
      text: 'Said the budget is frozen.',
      tabId: 12,
      at: 1000,
    });
  });

  it('keeps at most 5,000 characters', () => {
    expect(pendingNoteFrom('a'.repeat(6000), 1, 0)?.text).toHaveLength(5000);
  });

  it('makes no note of an empty selection, and no tab of a missing one', () => {
    expect(pendingNoteFrom('   ', 1, 0)).toBeNull();
    expect(pendingNoteFrom(undefined, 1, 0)).toBeNull();
    expect(pendingNoteFrom('x', undefined, 0)).toEqual({ text: 'x', at: 0 });
    expect(pendingNoteFrom('x', -1, 0)).toEqual({ text: 'x', at: 0 });
  });
});

describe('readPendingNote', () => {
  it('reads a fresh, well-formed note', () => {
    expect(readPendingNote({ text: 'x', tabId: 3, at: 1000 }, 1000 + 5000)).toEqual({ text: 'x', tabId: 3, at: 1000 });
  });

  it('drops stale, future and malformed notes', () => {
    expect(readPendingNote({ text: 'x', at: 0 }, pendingNoteMaxAgeMs + 1)).toBeNull();
    expect(readPendingNote({ text: 'x', at: 5000 }, 0)).toBeNull();
    expect(readPendingNote({ text: 42, at: 0 }, 0)).toBeNull();
    expect(readPendingNote('x', 0)).toBeNull();
  });
});
