/**
 * What a manager might write after watching a rep, by skill (position in the default framework)
 * and by how it went: `strong` for a rating of 3 or 4, `weak` for 1 or 2. A note is picked from
 * the skill the observation rated highest (or lowest), so it always agrees with its ratings.
 * `{account}` is the account of the call, or "the customer".
 */
export interface SkillNotes {
  strong: readonly string[];
  weak: readonly string[];
  /** What to keep doing, said to the rep. */
  keep: readonly string[];
  /** What to start doing, said to the rep. */
  start: readonly string[];
}

export const skillNotes: readonly SkillNotes[] = [
  {
    // Call planning & objective
    strong: [
      'Opened with a written objective for the call and a fallback; {account} agreed to both.',
      'Had the org chart and last quarter’s usage ready; the call stayed on its one objective.',
    ],
    weak: [
      'No clear objective for the {account} call: it drifted into a product tour.',
      'Did not know who else would join from {account}; spent ten minutes on introductions.',
    ],
    keep: ['Keep writing the one objective and the fallback at the top of your call plan.'],
    start: ['Write down the one commitment you want before each call, and the fallback.'],
  },
  {
    // Opening & engagement
    strong: [
      'Agreed the agenda and the time in the first two minutes; {account} added an item of their own.',
      'Opened on a change at {account} they had posted about; the buyer relaxed at once.',
    ],
    weak: [
      'Started with our slides before checking what {account} wanted from the meeting.',
      'Small talk ran for a quarter of the call; the buyer checked the time twice.',
    ],
    keep: ['Keep checking the agenda with the customer before the first slide.'],
    start: ['Ask what they want from the meeting before you show anything.'],
  },
  {
    // Discovery & need development
    strong: [
      'Asked the CFO what a two-week delay in month-end close costs them; {account} put a number on it.',
      'Let {account} talk most of the call and summarised their need in their own words before moving on.',
      'Found a second stakeholder’s problem (IT security) nobody had mentioned, and explored its impact.',
    ],
    weak: [
      'Moved to the demo after the first pain point; never asked what it costs {account}.',
      'Asked about budget and timing but not about the problem behind them.',
      'Talked for most of the call; {account} answered in one-liners.',
    ],
    keep: ['Keep asking what the problem costs before you present.'],
    start: ['Ask two impact questions (cost, who else feels it) before any demo.'],
  },
  {
    // Credibility & insight
    strong: [
      'Shared how two similar firms cut onboarding time, with numbers; {account} asked for the case study.',
      'Challenged the buyer’s assumption about peak volumes with their own data, politely and with proof.',
    ],
    weak: [
      'Could not answer the question on integration limits; promised to come back.',
      'Repeated our brochure claims without an example {account} could relate to.',
    ],
    keep: ['Keep bringing one insight with proof from a customer like them.'],
    start: ['Bring one relevant customer story with numbers to each first meeting.'],
  },
  {
    // Tailored offer presentation
    strong: [
      'Showed only the three screens that matched the needs {account} had named, in their words.',
      'Tied each part of the proposal to a number {account} gave in discovery.',
    ],
    weak: [
      'Showed every module; {account}’s need for approvals came up only at the end.',
      'Presented the standard deck; none of the buyer’s words from discovery came back.',
    ],
    keep: ['Keep linking each feature you show to a need they named.'],
    start: ['Cut the demo to the parts that answer their stated needs.'],
  },
  {
    // Handling concerns & objections
    strong: [
      'Restated the price concern in the buyer’s words, then asked what they compare us with.',
      'Welcomed the security objection and agreed a call with their IT lead to settle it.',
    ],
    weak: [
      'Argued with the price objection instead of asking what it was based on.',
      'Offered a discount before {account} had said what worried them.',
    ],
    keep: ['Keep restating a concern before answering it.'],
    start: ['Ask what a concern is based on before you answer it.'],
  },
  {
    // Gaining commitment & next steps
    strong: [
      'Closed with a dated pilot kick-off and {account} owning the security review.',
      'Mapped the remaining sign-offs with the champion before leaving the room.',
      'Asked for the intro to procurement and got a meeting booked on the spot.',
    ],
    weak: [
      'Ended with “we’ll be in touch”; no date and no owner on the {account} side.',
      'Agreed to send information, but asked for no commitment in return.',
    ],
    keep: ['Keep leaving every meeting with a date and an owner on their side.'],
    start: ['Ask for one dated next step, owned by them, before the meeting ends.'],
  },
  {
    // Account & stakeholder strategy
    strong: [
      'Had already met the economic buyer, the IT lead and the champion at {account}; tested the champion by asking for an intro.',
      'Spotted that the champion had gone quiet and set up an executive call to re-thread the deal.',
    ],
    weak: [
      'Single-threaded through one contact at {account}; does not know who signs.',
      'Has not met anyone in finance at {account}, though they approve the spend.',
    ],
    keep: ['Keep testing your champion by asking for introductions.'],
    start: ['Map who signs, who uses and who could block at each key account.'],
  },
];
