import { accountInsightFrom, repInsightFrom, type TeamInsights } from '@/utils/insights';

export interface OverdueNudge {
  repId: string;
  name: string;
  /** null: never observed. */
  daysSince: number | null;
}

export interface ReviewNudge {
  planId: string;
  repId: string;
  name: string;
  skillName: string;
  reviewAt: number;
  overdue: boolean;
}

export interface MeetingNudge {
  accountId: string;
  name: string;
  meetingAt: number;
  unansweredCount: number;
}

export interface TodayNudges {
  activeReps: number;
  overdue: OverdueNudge[];
  reviews: ReviewNudge[];
  meetings: MeetingNudge[];
}

/**
 * The day's nudges, all from the insight functions: active reps overdue for an observation (most
 * overdue first), plan reviews past or within 7 days (earliest first), and key accounts with a
 * meeting within 7 days and unanswered strategy prompts (soonest first).
 */
export function todayNudges(team: TeamInsights): TodayNudges {
  const overdue: OverdueNudge[] = [];
  for (const cadence of team.cadence) {
    const rep = team.repsById.get(cadence.repId);
    if (rep && cadence.overdue) overdue.push({ repId: rep.id, name: rep.name, daysSince: cadence.daysSince });
  }

  const reviews: ReviewNudge[] = [];
  for (const rep of team.repsById.values()) {
    if (!rep.active) continue;
    for (const plan of repInsightFrom(team, rep.id)?.plans ?? []) {
      if (!plan.reviewDue) continue;
      reviews.push({
        planId: plan.id,
        repId: rep.id,
        name: rep.name,
        skillName: plan.skillName,
        reviewAt: plan.reviewAt,
        overdue: plan.reviewOverdue,
      });
    }
  }
  reviews.sort((a, b) => a.reviewAt - b.reviewAt || a.name.localeCompare(b.name));

  const meetings: MeetingNudge[] = [];
  for (const account of team.accountsById.values()) {
    if (account.importance !== 'key') continue;
    for (const item of accountInsightFrom(team, account.id)?.attention.items ?? []) {
      meetings.push({
        accountId: account.id,
        name: account.name,
        meetingAt: item.meetingAt,
        unansweredCount: item.unansweredCount,
      });
    }
  }
  meetings.sort((a, b) => a.meetingAt - b.meetingAt || a.name.localeCompare(b.name));

  const activeReps = [...team.repsById.values()].filter((rep) => rep.active).length;
  return { activeReps, overdue, reviews, meetings };
}

/** Where a nudge opens in the dashboard (`options.html#rep/<id>`, `options.html#account/<id>`). */
export function dashboardPath(kind: 'rep' | 'account', id: string): string {
  return `/options.html#${kind}/${encodeURIComponent(id)}`;
}
