// A benchmark script, not a test (DESIGN §8: the panel stays fast with 1,000 reps and 100,000
// observations). It reports numbers only. Vitest 5 has no `bench` export, so this runs as a plain
// script, e.g. bundled:
//   npx rolldown utils/insights/insights.bench.ts --platform node --format esm -o /tmp/insights-bench.mjs
//   node /tmp/insights-bench.mjs
import type { Observation, Rating, Result, TimeEntry } from '../schemas';
import { accountInsightFrom } from './account-insight';
import { repInsight, repInsightFrom } from './rep-insight';
import { teamInsights } from './team-insights';
import { account, daysAgo, emptyInput, now, plan, rep, skill, strategy } from './test-fixtures';

function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (Math.imul(state, 1_664_525) + 1_013_904_223) >>> 0;
    return state / 2 ** 32;
  };
}

const next = random(7);
const skills = Array.from({ length: 8 }, (_, i) => skill(`skill-${i}`, i));
const reps = Array.from({ length: 1000 }, (_, i) => rep(`rep-${i}`));
const accounts = Array.from({ length: 2000 }, (_, i) =>
  account(`account-${i}`, { ownerRepId: `rep-${i % 1000}`, importance: i % 5 === 0 ? 'key' : 'standard' }),
);
const observations: Observation[] = Array.from({ length: 100_000 }, (_, i) => {
  const ratings: Rating[] = [];
  for (const s of skills) {
    if (next() < 0.4) ratings.push({ skillId: s.id, score: (1 + Math.floor(next() * 4)) as 1 | 2 | 3 | 4 });
  }
  const observedAt = daysAgo(Math.floor(next() * 720));
  return {
    id: `obs-${i}`,
    repId: `rep-${Math.floor(next() * 1000)}`,
    accountId: `account-${Math.floor(next() * 2000)}`,
    context: 'joint-call',
    observedAt,
    ratings,
    saw: 'note',
    keep: '',
    start: '',
    stop: '',
    sharedWithRep: false,
    createdAt: observedAt,
  };
});
const results: Result[] = reps.flatMap((r, i) =>
  ['2026-Q2', '2026-07'].map((period) => ({
    id: `${r.id}-${period}`,
    repId: r.id,
    period,
    attainmentPct: 50 + ((i * 37) % 100),
  })),
);
const timeEntries: TimeEntry[] = Array.from({ length: 5000 }, (_, i) => ({
  id: `time-${i}`,
  day: `2026-08-${String(1 + (i % 28)).padStart(2, '0')}`,
  activity: i % 3 === 0 ? 'selling' : 'coaching',
  minutes: 30,
  repId: `rep-${i % 1000}`,
}));
const input = emptyInput({
  skills,
  reps,
  accounts,
  observations,
  results,
  timeEntries,
  plans: reps.map((r, i) => plan(r.id, `skill-${i % 8}`)),
  strategies: accounts.map((a) => strategy(a.id, { meetingAt: daysAgo(-3) })),
});

/** Median wall time in milliseconds of `runs` calls after one warm-up. */
function time(label: string, runs: number, fn: () => void): void {
  fn();
  const samples: number[] = [];
  for (let i = 0; i < runs; i += 1) {
    const start = performance.now();
    fn();
    samples.push(performance.now() - start);
  }
  samples.sort((a, b) => a - b);
  const median = samples[Math.floor(samples.length / 2)] ?? 0;
  console.log(`${label}: median ${median.toFixed(1)} ms over ${runs} runs`);
}

console.log(`insights: ${reps.length} reps, ${observations.length} observations, ${accounts.length} accounts`);
const team = teamInsights(input, now);
time('teamInsights (group once)', 10, () => void teamInsights(input, now));
time('repInsightFrom, every one of 1,000 reps', 10, () => {
  for (const r of reps) repInsightFrom(team, r.id);
});
time('accountInsightFrom, every one of 2,000 accounts', 10, () => {
  for (const a of accounts) accountInsightFrom(team, a.id);
});
time('repInsight for one rep from all rows', 10, () => void repInsight(input, 'rep-1', now));
