// @vitest-environment jsdom
import { act, cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { addRep } from '@/utils/db/reps';
import { addSkill } from '@/utils/db/skills';
import { freshDbForEachTest } from '@/tests/support/fresh-db';
import type { Rep, Skill } from '@/utils/schemas';
import { ObservationForm } from './ObservationForm';
import type { Prefill } from './prefill';

afterEach(cleanup);

const getDb = freshDbForEachTest();
const now = new Date(2026, 7, 15, 12, 0, 0).getTime();

async function setup(options: { prefillRep?: boolean; note?: string } = {}) {
  const db = getDb();
  const skills: Skill[] = [
    await addSkill(db, {
      name: 'Discovery',
      levels: ['Talks most', 'Finds problems', 'Explores impact', 'Quantifies impact with the customer'],
    }),
    await addSkill(db, { name: 'Next steps', levels: ['Follow up', 'Vague step', 'Dated step', 'Mapped decision'] }),
    await addSkill(db, { name: 'Opening', levels: ['Pitches', 'Agenda', 'Agreed agenda', 'Co-shaped'] }),
  ];
  const dana: Rep = await addRep(db, { name: 'Dana Whitfield' });
  const prefill: Prefill = {
    rep: options.prefillRep === false ? null : { kind: 'existing', id: dana.id, name: dana.name },
    account: null,
  };
  render(
    <ObservationForm
      db={db}
      skills={skills}
      reps={[dana]}
      accounts={[]}
      prefill={prefill}
      note={options.note}
      active
      now={() => now}
    />,
  );
  return { db, dana, skills };
}

function rate(skill: string, level: string) {
  fireEvent.click(within(screen.getByRole('radiogroup', { name: skill })).getByRole('radio', { name: level }));
}

function ctrlEnter(target: Element = document.body) {
  fireEvent.keyDown(target, { key: 'Enter', ctrlKey: true });
}

it('says next to the fields what is missing, and saves nothing', async () => {
  const { db } = await setup({ prefillRep: false });
  fireEvent.click(screen.getByRole('button', { name: 'Save' }));
  expect(await screen.findByText('Choose a rep, or type a name to create one.')).toBeTruthy();
  expect(screen.getByText('Rate at least one skill or write a note.')).toBeTruthy();
  expect(screen.getByRole('status').textContent).toBe('Not saved yet: fix the highlighted fields.');
  expect(screen.getByRole('combobox', { name: 'Rep' }).getAttribute('aria-invalid')).toBe('true');
  expect(await db.observations.count()).toBe(0);
});

it('refuses a future time and an impossible duration, next to those fields', async () => {
  const { db } = await setup();
  rate('Discovery', '3 Proficient');
  fireEvent.change(screen.getByLabelText('When'), { target: { value: '2026-08-16T09:00' } });
  fireEvent.change(screen.getByLabelText('Duration (minutes)'), { target: { value: '2000' } });
  ctrlEnter();
  expect(await screen.findByText('This is in the future: enter when you observed it.')).toBeTruthy();
  expect(screen.getByText('Enter whole minutes from 1 to 1,440 (24 hours), or leave it empty.')).toBeTruthy();
  expect(await db.observations.count()).toBe(0);
});

it('the common case: two ratings and a line of notes, saved with Ctrl+Enter, and the form resets keeping the rep', async () => {
  const { db, dana, skills } = await setup();
  rate('Discovery', '3 Proficient');
  rate('Next steps', '2 Learning');
  const saw = screen.getByLabelText('What I saw');
  fireEvent.change(saw, { target: { value: 'Asked about the cost of delay.' } });
  fireEvent.change(screen.getByLabelText('Duration (minutes)'), { target: { value: '45' } });
  ctrlEnter(saw);

  expect(await screen.findByText('Observation saved for Dana Whitfield.')).toBeTruthy();
  const [saved] = await db.observations.toArray();
  expect(saved).toMatchObject({
    repId: dana.id,
    context: 'joint-call',
    observedAt: now,
    durationMin: 45,
    saw: 'Asked about the cost of delay.',
    sharedWithRep: false,
    ratings: [
      { skillId: skills[0]!.id, score: 3 },
      { skillId: skills[1]!.id, score: 2 },
    ],
  });
  expect(await db.timeEntries.count()).toBe(1);
  // Ready for the next one, still about Dana.
  expect((screen.getByLabelText('What I saw') as HTMLTextAreaElement).value).toBe('');
  expect((screen.getByRole('combobox', { name: 'Rep' }) as HTMLInputElement).value).toBe('Dana Whitfield');
  const discovery = within(screen.getByRole('radiogroup', { name: 'Discovery' }));
  expect((discovery.getByRole('radio', { name: 'Not observed' }) as HTMLInputElement).checked).toBe(true);
});

it('Undo removes the observation and its observing time, and gives the draft back', async () => {
  const { db } = await setup();
  rate('Opening', '4 Role model');
  fireEvent.change(screen.getByLabelText('Duration (minutes)'), { target: { value: '30' } });
  fireEvent.click(screen.getByRole('button', { name: 'Save' }));
  await screen.findByText('Observation saved for Dana Whitfield.');
  expect(await db.observations.count()).toBe(1);

  fireEvent.click(screen.getByRole('button', { name: 'Undo' }));
  expect(await screen.findByText('Undone: the observation was removed.')).toBeTruthy();
  expect(await db.observations.count()).toBe(0);
  expect(await db.timeEntries.count()).toBe(0);
  const opening = within(screen.getByRole('radiogroup', { name: 'Opening' }));
  expect((opening.getByRole('radio', { name: '4 Role model' }) as HTMLInputElement).checked).toBe(true);
});

it('creates a rep typed in the type-ahead together with the observation, and Undo removes both', async () => {
  const { db } = await setup({ prefillRep: false });
  const rep = screen.getByRole('combobox', { name: 'Rep' });
  fireEvent.change(rep, { target: { value: 'Sam' } });
  expect(rep.getAttribute('aria-expanded')).toBe('true');
  const option = screen.getByRole('option', { name: 'Create “Sam”' });
  expect(rep.getAttribute('aria-activedescendant')).toBe(option.id);
  fireEvent.keyDown(rep, { key: 'Enter' });
  expect(screen.getByText('New rep, created when you save')).toBeTruthy();
  fireEvent.change(screen.getByLabelText('What I saw'), { target: { value: 'First ride-along.' } });
  ctrlEnter();
  await screen.findByText('Observation saved for Sam.');
  expect((await db.reps.toArray()).map((row) => row.name).sort()).toEqual(['Dana Whitfield', 'Sam']);

  fireEvent.click(screen.getByRole('button', { name: 'Undo' }));
  await screen.findByText('Undone: the observation was removed.');
  expect((await db.reps.toArray()).map((row) => row.name)).toEqual(['Dana Whitfield']);
  expect(await db.observations.count()).toBe(0);
});

it('picks an existing rep with the arrow keys', async () => {
  await setup({ prefillRep: false });
  const rep = screen.getByRole('combobox', { name: 'Rep' });
  fireEvent.change(rep, { target: { value: 'da' } });
  fireEvent.keyDown(rep, { key: 'Enter' });
  expect((rep as HTMLInputElement).value).toBe('Dana Whitfield');
  expect(rep.getAttribute('aria-expanded')).toBe('false');
});

it('digits pick a level inside a rating group, and the anchor describes each level', async () => {
  await setup();
  const group = screen.getByRole('radiogroup', { name: 'Discovery' });
  fireEvent.keyDown(group, { key: '4' });
  const four = within(group).getByRole('radio', { name: '4 Role model' }) as HTMLInputElement;
  expect(four.checked).toBe(true);
  const description = document.getElementById(four.getAttribute('aria-describedby') ?? '');
  expect(description?.textContent).toBe('Quantifies impact with the customer');
  act(() => four.focus());
  expect(screen.getByText('Discovery · 4 Role model: Quantifies impact with the customer')).toBeTruthy();
  fireEvent.keyDown(group, { key: '0' });
  expect(four.checked).toBe(false);
});

it('prefills “what I saw” with the note sent from the page', async () => {
  const { db } = await setup({ note: 'Customer: “we have no budget until Q3”.' });
  expect((screen.getByLabelText('What I saw') as HTMLTextAreaElement).value).toBe(
    'Customer: “we have no budget until Q3”.',
  );
  ctrlEnter();
  await waitFor(async () => expect(await db.observations.count()).toBe(1));
});

it('does not offer an inactive rep in the type-ahead', async () => {
  const db = getDb();
  const dana = await addRep(db, { name: 'Dana Whitfield' });
  const daniel = await addRep(db, { name: 'Daniel Gone', active: false });
  render(
    <ObservationForm
      db={db}
      skills={[]}
      reps={[dana, daniel]}
      accounts={[]}
      prefill={{ rep: null, account: null }}
      active
      now={() => now}
    />,
  );
  fireEvent.change(screen.getByRole('combobox', { name: 'Rep' }), { target: { value: 'Dan' } });
  const names = screen.getAllByRole('option').map((option) => option.textContent);
  expect(names).toContain('Dana Whitfield');
  expect(names.some((name) => name?.includes('Daniel Gone'))).toBe(false);
});

it('lists reps alphabetically with their email beside the name, the rep of the CRM page first', async () => {
  const db = getDb();
  const skill = await addSkill(db, { name: 'Discovery', levels: ['a', 'b', 'c', 'd'] });
  const reps = [
    await addRep(db, { name: 'Marco Rossi', email: 'marco.rossi@acme.com' }),
    await addRep(db, { name: 'Zoe Park' }),
    await addRep(db, { name: 'marco rossi', email: 'm.rossi@acme.com' }),
    await addRep(db, { name: 'Adam Berg', team: 'North' }),
  ];
  const zoe = reps[1]!;
  render(
    <ObservationForm
      db={db}
      skills={[skill]}
      reps={reps}
      accounts={[]}
      prefill={{ rep: { kind: 'existing', id: zoe.id, name: zoe.name }, account: null }}
      active
      now={() => now}
    />,
  );
  const rep = screen.getByRole('combobox', { name: 'Rep' });
  fireEvent.change(rep, { target: { value: '' } });
  const options = within(screen.getByRole('listbox', { name: 'Rep' }))
    .getAllByRole('option')
    .map((option) => option.textContent);
  expect(options).toEqual([
    'Zoe Park',
    'Adam Berg · North',
    'marco rossi · m.rossi@acme.com',
    'Marco Rossi · marco.rossi@acme.com',
  ]);
});
