import type { Tier } from '@/utils/schemas/rep';

/** A chart colour slot (`--cl-chart-n`, `.chart-fill-n`), each with its own marker shape. */
export type ChartGroup = 1 | 2 | 3 | 4;

/**
 * One colour and one marker shape per tier, in every chart and badge: stars orange diamonds (the
 * star colour of the badges), core blue circles, developing purple squares, no tier grey triangles.
 */
export const tierChartGroup: Record<Tier, ChartGroup> = { star: 2, core: 1, developing: 3, unset: 4 };
