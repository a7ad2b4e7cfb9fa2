import fc from 'fast-check';
import {
  emptyDraft,
  fieldOfIssue,
  fromLocalInputValue,
  observationFields,
  toLocalInputValue,
  validateDraft,
} from './draft';

const now = new Date(2026, 7, 15, 12, 0, 0).getTime();
const dana = { kind: 'existing', id: 'r1', name: 'Dana Whitfield' } as const;

describe('validateDraft', () => {
  it('asks for a rep, and for a rating or a note', () => {
    expect(validateDraft(emptyDraft(now), now)).toEqual({ rep: 'repRequired', ratings: 'ratingOrNote' });
  });

  it('accepts a rep with one rating, or with only a note in any of the four boxes', () => {
    expect(validateDraft({ ...emptyDraft(now, { rep: dana }), ratings: { s1: 3 } }, now)).toEqual({});
    expect(validateDraft({ ...emptyDraft(now, { rep: dana }), stop: 'Talking over the buyer' }, now)).toEqual({});
    expect(validateDraft({ ...emptyDraft(now, { rep: dana }), saw: '   ' }, now)).toEqual({ ratings: 'ratingOrNote' });
  });

  it('refuses a time in the future (past a few minutes of clock skew) and impossible dates', () => {
    const base = { ...emptyDraft(now, { rep: dana }), saw: 'x' };
    expect(validateDraft({ ...base, when: toLocalInputValue(now + 4 * 60_000) }, now)).toEqual({});
    expect(validateDraft({ ...base, when: toLocalInputValue(now + 60 * 60_000) }, now)).toEqual({ when: 'whenFuture' });
    expect(validateDraft({ ...base, when: '2026-02-31T10:00' }, now)).toEqual({ when: 'whenInvalid' });
    expect(validateDraft({ ...base, when: '' }, now)).toEqual({ when: 'whenInvalid' });
  });

  it('takes a duration of whole minutes from 1 to 1,440, or none', () => {
    const base = { ...emptyDraft(now, { rep: dana }), saw: 'x' };
    for (const ok of ['', '1', '45', '1440', ' 30 '])
      expect(validateDraft({ ...base, durationMin: ok }, now)).toEqual({});
    for (const bad of ['0', '-5', '1441', '2.5', 'abc']) {
      expect(validateDraft({ ...base, durationMin: bad }, now)).toEqual({ durationMin: 'durationInvalid' });
    }
  });
});

describe('datetime-local values', () => {
  it('round-trip any minute in local time', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 4_000_000_000 }), (minutes) => {
        const at = minutes * 60_000;
        expect(fromLocalInputValue(toLocalInputValue(at))).toBe(at);
      }),
    );
  });

  it('reads nothing from garbage', () => {
    expect(fromLocalInputValue('yesterday')).toBeNull();
    expect(fromLocalInputValue('2026-13-01T10:00')).toBeNull();
  });
});

describe('observationFields', () => {
  it('turns the draft into the observation fields: trimmed notes, ratings as rows, minutes as a number', () => {
    const draft = {
      ...emptyDraft(now, { rep: dana }),
      ratings: { s1: 3, s2: 2 } as const,
      saw: '  Asked about impact.  ',
      durationMin: '45',
      sharedWithRep: true,
    };
    expect(observationFields(draft)).toEqual({
      context: 'joint-call',
      observedAt: new Date(2026, 7, 15, 12, 0, 0).getTime(),
      durationMin: 45,
      ratings: [
        { skillId: 's1', score: 3 },
        { skillId: 's2', score: 2 },
      ],
      saw: 'Asked about impact.',
      keep: '',
      start: '',
      stop: '',
      sharedWithRep: true,
    });
    expect(observationFields({ ...draft, durationMin: '' }).durationMin).toBeUndefined();
  });
});

it('maps data-layer issues to the field they belong next to', () => {
  expect(fieldOfIssue('durationMin')).toBe('durationMin');
  expect(fieldOfIssue('ratings[0].score')).toBe('ratings');
  expect(fieldOfIssue('observedAt')).toBe('when');
  expect(fieldOfIssue('repId')).toBe('rep');
  expect(fieldOfIssue('input')).toBeNull();
});
