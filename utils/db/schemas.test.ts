import { describe, expect, it } from 'vitest';
import {
  accountCrmKeys,
  accountSchema,
  crmKey,
  observationSchema,
  planSchema,
  repCrmKeys,
  repSchema,
  resultSchema,
  skillSchema,
  strategySchema,
  timeEntrySchema,
} from '../schemas';
import type { z } from '../schemas/zod';
import { ValidationError } from './errors';
import { parseRow } from './validate';

// The schemas live in utils/schemas; they are tested here through `parseRow`, the boundary every
// repository write goes through, so the messages checked are the ones a user reads.

const id = (n: number) =>
  `${String(n).repeat(8)}-${String(n).repeat(4)}-4${String(n).repeat(3)}-8${String(n).repeat(3)}-${String(n).repeat(12)}`;

function messagesOf(schema: z.ZodType, row: unknown): string[] {
  try {
    parseRow(schema, row, 'Row not saved');
  } catch (error) {
    if (error instanceof ValidationError) return error.issues.map((issue) => `${issue.field} ${issue.message}`);
    throw error;
  }
  return [];
}

const rep = {
  id: id(1),
  name: 'Ana',
  email: 'ana@example.com',
  team: 'East',
  tier: 'star',
  tierSource: 'manual',
  crmLinks: [{ crm: 'salesforce', userId: '005A' }],
  crmKeys: ['salesforce:005A'],
  active: true,
};
const account = {
  id: id(2),
  name: 'Globex',
  ownerRepId: id(1),
  importance: 'key',
  crmLinks: [{ crm: 'hubspot', recordId: '9' }],
  crmKeys: ['hubspot:9'],
  notes: 'CFO decides',
};
const skill = {
  id: id(3),
  name: 'Discovery',
  description: '',
  levels: ['a', 'b', 'c', 'd'],
  order: 0,
  archived: false,
};
const observation = {
  id: id(4),
  repId: id(1),
  accountId: id(2),
  context: 'joint-call',
  observedAt: 1_769_904_000_000,
  durationMin: 45,
  ratings: [{ skillId: id(3), score: 4 }],
  saw: '',
  keep: '',
  start: '',
  stop: '',
  sharedWithRep: false,
  createdAt: 1_769_904_000_000,
};
const plan = {
  id: id(5),
  repId: id(1),
  skillId: id(3),
  fromLevel: 1,
  targetLevel: 3,
  actions: [{ text: 'Role play', done: false }],
  support: '',
  reviewAt: 1_772_323_200_000,
  status: 'active',
  createdAt: 1,
};
const strategy = {
  id: id(6),
  accountId: id(2),
  repId: id(1),
  answers: { objective: 'Pilot' },
  meetingAt: 1,
  updatedAt: 2,
};
const result = { id: id(7), repId: id(1), period: '2026-Q3', attainmentPct: 104.5, winRatePct: 30, pipeline: 0 };
const timeEntry = {
  id: id(8),
  day: '2026-11-27',
  activity: 'coaching',
  minutes: 60,
  repId: id(1),
  observationId: id(4),
};

describe.each([
  ['repSchema', repSchema, rep],
  ['accountSchema', accountSchema, account],
  ['skillSchema', skillSchema, skill],
  ['observationSchema', observationSchema, observation],
  ['planSchema', planSchema, plan],
  ['strategySchema', strategySchema, strategy],
  ['resultSchema', resultSchema, result],
  ['timeEntrySchema', timeEntrySchema, timeEntry],
] as const)('%s', (_name, schema, valid) => {
  it('accepts a valid row as it is', () => {
    expect(parseRow(schema, valid, 'Row not saved')).toEqual(valid);
  });

  it('names a missing id', () => {
    const { id: _id, ...rest } = valid;
    expect(messagesOf(schema, rest)).toContain('id is required');
  });

  it('names an id that is not a UUID', () => {
    expect(messagesOf(schema, { ...valid, id: '42' })).toEqual(['id must be an id made by CoachLens (a UUID)']);
  });
});

describe('invalid rows give messages naming the field', () => {
  it.each([
    ['rep name', repSchema, { ...rep, name: '   ' }, 'name is required'],
    ['rep email', repSchema, { ...rep, email: 'ana' }, 'email is not an email address'],
    ['rep tier', repSchema, { ...rep, tier: 'rockstar' }, 'tier must be one of: star, core, developing, unset'],
    [
      'rep crm',
      repSchema,
      { ...rep, crmLinks: [{ crm: 'excel', userId: '1' }] },
      'crmLinks[0].crm must be one of: salesforce, hubspot, pipedrive, dynamics, zoho',
    ],
    ['rep active', repSchema, { ...rep, active: 1 }, 'active must be true or false'],
    [
      'account importance',
      accountSchema,
      { ...account, importance: 'vip' },
      'importance must be one of: key, standard',
    ],
    [
      'account recordId',
      accountSchema,
      { ...account, crmLinks: [{ crm: 'zoho', recordId: ' ' }] },
      'crmLinks[0].recordId is required',
    ],
    [
      'account notes',
      accountSchema,
      { ...account, notes: 'x'.repeat(20_001) },
      'notes is longer than 20,000 characters',
    ],
    [
      'skill levels',
      skillSchema,
      { ...skill, levels: ['a', 'b', ' ', 'd'] },
      'levels[2] needs the behaviour seen at this level',
    ],
    ['skill order', skillSchema, { ...skill, order: 1.5 }, 'order must be a whole number'],
    [
      'observation context',
      observationSchema,
      { ...observation, context: 'lunch' },
      'context must be one of: joint-call, meeting, ride-along, call-review, deal-review, other',
    ],
    [
      'observation observedAt',
      observationSchema,
      { ...observation, observedAt: Number.POSITIVE_INFINITY },
      'observedAt must be a date and time',
    ],
    [
      'observation durationMin',
      observationSchema,
      { ...observation, durationMin: 0 },
      'durationMin must be at least 1 minute',
    ],
    [
      'observation durationMin text',
      observationSchema,
      { ...observation, durationMin: '30' },
      'durationMin must be a number',
    ],
    [
      'observation score',
      observationSchema,
      { ...observation, ratings: [{ skillId: id(3), score: 2.5 }] },
      'ratings[0].score must be a whole level from 1 to 4',
    ],
    [
      'observation empty',
      observationSchema,
      { ...observation, ratings: [] },
      'ratings needs at least one rating or a note',
    ],
    ['plan target', planSchema, { ...plan, targetLevel: 1 }, 'targetLevel must be above the starting level'],
    ['plan status', planSchema, { ...plan, status: 'done' }, 'status must be one of: active, achieved, dropped'],
    [
      'plan action',
      planSchema,
      { ...plan, actions: [{ text: 'x', done: 'no' }] },
      'actions[0].done must be true or false',
    ],
    ['strategy answer', strategySchema, { ...strategy, answers: { objective: 1 } }, 'answers.objective must be text'],
    [
      'strategy updatedAt',
      strategySchema,
      { ...strategy, updatedAt: 1.5 },
      'updatedAt must be a whole number of milliseconds',
    ],
    [
      'result period',
      resultSchema,
      { ...result, period: '2026-Q5' },
      'period must be a quarter like 2026-Q3 or a month like 2026-09',
    ],
    [
      'result attainment',
      resultSchema,
      { ...result, attainmentPct: 'high' },
      'attainmentPct must be a number (percent of quota)',
    ],
    ['result win rate', resultSchema, { ...result, winRatePct: -1 }, 'winRatePct must be at least 0'],
    ['time entry day', timeEntrySchema, { ...timeEntry, day: '2026-02-30x' }, 'day must be a day like 2026-11-27'],
    [
      'time entry minutes',
      timeEntrySchema,
      { ...timeEntry, minutes: 1441 },
      'minutes must be at most 24 hours (1,440 minutes)',
    ],
    [
      'time entry activity',
      timeEntrySchema,
      { ...timeEntry, activity: 'golf' },
      'activity must be one of: observing, coaching, account-strategy, selling, internal-meetings, admin',
    ],
  ] as const)('%s', (_name, schema, row, message) => {
    expect(messagesOf(schema, row)).toEqual([message]);
  });

  it('puts the context and every issue into the error message', () => {
    expect(() =>
      parseRow(observationSchema, { ...observation, durationMin: 0, context: 'x' }, 'Observation not saved'),
    ).toThrow(
      'Observation not saved: context must be one of: joint-call, meeting, ride-along, call-review, deal-review, other; durationMin must be at least 1 minute',
    );
  });

  it('reports a row that is not an object', () => {
    expect(messagesOf(repSchema, null)).toEqual(['input must be a group of fields']);
  });
});

describe('CRM key helpers', () => {
  it('derive one "crm:id" key per distinct link', () => {
    expect(crmKey('salesforce', '005A')).toBe('salesforce:005A');
    expect(
      repCrmKeys([
        { crm: 'salesforce', userId: '005A' },
        { crm: 'salesforce', userId: '005A' },
        { crm: 'hubspot', userId: '1' },
      ]),
    ).toEqual(['salesforce:005A', 'hubspot:1']);
    expect(accountCrmKeys([{ crm: 'zoho', recordId: '9' }])).toEqual(['zoho:9']);
  });
});
