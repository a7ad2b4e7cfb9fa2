// The insights' CPU cost on the large data set, in Node (folded in from the earlier
// utils/insights/insights.bench.ts). Bundled by bench.ts with rolldown, because utils/ imports
// have no `.ts` extensions, then run in a child process: `node insights-cpu.mjs <backup.json>`.
import { readFileSync } from 'node:fs';
import { accountInsightFrom } from '../../utils/insights/account-insight';
import { repInsight, repInsightFrom } from '../../utils/insights/rep-insight';
import { teamInsights } from '../../utils/insights/team-insights';
import { TeamInsightsMemo } from '../../utils/insights/team-insights-memo';
import { defaultInsightSettings } from '../../utils/insights/settings';
import type { BackupFile } from '../../utils/data/backup-format';

const file = process.argv[2];
if (!file) throw new Error('usage: insights-cpu <backup.json>');
const backup = JSON.parse(readFileSync(file, 'utf8')) as BackupFile;
const input = {
  ...backup.tables,
  observations: [...backup.tables.observations].sort((a, b) => a.observedAt - b.observedAt),
};
const now = Date.now();

/** Wall times in milliseconds of `runs` calls after one warm-up. */
function time(runs: number, fn: () => void): number[] {
  fn();
  const samples: number[] = [];
  for (let i = 0; i < runs; i += 1) {
    const start = performance.now();
    fn();
    samples.push(performance.now() - start);
  }
  return samples;
}

const team = teamInsights(input, now);
const repIds = input.reps.map((rep) => rep.id);
const accountIds = input.accounts.map((account) => account.id);
const firstRep = repIds[0]!;
// What the background's team cache does after a popup save: one observation is a new row object,
// every other row keeps its identity (utils/db/input-mirror.ts), the clock holds still.
const memo = new TeamInsightsMemo();
memo.compute(input, now, defaultInsightSettings);
let edits = 0;
const afterOneWrite = () => {
  edits += 1;
  const observations = [...input.observations];
  const index = (edits * 7_919) % observations.length;
  const row = observations[index]!;
  observations[index] = { ...row, ratings: row.ratings.map((rating) => ({ ...rating, score: 1 + (edits % 4) })) };
  input.observations = observations;
  memo.compute(input, now, defaultInsightSettings);
};
const result = {
  teamInsightsMs: time(5, () => void teamInsights(input, now)),
  teamInsightsAfterOneWriteMs: time(5, afterOneWrite),
  repInsightFromAllRepsMs: time(5, () => {
    for (const id of repIds) repInsightFrom(team, id);
  }),
  accountInsightFromAllAccountsMs: time(5, () => {
    for (const id of accountIds) accountInsightFrom(team, id);
  }),
  repInsightOneRepFromAllRowsMs: time(5, () => void repInsight(input, firstRep, now)),
  reps: repIds.length,
  accounts: accountIds.length,
  observations: input.observations.length,
};
process.stdout.write(JSON.stringify(result));
