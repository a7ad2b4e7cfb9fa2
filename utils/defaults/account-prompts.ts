/**
 * The account-strategy prompts (docs/method.md#account-strategy-prompts): what to work through in 10–15 minutes before a key
 * meeting. Ids are stable: saved answers are keyed by them (`strategies.answers[promptId]`).
 */
export interface AccountPrompt {
  readonly id: string;
  readonly group: AccountPromptGroup;
  readonly text: string;
}

export type AccountPromptGroup = 'purpose' | 'customer' | 'people' | 'decision' | 'risks';

export const accountPromptGroups: readonly { id: AccountPromptGroup; title: string }[] = [
  { id: 'purpose', title: 'Purpose' },
  { id: 'customer', title: "Customer's world" },
  { id: 'people', title: 'People and power' },
  { id: 'decision', title: 'Decision and competition' },
  { id: 'risks', title: 'Risks and rehearsal' },
];

export const accountPrompts: readonly AccountPrompt[] = [
  {
    id: 'objective',
    group: 'purpose',
    text: "The meeting's single objective, and the commitment we ask for (and the fallback).",
  },
  { id: 'why-account', group: 'purpose', text: 'Why this account matters to us now.' },
  { id: 'goals', group: 'customer', text: 'Their top goals and how they measure success.' },
  { id: 'problem', group: 'customer', text: 'The problem and its size: the cost of doing nothing, and why now.' },
  { id: 'insight', group: 'customer', text: 'The insight we bring, and its proof.' },
  { id: 'economic-buyer', group: 'people', text: 'The economic buyer, and what a win means for them.' },
  { id: 'buying-group', group: 'people', text: 'Users, technical evaluators, and our champion (tested how?).' },
  { id: 'unmet', group: 'people', text: 'Who we have not met who could block or speed this up.' },
  { id: 'criteria', group: 'decision', text: 'Their decision criteria, and how we compare.' },
  { id: 'process', group: 'decision', text: 'The decision and paper process, with dates.' },
  {
    id: 'alternatives',
    group: 'decision',
    text: 'The alternatives, including doing nothing; why they would pick us, in their words.',
  },
  { id: 'red-flags', group: 'risks', text: 'Red flags we see.' },
  { id: 'questions', group: 'risks', text: 'The questions we will ask, and the objections we expect.' },
  { id: 'tailoring', group: 'risks', text: 'How we tailor for each person in the room.' },
  { id: 'best-rep', group: 'risks', text: 'What our best rep would do differently.' },
  { id: 'debrief', group: 'risks', text: 'After the meeting: what changed, and which observation to log.' },
];
