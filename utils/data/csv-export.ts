import Papa from 'papaparse';
import type { CoachLensDb } from '../db';
import { guard } from '../db/guard';
import { cleanText } from '../schemas/clean-text';
import { tableNames } from './backup-format';
import { formatCrmLinks, neutraliseCell } from './csv-cells';

export const csvExportTables = ['reps', 'accounts', 'observations', 'results', 'plans'] as const;
export type CsvExportTable = (typeof csvExportTables)[number];

type Cell = string | number | boolean | undefined;

function isoTime(epochMs: number | undefined): string | undefined {
  return epochMs === undefined ? undefined : new Date(epochMs).toISOString();
}

function cell(value: Cell): string {
  if (value === undefined) return '';
  // Rows stored before text was cleaned on the way in may hold a NUL, which would make the file
  // look binary to every reader, CoachLens's own import included.
  if (typeof value === 'string') return neutraliseCell(cleanText(value));
  return String(value);
}

/**
 * One table as CSV: UTF-8 with a byte-order mark (so Excel reads names correctly), `,` separated,
 * CRLF line ends, a header row of field names. Text cells that a spreadsheet would run as a
 * formula are neutralised (`csv-cells.ts`); CSV import restores them. Reps, accounts and results
 * carry their ids and every field, so importing the file gives back the same rows; observations
 * and plans are for reading in a spreadsheet (names beside ids, readable dates).
 */
export async function exportCsv(db: CoachLensDb, table: CsvExportTable): Promise<string> {
  const data = await guard('CSV not made', () =>
    db.transaction(
      'r',
      tableNames.map((name) => db.table(name)),
      async () => ({
        reps: await db.reps.toArray(),
        accounts: await db.accounts.toArray(),
        skills: await db.skills.toArray(),
        observations: table === 'observations' ? await db.observations.orderBy('observedAt').toArray() : [],
        results: table === 'results' ? await db.results.toArray() : [],
        plans: table === 'plans' ? await db.plans.toArray() : [],
      }),
    ),
  );
  const repName = new Map(data.reps.map((rep) => [rep.id, rep.name]));
  const accountName = new Map(data.accounts.map((account) => [account.id, account.name]));
  const skillName = new Map(data.skills.map((skill) => [skill.id, skill.name]));
  let fields: string[];
  let rows: Cell[][];
  switch (table) {
    case 'reps':
      fields = ['id', 'name', 'email', 'team', 'tier', 'tierSource', 'active', 'crmLinks'];
      rows = data.reps.map((rep) => [
        rep.id,
        rep.name,
        rep.email,
        rep.team,
        rep.tier,
        rep.tierSource,
        rep.active,
        formatCrmLinks(rep.crmLinks.map((link) => ({ crm: link.crm, id: link.userId }))),
      ]);
      break;
    case 'accounts':
      fields = ['id', 'name', 'importance', 'ownerRepId', 'owner', 'crmLinks', 'notes'];
      rows = data.accounts.map((account) => [
        account.id,
        account.name,
        account.importance,
        account.ownerRepId,
        account.ownerRepId === undefined ? undefined : repName.get(account.ownerRepId),
        formatCrmLinks(account.crmLinks.map((link) => ({ crm: link.crm, id: link.recordId }))),
        account.notes,
      ]);
      break;
    case 'results':
      fields = ['id', 'repId', 'rep', 'period', 'attainmentPct', 'winRatePct', 'pipeline'];
      rows = data.results.map((result) => [
        result.id,
        result.repId,
        repName.get(result.repId),
        result.period,
        result.attainmentPct,
        result.winRatePct,
        result.pipeline,
      ]);
      break;
    case 'observations':
      fields = [
        'id',
        'observedAt',
        'repId',
        'rep',
        'accountId',
        'account',
        'context',
        'durationMin',
        'ratings',
        'saw',
        'keep',
        'start',
        'stop',
        'sharedWithRep',
        'createdAt',
      ];
      rows = data.observations.map((obs) => [
        obs.id,
        isoTime(obs.observedAt),
        obs.repId,
        repName.get(obs.repId),
        obs.accountId,
        obs.accountId === undefined ? undefined : accountName.get(obs.accountId),
        obs.context,
        obs.durationMin,
        obs.ratings.map((rating) => `${skillName.get(rating.skillId) ?? rating.skillId}: ${rating.score}`).join('; '),
        obs.saw,
        obs.keep,
        obs.start,
        obs.stop,
        obs.sharedWithRep,
        isoTime(obs.createdAt),
      ]);
      break;
    case 'plans':
      fields = [
        'id',
        'repId',
        'rep',
        'skillId',
        'skill',
        'fromLevel',
        'targetLevel',
        'status',
        'reviewAt',
        'actions',
        'support',
        'createdAt',
      ];
      rows = data.plans.map((plan) => [
        plan.id,
        plan.repId,
        repName.get(plan.repId),
        plan.skillId,
        skillName.get(plan.skillId),
        plan.fromLevel,
        plan.targetLevel,
        plan.status,
        isoTime(plan.reviewAt),
        plan.actions.map((action) => `[${action.done ? 'x' : ' '}] ${action.text}`).join(' | '),
        plan.support,
        isoTime(plan.createdAt),
      ]);
      break;
  }
  return `\ufeff${Papa.unparse({ fields, data: rows.map((row) => row.map(cell)) }, { newline: '\r\n' })}\r\n`;
}
