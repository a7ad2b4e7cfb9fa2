/**
 * The default skill framework (docs/method.md#the-default-skill-framework): eight observable selling behaviours, each with a
 * behavioural anchor per level (1 Not yet · 2 Developing · 3 Proficient · 4 Role model).
 * Managers may edit or replace it. Each default has the same id in every profile, so a backup
 * restored on a new computer finds the skills it already has instead of adding them again.
 */
export interface DefaultSkill {
  /** Stable across installs (made once, by hand); never reused for another skill. */
  readonly id: string;
  readonly name: string;
  readonly description: string;
  readonly levels: readonly [string, string, string, string];
}

export const levelNames = ['Not yet', 'Learning', 'Proficient', 'Role model'] as const;

export const defaultSkills: readonly DefaultSkill[] = [
  {
    id: 'c0ac4e00-0000-4000-8000-000000000001',
    name: 'Call planning & objective',
    description: 'Comes to each call with a specific objective and the commitment to ask for.',
    levels: [
      'No stated goal.',
      'Vague goal, no commitment in mind.',
      'Specific objective and the advance to ask for; researched the customer.',
      "Plans objective, fallback advance, stakeholders' concerns; plan visible in CRM.",
    ],
  },
  {
    id: 'c0ac4e00-0000-4000-8000-000000000002',
    name: 'Opening & engagement',
    description: "Opens the meeting around the customer's priorities and gets them engaged.",
    levels: [
      'Pitches at once; customer passive.',
      'Sets an agenda without checking it.',
      'Agrees the agenda with the customer, tied to their priorities.',
      'Customer co-shapes the meeting; rep adapts live.',
    ],
  },
  {
    id: 'c0ac4e00-0000-4000-8000-000000000003',
    name: 'Discovery & need development',
    description: 'Uncovers problems and their impact until the customer states the need.',
    levels: [
      'Few or only fact questions; talks most.',
      'Finds problems, rarely explores impact.',
      'Explores problems and impact; customer states the need in their words.',
      "Quantifies impact with the customer; uncovers unspoken and other stakeholders' needs.",
    ],
  },
  {
    id: 'c0ac4e00-0000-4000-8000-000000000004',
    name: 'Credibility & insight',
    description: "Brings a point of view on the customer's business, backed by proof.",
    levels: [
      "Generic claims; can't answer business questions.",
      "Product knowledge, little view of the customer's business.",
      'Brings a relevant insight or reference that reframes; backs claims with proof.',
      'Seen as an adviser; challenges assumptions constructively.',
    ],
  },
  {
    id: 'c0ac4e00-0000-4000-8000-000000000005',
    name: 'Tailored offer presentation',
    description: 'Presents only what matters to this customer, tied to their needs.',
    levels: [
      'Feature tour unrelated to needs.',
      'Links some features to needs; same pitch for all.',
      'Presents only what matters, tied to stated needs per stakeholder.',
      'Quantified value story the customer can repeat internally.',
    ],
  },
  {
    id: 'c0ac4e00-0000-4000-8000-000000000006',
    name: 'Handling concerns & objections',
    description: 'Treats concerns as information: clarifies, answers with evidence, checks.',
    levels: [
      'Argues, ignores or discounts.',
      'Answers the surface objection only.',
      'Clarifies, acknowledges, answers with evidence, checks.',
      'Anticipates concerns early; keeps price on value.',
    ],
  },
  {
    id: 'c0ac4e00-0000-4000-8000-000000000007',
    name: 'Gaining commitment & next steps',
    description: 'Ends each meeting with a specific, dated step the customer owns.',
    levels: [
      'Ends with "I\'ll follow up".',
      'Vague next step, customer owns nothing.',
      'Specific dated next step with customer-owned actions.',
      'Maps the remaining decision process and secures commitments.',
    ],
  },
  {
    id: 'c0ac4e00-0000-4000-8000-000000000008',
    name: 'Account & stakeholder strategy',
    description: 'Knows who decides and builds relationships across the buying group.',
    levels: [
      "Single-threaded; doesn't know who decides.",
      'Knows roles, thin relationships.',
      'Economic, user and technical buyers and a champion mapped.',
      'Multi-threaded at executive level; tests the champion; acts on red flags.',
    ],
  },
];
