import { defaultInsightSettings, type InsightSettings } from '../insights/settings';
import { insightSettingsItem } from '../storage/items';
import type { TableName } from '../db/app-db';
import type { Crm } from '../schemas/common';
import { z } from '../schemas/zod';

/**
 * The manager's small settings: their shapes, bounds and defaults. The storage items that hold them
 * are in `../storage/items.ts`.
 */

export const themes = ['system', 'light', 'dark'] as const;
export type Theme = (typeof themes)[number];

/** Bounds the settings form enforces; a stored value outside them falls back to the default. */
export const insightSettingsSchema = z.object({
  cadenceTargetDays: z.number().int().min(1).max(365),
  coachingMinutesTarget: z.number().int().min(0).max(6000),
  coachingShareTarget: z.number().min(0).max(1),
  halfLifeDays: z.number().int().min(7).max(730),
});

/** Keeps each valid stored field and replaces the rest with its default, so one bad value never breaks the dashboard. */
export function sanitizeInsightSettings(stored: unknown): InsightSettings {
  const result: InsightSettings = { ...defaultInsightSettings };
  if (typeof stored !== 'object' || stored === null) return result;
  const shape = insightSettingsSchema.shape;
  for (const key of Object.keys(shape) as (keyof InsightSettings)[]) {
    const parsed = shape[key].safeParse((stored as Record<string, unknown>)[key]);
    if (parsed.success) result[key] = parsed.data;
  }
  return result;
}

/** What the first-run welcome recorded: whether the manager finished it, and the CRM they use. */
export interface WelcomeState {
  completed: boolean;
  crm: Crm | null;
}

/** The ids of the rows `loadSampleTeam` wrote, table by table, so removing the sample touches nothing else. */
export interface SampleTeamRecord {
  loadedAt: number;
  ids: Record<TableName, string[]>;
}

export async function readInsightSettings(): Promise<InsightSettings> {
  return sanitizeInsightSettings(await insightSettingsItem.getValue());
}

export async function saveInsightSettings(settings: InsightSettings): Promise<InsightSettings> {
  const parsed = insightSettingsSchema.parse(settings);
  await insightSettingsItem.setValue(parsed);
  return parsed;
}
