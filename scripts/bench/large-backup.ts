// A large, valid CoachLens backup (the size the panel must stay fast at: 1,000 reps, 100,000 observations), made
// with a seeded PRNG so every bench run restores the same rows. Imports only files without runtime
// imports of their own, so Node runs this with type stripping (and rolldown can bundle it too).
import { toSalesforceId18 } from '../../utils/crm/salesforce/ids.ts';
import { createRandom } from '../../utils/sample/prng.ts';
import type { BackupFile } from '../../utils/data/backup-format.ts';
import type { Account, Observation, Plan, Rep, Result, Skill, Strategy, TimeEntry } from '../../utils/schemas/index.ts';

export interface LargeBackupSize {
  reps: number;
  accounts: number;
  observations: number;
  plans: number;
  strategies: number;
  results: number;
  timeEntries: number;
}

export const largeSize: LargeBackupSize = {
  reps: 1_000,
  accounts: 5_000,
  observations: 100_000,
  plans: 600,
  strategies: 500,
  results: 2_000,
  timeEntries: 5_000,
};

/** The Salesforce user id of the fixture `crm/salesforce/user.html` (Dana Whitfield): rep 0 is linked to it. */
export const fixtureUserId = '005Dn00000Ff3WpIAJ';

const dayMs = 86_400_000;
const contexts = ['joint-call', 'meeting', 'ride-along', 'call-review', 'deal-review', 'other'] as const;
const tiers = ['star', 'core', 'core', 'core', 'core', 'developing', 'unset'] as const;
const notes = [
  'Opened with the agenda and checked it with the buyer.',
  'Asked about the cost of delay before pitching.',
  'Pitched features before finding the problem.',
  'Secured a dated next step with the economic buyer.',
  'Handled the price objection by going back to value.',
];

/** The Salesforce user id (18 characters) linked to rep `index`. */
export function repUserId(index: number): string {
  if (index === 0) return fixtureUserId;
  return toSalesforceId18(`005Bn${String(index).padStart(10, '0')}`)!;
}

/** The Salesforce account id (18 characters) linked to account `index`. */
export function accountRecordId(index: number): string {
  return toSalesforceId18(`001Bn${String(index).padStart(10, '0')}`)!;
}

function day(ms: number): string {
  const date = new Date(ms);
  const pad = (value: number) => String(value).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

function quarter(ms: number, back: number): string {
  const date = new Date(ms);
  let q = Math.floor(date.getMonth() / 3) - back;
  let year = date.getFullYear();
  while (q < 0) {
    q += 4;
    year -= 1;
  }
  return `${year}-Q${q + 1}`;
}

/**
 * The backup: `skills` are the rows already in the database (the default framework the extension
 * installed), so the import leaves them unchanged; everything else is new.
 */
export function largeBackup(
  skills: readonly Skill[],
  now: number,
  size: LargeBackupSize = largeSize,
  seed = 9,
): BackupFile {
  const random = createRandom(seed);
  const skillIds = skills.filter((skill) => !skill.archived).map((skill) => skill.id);
  const reps: Rep[] = Array.from({ length: size.reps }, (_, index) => {
    const tier = random.pick(tiers);
    const userId = repUserId(index);
    return {
      id: random.uuid(),
      name: `Bench Rep ${String(index).padStart(4, '0')}`,
      email: `rep${index}@example.com`,
      team: `Team ${1 + (index % 12)}`,
      tier,
      tierSource: tier === 'unset' ? 'results' : 'manual',
      crmLinks: [{ crm: 'salesforce', userId }],
      crmKeys: [`salesforce:${userId}`],
      active: index % 50 !== 49,
    };
  });
  const skillBias = new Map(
    reps.map((rep) => [rep.id, rep.tier === 'star' ? 0.8 : rep.tier === 'developing' ? -0.6 : 0]),
  );
  const accounts: Account[] = Array.from({ length: size.accounts }, (_, index) => {
    const recordId = accountRecordId(index);
    return {
      id: random.uuid(),
      name: `Bench Account ${String(index).padStart(5, '0')}`,
      ownerRepId: random.pick(reps).id,
      importance: index % 10 === 0 ? 'key' : 'standard',
      crmLinks: [{ crm: 'salesforce', recordId }],
      crmKeys: [`salesforce:${recordId}`],
    };
  });
  const observations: Observation[] = Array.from({ length: size.observations }, () => {
    const rep = random.pick(reps);
    const observedAt = now - random.int(0, 540) * dayMs - random.int(0, dayMs - 1);
    const ratings = skillIds
      .filter(() => random.next() < 0.45)
      .map((skillId) => ({
        skillId,
        score: Math.min(4, Math.max(1, Math.round(2.5 + (skillBias.get(rep.id) ?? 0) + random.noise(1)))) as
          1 | 2 | 3 | 4,
      }));
    const duration = random.next() < 0.5 ? random.pick([30, 45, 60, 90]) : undefined;
    return {
      id: random.uuid(),
      repId: rep.id,
      ...(random.next() < 0.7 ? { accountId: random.pick(accounts).id } : {}),
      context: random.pick(contexts),
      observedAt,
      ...(duration ? { durationMin: duration } : {}),
      ratings,
      saw: random.pick(notes),
      keep: random.next() < 0.3 ? 'Kept the customer talking.' : '',
      start: random.next() < 0.3 ? 'Quantify the impact with the customer.' : '',
      stop: '',
      sharedWithRep: random.next() < 0.2,
      createdAt: observedAt,
    };
  });
  const plans: Plan[] = Array.from({ length: size.plans }, (_, index) => {
    const fromLevel = random.int(1, 3) as 1 | 2 | 3;
    return {
      id: random.uuid(),
      repId: reps[index % reps.length]!.id,
      skillId: random.pick(skillIds),
      fromLevel,
      targetLevel: (fromLevel + 1) as 2 | 3 | 4,
      actions: [
        { text: 'Prepare three impact questions', done: random.next() < 0.5 },
        { text: 'Role-play the opening with the manager', done: false },
      ],
      support: 'Joint call in week 2',
      reviewAt: now + random.int(-20, 60) * dayMs,
      status: random.next() < 0.8 ? 'active' : 'achieved',
      createdAt: now - random.int(10, 120) * dayMs,
    };
  });
  const keyAccounts = accounts.filter((account) => account.importance === 'key');
  const strategies: Strategy[] = Array.from({ length: Math.min(size.strategies, keyAccounts.length) }, (_, index) => ({
    id: random.uuid(),
    accountId: keyAccounts[index]!.id,
    repId: keyAccounts[index]!.ownerRepId,
    answers: {
      objective: 'Agree the pilot scope and the date of the decision.',
      'why-account': 'Largest renewal this year.',
    },
    meetingAt: now + random.int(-5, 30) * dayMs,
    updatedAt: now - random.int(0, 60) * dayMs,
  }));
  const resultsPerRep = Math.max(1, Math.round(size.results / reps.length));
  const results: Result[] = reps.flatMap((rep) =>
    Array.from({ length: resultsPerRep }, (_, back) => ({
      id: random.uuid(),
      repId: rep.id,
      period: quarter(now, back + 1),
      attainmentPct: Math.round(Math.max(20, 95 + (skillBias.get(rep.id) ?? 0) * 30 + random.noise(25))),
      winRatePct: random.int(10, 45),
    })),
  );
  const activities = ['observing', 'coaching', 'account-strategy', 'selling', 'internal-meetings', 'admin'] as const;
  const timeEntries: TimeEntry[] = Array.from({ length: size.timeEntries }, () => {
    const activity = random.pick(activities);
    return {
      id: random.uuid(),
      day: day(now - random.int(0, 120) * dayMs),
      activity,
      minutes: random.pick([15, 30, 45, 60, 90]),
      ...(activity === 'coaching' || activity === 'observing' ? { repId: random.pick(reps).id } : {}),
    };
  });
  return {
    format: 'coachlens-backup',
    formatVersion: 1,
    schemaVersion: 1,
    exportedAt: now,
    tables: { reps, accounts, skills: [...skills], observations, plans, strategies, results, timeEntries },
  };
}
