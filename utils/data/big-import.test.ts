import { describe, expect, it } from 'vitest';
import { countRows } from '../db/snapshot';
import type { Observation } from '../schemas';
import { checkBackupText } from './check-backup';
import { applyImport } from './import-plan';
import { sampleBackup, sampleIds, freshDataDbForEachTest } from '@/tests/support/data-db';
import type { Progress } from './yield';

const db = freshDataDbForEachTest();
const count = 100_000;

describe('a big backup', () => {
  it(`imports ${count.toLocaleString('en')} observations in slices, reporting progress and yielding to the page`, async () => {
    const backup = sampleBackup();
    const base = backup.tables.observations[0]!;
    backup.tables.observations = Array.from({ length: count }, (_, index): Observation => ({
      ...base,
      id: `${index.toString(16).padStart(8, '0')}-0000-4000-8000-000000000000`,
      observedAt: base.observedAt + index * 60_000,
      saw: `Observation ${index}: asked two impact questions, then summarised the customer's goals.`,
    }));
    backup.tables.timeEntries = [];
    const text = JSON.stringify(backup);
    const progress: Progress[] = [];
    let turns = 0;
    const ticker = setInterval(() => (turns += 1), 0);

    const started = performance.now();
    const checked = await checkBackupText(text, 'big.json', (p) => progress.push(p));
    const checkedAt = performance.now();
    const outcome = await applyImport(db(), checked, { onProgress: (p) => progress.push(p) });
    const finished = performance.now();
    clearInterval(ticker);

    expect(outcome.written).toBe(count + 7);
    expect((await countRows(db())).observations).toBe(count);
    expect(
      await db().observations.get(`${(count - 1).toString(16).padStart(8, '0')}-0000-4000-8000-000000000000`),
    ).toMatchObject({
      repId: sampleIds.rep,
    });
    const checking = progress.filter((p) => p.phase === 'checking');
    const writing = progress.filter((p) => p.phase === 'writing');
    expect(checking.length).toBeGreaterThan(count / 2_000 - 1);
    expect(writing.length).toBeGreaterThan(count / 5_000 - 1);
    expect(writing.at(-1)).toEqual({ phase: 'writing', done: count + 7, total: count + 7 });
    // Other tasks ran while the file was checked: the page was not frozen.
    expect(turns).toBeGreaterThan(10);

    const seconds = (finished - started) / 1000;
    console.info(
      `[throughput] ${count} observations, ${(text.length / 1e6).toFixed(1)} MB: checked in ${((checkedAt - started) / 1000).toFixed(1)} s, ` +
        `written in ${((finished - checkedAt) / 1000).toFixed(1)} s; ${Math.round(count / seconds)} rows/s overall (fake-indexeddb)`,
    );
  }, 600_000);
});
