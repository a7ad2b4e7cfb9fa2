import type { BackupFile } from '../../utils/data/backup-format';

/**
 * A small, valid backup touching every table and every reference, as literal data (no imports
 * beyond types), so both Vitest and Playwright specs can use it. Format and schema version 1.
 */
export const sampleIds = {
  rep: '11111111-1111-4111-8111-111111111111',
  rep2: '22222222-2222-4222-8222-222222222222',
  account: '33333333-3333-4333-8333-333333333333',
  skill: '44444444-4444-4444-8444-444444444444',
  observation: '55555555-5555-4555-8555-555555555555',
  plan: '66666666-6666-4666-8666-666666666666',
  strategy: '77777777-7777-4777-8777-777777777777',
  result: '88888888-8888-4888-8888-888888888888',
  timeEntry: '99999999-9999-4999-8999-999999999999',
  missing: 'aaaaaaaa-aaaa-4aaa-8aaa-aaaaaaaaaaaa',
} as const;

export function sampleBackup(): BackupFile {
  const ids = sampleIds;
  return {
    format: 'coachlens-backup',
    formatVersion: 1,
    schemaVersion: 1,
    exportedAt: 1_767_225_600_000,
    tables: {
      reps: [
        {
          id: ids.rep,
          name: 'Ana Star',
          email: 'ana@example.com',
          team: 'East',
          tier: 'star',
          tierSource: 'manual',
          crmLinks: [{ crm: 'salesforce', userId: '005000000000001AAA' }],
          crmKeys: ['salesforce:005000000000001AAA'],
          active: true,
        },
        {
          id: ids.rep2,
          name: 'Ben Core',
          tier: 'core',
          tierSource: 'results',
          crmLinks: [],
          crmKeys: [],
          active: true,
        },
      ],
      accounts: [
        {
          id: ids.account,
          name: 'Globex Corporation',
          ownerRepId: ids.rep,
          importance: 'key',
          crmLinks: [{ crm: 'salesforce', recordId: '0019000000B98deAAB' }],
          crmKeys: ['salesforce:0019000000B98deAAB'],
          notes: '=HYPERLINK("http://evil")',
        },
      ],
      skills: [
        {
          id: ids.skill,
          name: 'Discovery',
          description: 'Finds needs',
          levels: ['Not yet.', 'Developing.', 'Proficient.', 'Role model.'],
          order: 0,
          archived: false,
        },
      ],
      observations: [
        {
          id: ids.observation,
          repId: ids.rep,
          accountId: ids.account,
          context: 'joint-call',
          observedAt: 1_767_000_000_000,
          durationMin: 30,
          ratings: [{ skillId: ids.skill, score: 3 }],
          saw: 'Asked about impact',
          keep: '',
          start: '',
          stop: '',
          sharedWithRep: false,
          createdAt: 1_767_000_000_000,
        },
      ],
      plans: [
        {
          id: ids.plan,
          repId: ids.rep2,
          skillId: ids.skill,
          fromLevel: 2,
          targetLevel: 3,
          actions: [{ text: 'Prepare three impact questions', done: false }],
          support: 'Joint call in week 2',
          reviewAt: 1_769_000_000_000,
          status: 'active',
          createdAt: 1_767_000_000_000,
        },
      ],
      strategies: [
        {
          id: ids.strategy,
          accountId: ids.account,
          repId: ids.rep,
          answers: { objective: 'Pilot agreement' },
          meetingAt: 1_768_000_000_000,
          updatedAt: 1_767_000_000_000,
        },
      ],
      results: [{ id: ids.result, repId: ids.rep, period: '2026-Q1', attainmentPct: 104.5, winRatePct: 31 }],
      timeEntries: [
        {
          id: ids.timeEntry,
          day: '2025-12-29',
          activity: 'observing',
          minutes: 30,
          repId: ids.rep,
          observationId: ids.observation,
        },
      ],
    },
  };
}
