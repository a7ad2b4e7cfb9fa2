/**
 * The sample's strategy answers: facts about each account the sample prepares a meeting for, and
 * one sentence per prompt built from them, so every answer is about its own account.
 */
interface AccountFacts {
  meeting: string;
  commitment: string;
  why: string;
  goal: string;
  problem: string;
  insight: string;
  buyer: string;
  champion: string;
  unmet: string;
  criteria: string;
  process: string;
  alternative: string;
  flag: string;
}

const facts: readonly AccountFacts[] = [
  {
    meeting: 'the finance review',
    commitment: 'a signed pilot for the two plants in Ohio',
    why: 'their ERP contract ends in June and they are choosing the reporting layer now',
    goal: 'close the books in 5 days instead of 9',
    problem: 'four analysts re-key plant data every month-end, about $30k a month in overtime',
    insight: 'a peer manufacturer cut close time by 40% by automating plant roll-ups',
    buyer: 'Hank Scorpio, CFO: a win is an audit with no late adjustments',
    champion: 'Priya Nair, finance systems lead; tested: she booked the CFO meeting herself',
    unmet: 'the group IT security officer, who vetoed a cloud tool last year',
    criteria: 'ERP integration, audit trail, time to value; we lead on the first two',
    process: 'CFO approval up to $150k, then procurement (3 weeks) and a security review',
    alternative: 'building it in their ERP with a consultancy; slower, and they know it',
    flag: 'procurement asked for three quotes, which usually means price will decide',
  },
  {
    meeting: 'the operations workshop',
    commitment: 'access to their ticket data for a two-week assessment',
    why: 'they are our largest account in the region up for renewal this year',
    goal: 'halve the backlog of open support tickets by Q3',
    problem: 'tickets wait 4 days for triage; churn among small customers doubled',
    insight: 'most of their backlog is three ticket types that can be routed automatically',
    buyer: 'Bill Lumbergh, VP Operations: wants a number for the board in May',
    champion: 'Milton Waddams in support tooling; not tested yet',
    unmet: 'the head of customer success, who owns the churn target',
    criteria: 'routing accuracy, agent adoption, price per seat',
    process: 'VP sign-off, a 30-day trial, legal review of the data terms',
    alternative: 'hiring six more agents, which finance already refused once',
    flag: 'our champion has missed the last two calls',
  },
  {
    meeting: 'the quarterly business review',
    commitment: 'a date to extend the rollout to the Rotterdam hub',
    why: 'expansion here is half of the region’s growth plan for the year',
    goal: 'cut empty truck kilometres by 15%',
    problem: 'planners re-plan routes by hand twice a day after late orders',
    insight: 'late orders cluster on two customers; fixing their cut-off saves more than any tool',
    buyer: 'Albert Wesker, COO: measured on cost per shipment',
    champion: 'Jill Valentine, hub manager in Antwerp, where the first rollout worked',
    unmet: 'the Rotterdam hub manager, new since January',
    criteria: 'proof from Antwerp, planner time saved, no new hardware',
    process: 'COO decides; the works council must be informed two weeks ahead',
    alternative: 'doing nothing until the new warehouse system is in, next year',
    flag: 'the Rotterdam manager came from a competitor’s customer',
  },
  {
    meeting: 'the technical evaluation',
    commitment: 'agreement that our API meets their integration test plan',
    why: 'a design win here puts us in every new product line for three years',
    goal: 'launch two product lines this year without adding engineers',
    problem: 'engineering spends a third of its time on supplier data clean-up',
    insight: 'their competitor moved supplier onboarding to a shared portal and halved clean-up',
    buyer: 'Pepper Potts, COO; the CTO advises',
    champion: 'Happy Hogan, engineering manager; he shared the test plan early',
    unmet: 'the CTO, who has a favourite open-source option',
    criteria: 'API coverage, uptime record, support in their time zone',
    process: 'technical sign-off, then a steering committee in the last week of the quarter',
    alternative: 'the open-source option, supported by two of their own engineers',
    flag: 'the test plan changed twice in two weeks',
  },
  {
    meeting: 'the renewal meeting',
    commitment: 'a three-year renewal including the fleet module',
    why: 'it is a reference account for freight, and renewal is at risk',
    goal: 'keep on-time delivery above 96% through peak season',
    problem: 'last peak, manual dispatch caused 300 late loads and two lost contracts',
    insight: 'the fleet module’s alerts would have flagged 80% of last peak’s late loads',
    buyer: 'Lucius Fox, managing director: cares about the two lost contracts',
    champion: 'Alfred Pennyworth, dispatch lead, a heavy user who tells others about us',
    unmet: 'the new procurement director',
    criteria: 'price increase, uptime during peak, the fleet module’s setup time',
    process: 'renewal notice due 60 days before term; the MD signs',
    alternative: 'a cheaper dispatch tool bundled with their telematics',
    flag: 'they asked for our uptime report for the last 12 months',
  },
  {
    meeting: 'the first meeting with the new buyer',
    commitment: 'a discovery workshop with the sales-ops team',
    why: 'a new head of sales is rebuilding the toolset, so the door is open for six months',
    goal: 'grow the channel partner business by 25%',
    problem: 'partner deals register late, so rebates are disputed every quarter',
    insight: 'partner registration at the quote stage ends most rebate disputes',
    buyer: 'Wile E. Coyote, head of sales, new from a software firm',
    champion: 'none yet; the sales-ops manager may be one',
    unmet: 'the channel director, who built the current process',
    criteria: 'not known yet: to find out in the workshop',
    process: 'not known yet; budget is set in the autumn',
    alternative: 'their CRM vendor’s partner add-on',
    flag: 'the channel director may see us as a threat to his process',
  },
];

/** The sample's answer to one prompt for the account at `index` (0–5); null when there is none. */
export function sampleAnswer(index: number, promptId: string, accountName: string, ownerName: string): string | null {
  const f = facts[index];
  if (!f) return null;
  const answers: Record<string, string> = {
    objective: `At ${f.meeting}, ask ${accountName} for ${f.commitment}; fallback: a date for the next step.`,
    'why-account': `${accountName} matters now because ${f.why}.`,
    goals: `They want to ${f.goal}.`,
    problem: `Today ${f.problem}.`,
    insight: `Our insight: ${f.insight}.`,
    'economic-buyer': f.buyer + '.',
    'buying-group': `Champion: ${f.champion}.`,
    unmet: `Not met yet: ${f.unmet}.`,
    criteria: `Criteria: ${f.criteria}.`,
    process: `Process: ${f.process}.`,
    alternatives: `Alternative: ${f.alternative}.`,
    'red-flags': `Red flag: ${f.flag}.`,
    questions: `Ask what it costs them that ${f.problem.split(',')[0]}; expect pushback on ${f.criteria.split(',')[0]}.`,
    tailoring: `${ownerName} leads; for ${f.buyer.split(':')[0]}, lead with the number behind “${f.goal}”.`,
  };
  return answers[promptId] ?? null;
}
