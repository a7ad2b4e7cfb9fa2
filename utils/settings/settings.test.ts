import { fakeBrowser } from 'wxt/testing/fake-browser';
import { defaultInsightSettings } from '../insights/settings';
import { readInsightSettings, sanitizeInsightSettings, saveInsightSettings } from './index';
import { insightSettingsItem, themeItem, welcomeItem } from '@/utils/storage/items';

beforeEach(() => fakeBrowser.reset());

describe('settings', () => {
  it('falls back to the design defaults', async () => {
    expect(await readInsightSettings()).toEqual(defaultInsightSettings);
    expect(await themeItem.getValue()).toBe('system');
    expect(await welcomeItem.getValue()).toEqual({ completed: false, crm: null });
  });

  it('keeps valid fields and replaces invalid ones with defaults', () => {
    expect(sanitizeInsightSettings({ cadenceTargetDays: 21, halfLifeDays: -3, coachingShareTarget: 'x' })).toEqual({
      ...defaultInsightSettings,
      cadenceTargetDays: 21,
    });
    expect(sanitizeInsightSettings(null)).toEqual(defaultInsightSettings);
  });

  it('saves valid settings and refuses out-of-range ones', async () => {
    await saveInsightSettings({ ...defaultInsightSettings, coachingMinutesTarget: 240 });
    expect((await insightSettingsItem.getValue()).coachingMinutesTarget).toBe(240);
    await expect(saveInsightSettings({ ...defaultInsightSettings, coachingShareTarget: 2 })).rejects.toThrow();
  });
});
