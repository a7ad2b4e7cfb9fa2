import { accountPrompts } from '../defaults/account-prompts';
import { localDay } from '../db/guard';
import { dayMs, previousQuarter, quarterOf } from '../insights/periods';
import type {
  Account,
  Activity,
  Observation,
  ObservationContext,
  Plan,
  Rating,
  Rep,
  Result,
  Skill,
  Strategy,
  TimeEntry,
} from '../schemas';
import { skillNotes } from './notes';
import { createRandom, type Random } from './prng';
import { sampleAnswer } from './strategy-answers';

/** The sample team's rows, ready to write; every id is fresh from the seeded PRNG. */
export interface SampleTeam {
  reps: Rep[];
  accounts: Account[];
  observations: Observation[];
  plans: Plan[];
  strategies: Strategy[];
  results: Result[];
  timeEntries: TimeEntry[];
}

type SampleTier = 'star' | 'core' | 'developing';

interface SampleRepSpec {
  name: string;
  tier: SampleTier;
  /** Days since the last observation: a few reps are overdue, so the overview has something to flag. */
  lastSeenDaysAgo: number;
  attainment: readonly [number, number];
}

const repSpecs: readonly SampleRepSpec[] = [
  { name: 'Maya Chen', tier: 'star', lastSeenDaysAgo: 3, attainment: [124, 131] },
  { name: 'Diego Alvarez', tier: 'star', lastSeenDaysAgo: 8, attainment: [118, 122] },
  { name: 'Jonas Berg', tier: 'core', lastSeenDaysAgo: 5, attainment: [97, 101] },
  { name: 'Dana Whitfield', tier: 'core', lastSeenDaysAgo: 11, attainment: [92, 96] },
  { name: 'Sam Okafor', tier: 'core', lastSeenDaysAgo: 2, attainment: [88, 94] },
  { name: 'Lena Fischer', tier: 'core', lastSeenDaysAgo: 19, attainment: [99, 90] },
  { name: 'Tom Walsh', tier: 'core', lastSeenDaysAgo: 26, attainment: [86, 89] },
  { name: 'Aiko Tanaka', tier: 'developing', lastSeenDaysAgo: 6, attainment: [71, 78] },
  { name: 'Ben Carter', tier: 'developing', lastSeenDaysAgo: 33, attainment: [64, 69] },
];

const accountNames = [
  'Globex Corporation',
  'Initech',
  'Umbrella Logistics',
  'Stark Components',
  'Wayne Freight',
  'Acme Tools',
  'Hooli Cloud',
  'Vandelay Industries',
  'Soylent Foods',
  'Cyberdyne Systems',
  'Tyrell Biotech',
  'Massive Dynamic',
  'Oscorp Materials',
  'Wonka Confectionery',
  'Gringotts Finance',
  'Monarch Retail',
  'Nakatomi Trading',
  'Prestige Worldwide',
  'Bluth Homes',
  'Dunder Paper',
  'Pied Piper Data',
  'Sterling Cooper',
  'Aperture Labs',
  'Black Mesa Energy',
  'Gekko Capital',
  'Duff Beverages',
  'Krusty Foods',
  'Los Pollos Supply',
  'Pawnee Utilities',
  'Rekall Travel',
] as const;

/**
 * Skills (by position in the default framework) on which the sample's stars do clearly better:
 * Discovery & need development, Gaining commitment & next steps, Account & stakeholder strategy.
 */
const differentiatorPositions = [2, 6, 7];

const contexts: readonly ObservationContext[] = ['joint-call', 'meeting', 'call-review', 'deal-review', 'ride-along'];

const baseLevel: Record<SampleTier, number> = { star: 3.2, core: 2.5, developing: 1.8 };
/** Added on the differentiating skills: stars do markedly better there, core reps a little worse. */
const differentiatorBoost: Record<SampleTier, number> = { star: 0.6, core: -0.3, developing: -0.3 };

function clampScore(value: number): 1 | 2 | 3 | 4 {
  return Math.min(4, Math.max(1, Math.round(value))) as 1 | 2 | 3 | 4;
}

function scoreFor(random: Random, tier: SampleTier, position: number, progress: number): 1 | 2 | 3 | 4 {
  const boost = differentiatorPositions.includes(position) ? differentiatorBoost[tier] : 0;
  // Core reps improve a little over the six months: the trend has something to show.
  const growth = tier === 'core' ? progress * 0.4 : 0;
  return clampScore(baseLevel[tier] + boost + growth + random.noise(0.7));
}

function pickSkillPositions(random: Random, count: number, skillCount: number): number[] {
  const chosen = new Set<number>();
  // Half the observations look at a differentiating skill, so the comparison has evidence.
  if (random.next() < 0.6) chosen.add(random.pick(differentiatorPositions.filter((p) => p < skillCount)));
  while (chosen.size < Math.min(count, skillCount)) chosen.add(random.int(0, skillCount - 1));
  return [...chosen].sort((a, b) => a - b);
}

/**
 * The notes of one observation, agreeing with its ratings: what was seen on the best-rated skill
 * (a strength when rated 3+, a problem when 1–2); what to keep from a strength; what to start on
 * the lowest-rated skill when it is rated 1–2. Phrases name the account, so reps' notes differ.
 */
function notesFor(
  random: Random,
  positions: readonly number[],
  ratings: readonly Rating[],
  accountName: string | undefined,
  /** Rotates the phrases, so two reps rated alike are not described in the same words. */
  variant: number,
): Pick<Observation, 'saw' | 'keep' | 'start' | 'stop'> {
  const fill = (text: string) => text.replaceAll('{account}', accountName ?? 'the customer');
  const rated = positions.map((position, index) => ({ notes: skillNotes[position], score: ratings[index]!.score }));
  const known = rated.filter((entry): entry is { notes: (typeof skillNotes)[number]; score: Rating['score'] } =>
    Boolean(entry.notes),
  );
  if (known.length === 0) return { saw: 'Joint call; notes to follow.', keep: '', start: '', stop: '' };
  const best = known.reduce((a, b) => (b.score > a.score ? b : a));
  const worst = known.reduce((a, b) => (b.score < a.score ? b : a));
  const phrases = best.score >= 3 ? best.notes.strong : best.notes.weak;
  const saw = fill(phrases[(variant + random.int(0, 1)) % phrases.length]!);
  const keep = best.score >= 3 ? random.pick(best.notes.keep) : '';
  const start = worst.score <= 2 ? random.pick(worst.notes.start) : '';
  return { saw, keep, start, stop: '' };
}

/** `hour` o'clock local time `daysAgo` days before `now` (negative: after); a past day never lands after `now`. */
function dayAt(now: number, daysAgo: number, hour = 10): number {
  const date = new Date(now - daysAgo * dayMs);
  date.setHours(hour, 0, 0, 0);
  return daysAgo >= 0 ? Math.min(date.getTime(), now) : date.getTime();
}

/**
 * A sample team for trying CoachLens: 9 reps (2 stars, 5 core, 2 developing by results), 30
 * accounts, about six months of observations on the given skills (active, in the framework's
 * order), results for the last two quarters, plans, strategy sessions and manager time. The same
 * `now`, skills and seed always give the same rows.
 */
export function generateSampleTeam(now: number, skills: readonly Pick<Skill, 'id' | 'name'>[], seed = 7): SampleTeam {
  const random = createRandom(seed);
  const team: SampleTeam = {
    reps: [],
    accounts: [],
    observations: [],
    plans: [],
    strategies: [],
    results: [],
    timeEntries: [],
  };
  // Results for the last two completed quarters: the ones tiers are ranked on.
  const lastQuarter = previousQuarter(quarterOf(now));
  const quarters = [previousQuarter(lastQuarter), lastQuarter];

  const reps = repSpecs.map((spec) => {
    const rep: Rep = {
      id: random.uuid(),
      name: spec.name,
      tier: 'unset',
      tierSource: 'results',
      crmLinks: [],
      crmKeys: [],
      active: true,
      team: 'Sample team',
    };
    team.reps.push(rep);
    quarters.forEach((period, index) => {
      team.results.push({
        id: random.uuid(),
        repId: rep.id,
        period,
        attainmentPct: spec.attainment[index] ?? 100,
        winRatePct: Math.round(Math.min(60, spec.attainment[index]! / 3.2 + random.noise(3))),
      });
    });
    return { spec, rep };
  });

  // Offset so Globex Corporation (the account on the sample CRM pages) is Dana Whitfield's, as the
  // pages say; the rest are spread over the team.
  const danaIndex = repSpecs.findIndex((spec) => spec.name === 'Dana Whitfield');
  accountNames.forEach((name, index) => {
    const owner = reps[(index + danaIndex) % reps.length]!.rep;
    team.accounts.push({
      id: random.uuid(),
      name,
      ownerRepId: owner.id,
      importance: index < 10 ? 'key' : 'standard',
      crmLinks: [],
      crmKeys: [],
    });
  });

  const horizonDays = 182;
  for (const [repIndex, { spec, rep }] of reps.entries()) {
    const owned = team.accounts.filter((account) => account.ownerRepId === rep.id);
    let daysAgo = spec.lastSeenDaysAgo;
    const times: number[] = [];
    while (daysAgo < horizonDays) {
      times.push(daysAgo);
      daysAgo += random.int(9, 20);
    }
    times.forEach((ago, visit) => {
      const observedAt = dayAt(now, ago, random.int(9, 16));
      const progress = 1 - ago / horizonDays;
      // Every third visit of a star watches one differentiating skill only: what a star does there,
      // quoted on "Stars vs core" under that skill and nowhere else.
      const focused = spec.tier === 'star' && visit % 3 === 0;
      const positions = focused
        ? [differentiatorPositions[(visit / 3) % differentiatorPositions.length]!].filter((p) => p < skills.length)
        : pickSkillPositions(random, random.int(2, 4), skills.length);
      const ratings: Rating[] = positions.map((position) => ({
        skillId: skills[position]!.id,
        score: scoreFor(random, spec.tier, position, progress),
      }));
      // A star's focused visit is always at one of their accounts: the note names it.
      const account = owned.length > 0 && (focused || random.next() < 0.7) ? random.pick(owned) : undefined;
      const notes = notesFor(random, positions, ratings, account?.name, repIndex + visit);
      const durationMin = random.pick([30, 45, 60, 60, 90]);
      // A star's strong single-skill note is what the manager marks as a technique to copy: one per
      // differentiating skill and star (the first three focused visits cover the three skills).
      const technique = focused && ratings[0] && ratings[0].score >= 3 && visit < 9;
      const observation: Observation = {
        id: random.uuid(),
        repId: rep.id,
        context: random.pick(contexts),
        observedAt,
        durationMin,
        ratings,
        ...notes,
        sharedWithRep: random.next() < 0.5,
        createdAt: observedAt,
        ...(account ? { accountId: account.id } : {}),
        ...(technique ? { starTechniques: [{ skillId: ratings[0]!.skillId, note: 'saw' as const }] } : {}),
      };
      team.observations.push(observation);
      team.timeEntries.push({
        id: random.uuid(),
        day: localDay(observedAt),
        activity: 'observing',
        minutes: durationMin,
        repId: rep.id,
        observationId: observation.id,
      });
    });
  }

  // Coaching conversations: more with core reps, as the research suggests, but not quite enough.
  for (const { spec, rep } of reps) {
    const sessions = spec.tier === 'core' ? 3 : spec.tier === 'star' ? 2 : 2;
    for (let index = 0; index < sessions; index += 1) {
      team.timeEntries.push({
        id: random.uuid(),
        day: localDay(dayAt(now, random.int(1, 40))),
        activity: 'coaching',
        minutes: random.pick([30, 45, 60]),
        repId: rep.id,
      });
    }
  }

  // The manager's other time on working days over the last six weeks, up to yesterday: today's
  // day is not over, and no entry may sit in days still to come.
  const otherActivities: readonly [Activity, number, number][] = [
    ['selling', 45, 120],
    ['internal-meetings', 60, 150],
    ['admin', 30, 90],
    ['account-strategy', 0, 40],
  ];
  for (let ago = 1; ago < 42; ago += 1) {
    const at = dayAt(now, ago);
    const weekday = new Date(at).getDay();
    if (weekday === 0 || weekday === 6) continue;
    for (const [activity, min, max] of otherActivities) {
      const minutes = random.int(min, max);
      if (minutes < 5) continue;
      team.timeEntries.push({ id: random.uuid(), day: localDay(at), activity, minutes });
    }
  }

  // Development plans already under way for two core reps, on a differentiating skill.
  const discovery = skills[differentiatorPositions[0]!] ?? skills[0];
  if (discovery) {
    for (const { rep } of reps.filter(({ spec }) => spec.name === 'Jonas Berg' || spec.name === 'Dana Whitfield')) {
      team.plans.push({
        id: random.uuid(),
        repId: rep.id,
        skillId: discovery.id,
        fromLevel: 2,
        targetLevel: 3,
        actions: [
          { text: 'Prepare three impact questions before every first meeting.', done: true },
          { text: 'Role-play discovery with Maya once a week.', done: false },
        ],
        support: 'Joint call every two weeks; I debrief within a day.',
        reviewAt: dayAt(now, -random.int(5, 25)),
        status: 'active',
        createdAt: dayAt(now, 30),
      });
    }
  }

  const ownerName = (repId: string | undefined) =>
    team.reps.find((rep) => rep.id === repId)?.name.split(' ')[0] ?? 'The owner';
  // Strategy sessions before upcoming meetings on six key accounts.
  team.accounts.slice(0, 6).forEach((account, index) => {
    const answered = accountPrompts.slice(0, 3 + index * 2);
    team.strategies.push({
      id: random.uuid(),
      accountId: account.id,
      ...(account.ownerRepId ? { repId: account.ownerRepId } : {}),
      answers: Object.fromEntries(
        answered.flatMap((prompt) => {
          const answer = sampleAnswer(index, prompt.id, account.name, ownerName(account.ownerRepId));
          return answer === null ? [] : [[prompt.id, answer]];
        }),
      ),
      meetingAt: dayAt(now, -(2 + index * 3), 14),
      updatedAt: dayAt(now, index + 1),
    });
  });

  return team;
}
