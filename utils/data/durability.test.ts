import { describe, expect, it } from 'vitest';
import { daysSinceBackup, needsBackupReminder, readStorageDiagnostics, requestPersistence } from './durability';
import { lastBackupAtItem } from '@/utils/storage/items';

const day = 24 * 60 * 60 * 1000;

describe('backup reminder', () => {
  it('asks after 30 days, or when there was never a backup, but not for an empty database', () => {
    const now = 100 * day;
    expect(needsBackupReminder(null, now)).toBe(true);
    expect(needsBackupReminder(now - 29 * day, now)).toBe(false);
    expect(needsBackupReminder(now - 30 * day, now)).toBe(true);
    expect(needsBackupReminder(null, now, 0)).toBe(false);
    expect(daysSinceBackup(now - 45.5 * day, now)).toBe(45);
    expect(daysSinceBackup(null, now)).toBeNull();
  });

  it('stores lastBackupAt in extension storage', async () => {
    expect(await lastBackupAtItem.getValue()).toBeNull();
    await lastBackupAtItem.setValue(123);
    expect(await lastBackupAtItem.getValue()).toBe(123);
  });
});

describe('storage diagnostics', () => {
  it('reads persisted, usage and quota, and asks for persistence', async () => {
    const manager = {
      persisted: async () => false,
      persist: async () => true,
      estimate: async () => ({ usage: 2048, quota: 1e9 }),
    };
    expect(await readStorageDiagnostics(manager)).toEqual({ persisted: false, usageBytes: 2048, quotaBytes: 1e9 });
    expect(await requestPersistence(manager)).toBe(true);
  });

  it('says "unknown" where the browser has no StorageManager', async () => {
    expect(await readStorageDiagnostics(undefined)).toEqual({ persisted: null, usageBytes: null, quotaBytes: null });
    expect(await requestPersistence(undefined)).toBeNull();
  });
});
