import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { CoachLensDb } from '../db';
import { openCoachLensDb } from '../db/app-db';
import { deleteDatabase, readAllRows } from '@/tests/support/migration-harness';
import {
  accountCrmKeys,
  activities,
  crmIds,
  observationContexts,
  repCrmKeys,
  tiers,
  type Account,
  type Observation,
  type Plan,
  type Rep,
  type Result,
  type Skill,
  type Strategy,
  type TimeEntry,
} from '../schemas';
import { type BackupTables, normaliseRow, rowSchemas, tableNames } from './backup-format';
import { checkBackupText } from './check-backup';
import { exportCsv } from './csv-export';
import { prepareCsvImport } from './csv-import';
import { exportBackup } from './export-backup';
import { applyImport } from './import-plan';
import { deleteSnapshotDb } from './snapshots';

/*
 * Random valid data → export → import into an empty database → the same rows. The
 * generators include text a spreadsheet would run as a formula, quotes, separators, line breaks
 * and non-Latin scripts, so the CSV path is exercised where it is most fragile.
 */

const tricky = fc.constantFrom(
  '=1+2',
  '+49 30 1234',
  '-minus',
  '@mention',
  "'=already quoted",
  "''+two quotes",
  '\tTabbed',
  'a,b;c',
  'say "hi"',
  'line\nbreak',
  'Zoë Ærøskøbing',
  '山田 太郎',
  'مرحبا',
  ' padded ',
);
const text = fc.oneof(fc.string({ maxLength: 30 }), tricky, fc.string({ unit: 'grapheme', maxLength: 10 }));
const name = fc
  .oneof(
    fc.string({ minLength: 1, maxLength: 30 }),
    tricky,
    fc.string({ unit: 'grapheme', minLength: 1, maxLength: 10 }),
  )
  .map((value) => value.trim())
  .filter((value) => value.length > 0);
const crmId = name.map((value) => value.slice(0, 100).trim()).filter((value) => value.length > 0);
const epoch = fc.integer({ min: 0, max: 4_102_444_800_000 });
const uuid = fc.uuid({ version: 4 });
const percent = (max: number) =>
  fc.double({ min: 0, max, noNaN: true, noDefaultInfinity: true }).map((x) => (x === 0 ? 0 : x));

function valid<T>(table: keyof BackupTables, row: unknown): T | undefined {
  const parsed = rowSchemas[table].safeParse(row);
  // As stored: the schema's cleaned text, and the derived crmKeys recomputed from the cleaned links.
  return parsed.success ? (JSON.parse(JSON.stringify(normaliseRow(table, parsed.data as never))) as T) : undefined;
}

const dataset = fc
  .record({
    reps: fc.uniqueArray(
      fc.record({
        id: uuid,
        name,
        email: fc.option(fc.constantFrom('ana@example.com', 'b.c+d@example.co.uk', 'x@y.io'), { nil: undefined }),
        team: fc.option(
          name.map((value) => value.slice(0, 100).trim()).filter((value) => value !== ''),
          { nil: undefined },
        ),
        tier: fc.constantFrom(...tiers),
        tierSource: fc.constantFrom('manual' as const, 'results' as const),
        links: fc.uniqueArray(fc.record({ crm: fc.constantFrom(...crmIds), userId: crmId }), {
          maxLength: 3,
          selector: (link) => `${link.crm}:${link.userId}`,
        }),
        active: fc.boolean(),
      }),
      { minLength: 1, maxLength: 6, selector: (rep) => rep.id },
    ),
    accounts: fc.uniqueArray(
      fc.record({
        id: uuid,
        name,
        owner: fc.nat(10),
        hasOwner: fc.boolean(),
        importance: fc.constantFrom('key' as const, 'standard' as const),
        links: fc.uniqueArray(fc.record({ crm: fc.constantFrom(...crmIds), recordId: crmId }), {
          maxLength: 2,
          selector: (link) => `${link.crm}:${link.recordId}`,
        }),
        notes: fc.option(
          text.filter((value) => value !== ''),
          { nil: undefined },
        ),
      }),
      { maxLength: 5, selector: (account) => account.id },
    ),
    skills: fc.uniqueArray(
      fc.record({ id: uuid, name, description: fc.constant(''), order: fc.nat(20), archived: fc.boolean() }),
      { minLength: 1, maxLength: 4, selector: (skill) => skill.id },
    ),
    observations: fc.array(
      fc.record({
        id: uuid,
        rep: fc.nat(10),
        account: fc.option(fc.nat(10), { nil: undefined }),
        context: fc.constantFrom(...observationContexts),
        observedAt: epoch,
        durationMin: fc.option(fc.integer({ min: 1, max: 1440 }), { nil: undefined }),
        score: fc.integer({ min: 1, max: 4 }),
        saw: text,
        sharedWithRep: fc.boolean(),
      }),
      { maxLength: 8 },
    ),
    results: fc.array(
      fc.record({
        id: uuid,
        rep: fc.nat(10),
        period: fc.constantFrom('2026-Q1', '2026-Q2', '2026-03', '2025-12'),
        attainmentPct: percent(1000),
        winRatePct: fc.option(percent(100), { nil: undefined }),
        pipeline: fc.option(percent(1e12), { nil: undefined }),
      }),
      { maxLength: 8 },
    ),
    timeEntries: fc.array(
      fc.record({
        id: uuid,
        day: fc.constantFrom('2026-01-31', '2025-12-01'),
        activity: fc.constantFrom(...activities),
        minutes: fc.integer({ min: 1, max: 1440 }),
      }),
      { maxLength: 4 },
    ),
  })
  .map((raw): BackupTables => {
    const keep = <T>(rows: (T | undefined)[]) => rows.filter((row): row is T => row !== undefined);
    // CRM links are unique across reps (and across accounts): the first rep to use one keeps it.
    const usedUsers = new Set<string>();
    const reps = keep(
      raw.reps.map(({ links, ...rep }) => {
        const crmLinks = links.filter((link) => !usedUsers.has(`${link.crm}:${link.userId}`));
        crmLinks.forEach((link) => usedUsers.add(`${link.crm}:${link.userId}`));
        return valid<Rep>('reps', { ...rep, crmLinks, crmKeys: repCrmKeys(crmLinks) });
      }),
    );
    const repAt = (index: number) => reps[index % reps.length]!.id;
    const usedRecords = new Set<string>();
    const accounts = keep(
      raw.accounts.map(({ links, owner, hasOwner, ...account }) => {
        const crmLinks = links.filter((link) => !usedRecords.has(`${link.crm}:${link.recordId}`));
        crmLinks.forEach((link) => usedRecords.add(`${link.crm}:${link.recordId}`));
        return valid<Account>('accounts', {
          ...account,
          ...(hasOwner ? { ownerRepId: repAt(owner) } : {}),
          crmLinks,
          crmKeys: accountCrmKeys(crmLinks),
        });
      }),
    );
    const skills = keep(
      raw.skills.map((skill) =>
        valid<Skill>('skills', { ...skill, levels: ['Not yet', 'Developing', 'Proficient', 'Role model'] }),
      ),
    );
    const usedIds = new Set([...reps, ...accounts, ...skills].map((row) => row.id));
    const fresh = <T extends { id: string }>(rows: T[]) =>
      rows.filter((row) => !usedIds.has(row.id) && usedIds.add(row.id));
    const observations = keep(
      fresh(raw.observations).map(({ rep, account, score, ...obs }) =>
        valid<Observation>('observations', {
          ...obs,
          repId: repAt(rep),
          ...(account !== undefined && accounts.length > 0
            ? { accountId: accounts[account % accounts.length]!.id }
            : {}),
          ratings: [{ skillId: skills[0]!.id, score }],
          keep: '',
          start: '',
          stop: '',
          createdAt: obs.observedAt,
        }),
      ),
    );
    const periods = new Set<string>();
    const results = keep(
      fresh(raw.results).map(({ rep, ...result }) => {
        const repId = repAt(rep);
        if (periods.has(`${repId} ${result.period}`)) return undefined;
        periods.add(`${repId} ${result.period}`);
        return valid<Result>('results', { ...result, repId });
      }),
    );
    const plans = keep([
      valid<Plan>('plans', {
        id: crypto.randomUUID(),
        repId: repAt(0),
        skillId: skills[0]!.id,
        fromLevel: 1,
        targetLevel: 3,
        actions: [{ text: '=Practise', done: true }],
        support: '',
        reviewAt: 5,
        status: 'active',
        createdAt: 1,
      }),
    ]);
    const strategies = accounts.length
      ? keep([
          valid<Strategy>('strategies', {
            id: crypto.randomUUID(),
            accountId: accounts[0]!.id,
            answers: { objective: '@pilot' },
            updatedAt: 1,
          }),
        ])
      : [];
    const timeEntries = keep(
      fresh(raw.timeEntries).map((entry, index) =>
        valid<TimeEntry>('timeEntries', {
          ...entry,
          ...(observations[index] ? { observationId: observations[index].id, repId: observations[index].repId } : {}),
        }),
      ),
    );
    return { reps, accounts, skills, observations, plans, strategies, results, timeEntries };
  });

async function withDbs(run: (source: CoachLensDb, target: CoachLensDb) => Promise<void>): Promise<void> {
  const source = openCoachLensDb(`rt-source-${crypto.randomUUID()}`);
  const target = openCoachLensDb(`rt-target-${crypto.randomUUID()}`);
  try {
    await run(source, target);
  } finally {
    for (const db of [source, target]) {
      await deleteSnapshotDb(db);
      await deleteDatabase(db);
    }
  }
}

async function seed(db: CoachLensDb, tables: BackupTables): Promise<void> {
  await db.transaction('rw', db.tables, async () => {
    for (const name of tableNames) await db.table(name).bulkAdd(tables[name]);
  });
}

describe('round trips', () => {
  it('JSON: export, then import into an empty database, gives the same data', async () => {
    await fc.assert(
      fc.asyncProperty(dataset, async (tables) => {
        await withDbs(async (source, target) => {
          await seed(source, tables);
          const text = JSON.stringify(await exportBackup(source, 1));
          await applyImport(target, await checkBackupText(text, 'backup.json'));
          expect(await readAllRows(target)).toEqual(await readAllRows(source));
          // And importing it again changes nothing.
          const again = await applyImport(target, await checkBackupText(text, 'backup.json'));
          expect(again.written).toBe(0);
        });
      }),
      { numRuns: 40 },
    );
    // 40 runs of two imports, each keeping a copy of the data first.
  }, 30_000);

  it('CSV: reps, accounts and results exported and imported into an empty database are the same rows', async () => {
    await fc.assert(
      fc.asyncProperty(dataset, async (tables) => {
        await withDbs(async (source, target) => {
          await seed(source, tables);
          for (const table of ['reps', 'accounts', 'results'] as const) {
            if (tables[table].length === 0) continue; // a header-only CSV is refused by design
            const csv = await exportCsv(source, table);
            const prepared = await prepareCsvImport(target, table, csv, `${table}.csv`);
            if (prepared.problems) throw prepared.problems;
            await applyImport(target, prepared.backup!);
          }
          const [before, after] = [await readAllRows(source), await readAllRows(target)];
          expect(after.reps).toEqual(before.reps);
          expect(after.accounts).toEqual(before.accounts);
          expect(after.results).toEqual(before.results);
        });
      }),
      { numRuns: 40 },
    );
  });
});
