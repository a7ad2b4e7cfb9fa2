// @vitest-environment jsdom
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { getDb } from '@/utils/db/app-db';
import { addRep } from '@/utils/db/reps';
import { addSkill } from '@/utils/db/skills';
import { openSection, repIdByName, cleanDashboardForEachTest, withSampleTeam } from '@/tests/support/dashboard';

cleanDashboardForEachTest();

describe('RepPage', () => {
  it('creates a development plan from a suggested focus skill', async () => {
    await withSampleTeam();
    const repId = await repIdByName('Tom Walsh');
    const page = await openSection(`#rep/${repId}`, 'Tom Walsh');
    const [create] = await within(page).findAllByRole('button', { name: /^Create a plan for / }, { timeout: 10_000 });
    const skill = create!.textContent!.replace('Create a plan for ', '');
    fireEvent.click(create!);
    fireEvent.change(within(page).getByLabelText('Practice actions'), {
      target: { value: 'Ask two impact questions.\nRole-play with Maya.' },
    });
    fireEvent.change(within(page).getByLabelText('Your support'), {
      target: { value: 'Joint call every other week.' },
    });
    fireEvent.click(within(page).getByRole('button', { name: 'Create plan' }));
    await within(page).findByText(`Plan created for ${skill}.`, {}, { timeout: 10_000 });
    const plans = await getDb().plans.where('repId').equals(repId).toArray();
    expect(plans).toHaveLength(1);
    expect(plans[0]!.actions.map((action) => action.text)).toEqual([
      'Ask two impact questions.',
      'Role-play with Maya.',
    ]);
    expect(plans[0]!.targetLevel).toBeGreaterThan(plans[0]!.fromLevel);
    expect(await within(page).findByRole('heading', { name: new RegExp(`^${skill}: from level`) })).toBeTruthy();
    // The printable page carries the plan too.
    expect(
      within(screen.getByTestId('printable-plan')).getAllByText('Ask two impact questions.', { exact: false }),
    ).toHaveLength(1);
  });

  it('filters observations, deletes one with undo, and shows the skill chart with a table', async () => {
    await withSampleTeam();
    const repId = await repIdByName('Jonas Berg');
    const before = await getDb().observations.where('repId').equals(repId).count();
    const page = await openSection(`#rep/${repId}`, 'Jonas Berg');
    expect(
      await within(page).findByRole('img', { name: /Jonas Berg's skills against the star benchmark/ }),
    ).toBeTruthy();
    expect(within(page).getByRole('table', { name: /Jonas Berg's skills against the star benchmark/ })).toBeTruthy();
    // Beside the absolute scores: each skill against Jonas's own average, in words.
    const relative = within(page).getByRole('table', { name: /Jonas Berg's skills: score, against own average/ });
    expect(within(relative).getAllByText(/stronger|weaker|about average/).length).toBeGreaterThan(0);

    fireEvent.change(within(page).getByLabelText('Search the notes'), { target: { value: 'no such words' } });
    expect(within(page).getByText('No observation matches these filters.')).toBeTruthy();
    fireEvent.change(within(page).getByLabelText('Search the notes'), { target: { value: '' } });

    fireEvent.click(within(page).getAllByRole('button', { name: /^Delete/ })[0]!);
    await within(page).findByText('Observation deleted.', {}, { timeout: 10_000 });
    expect(await getDb().observations.where('repId').equals(repId).count()).toBe(before - 1);
    fireEvent.click(within(page).getByRole('button', { name: 'Undo' }));
    await within(page).findByText('Observation restored.', {}, { timeout: 10_000 });
    expect(await getDb().observations.where('repId').equals(repId).count()).toBe(before);
  });

  it('edits an observation note', async () => {
    await withSampleTeam();
    const repId = await repIdByName('Sam Okafor');
    const page = await openSection(`#rep/${repId}`, 'Sam Okafor');
    fireEvent.click((await within(page).findAllByRole('button', { name: /^Edit/ }, { timeout: 10_000 }))[0]!);
    fireEvent.change(within(page).getByLabelText('What I saw'), { target: { value: 'Strong opening today.' } });
    fireEvent.click(within(page).getByRole('button', { name: 'Save' }));
    await within(page).findByText('Observation saved.', {}, { timeout: 10_000 });
    await waitFor(() => expect(within(page).getAllByText('Strong opening today.').length).toBeGreaterThan(0));
  });

  it('says so for an unknown rep', async () => {
    const page = await openSection('#rep/nobody', 'Rep not found');
    expect(within(page).getByRole('link', { name: 'Back to the team overview' })).toBeTruthy();
  });
});

describe('RepPage skill trend', () => {
  it('charts the picked skill month by month, and says how to start one for a skill without ratings', async () => {
    await withSampleTeam();
    const repId = await repIdByName('Jonas Berg');
    const page = await openSection(`#rep/${repId}`, 'Jonas Berg');
    const picker = (await within(page).findByLabelText('Skill to chart', {}, { timeout: 10_000 })) as HTMLSelectElement;
    const chart = within(page).getByRole('img', { name: /^Jonas Berg's .+ over time/ });
    // Six months on one axis: the score line has a marker wherever the skill had been rated by then.
    const markers = chart.querySelectorAll('[data-testid="series-score"] [data-testid="marker"]');
    expect(markers.length).toBeGreaterThan(0);
    expect(markers.length).toBeLessThanOrEqual(6);
    expect(within(page).getByRole('table', { name: /^Jonas Berg's .+ over time/ })).toBeTruthy();

    // A skill nobody rated: the sample team never rates a skill added now.
    const negotiation = await addSkill(getDb(), { name: 'Negotiation', levels: ['a', 'b', 'c', 'd'] });
    await within(picker).findByRole('option', { name: 'Negotiation' }, { timeout: 10_000 });
    fireEvent.change(picker, { target: { value: negotiation.id } });
    expect(
      await within(page).findByText('No ratings on Negotiation yet: log observations on this skill to see a trend.'),
    ).toBeTruthy();
    expect(within(page).queryByRole('img', { name: /over time/ })).toBeNull();
  });
});

describe('RepPage profile', () => {
  it('refuses a bad email next to the field, keeping what was typed, then saves name, email and team', async () => {
    const repId = await addRep(getDb(), { name: 'Dana', team: 'East' }).then((rep) => rep.id);
    const page = await openSection(`#rep/${repId}`, 'Dana');
    fireEvent.change(within(page).getByLabelText('Rep name'), { target: { value: 'Dana Whitfield' } });
    fireEvent.change(within(page).getByLabelText('Email (optional)'), { target: { value: 'dana@' } });
    fireEvent.click(within(page).getByRole('button', { name: 'Save profile' }));
    const email = within(page).getByLabelText('Email (optional)');
    await waitFor(() => expect(email.getAttribute('aria-invalid')).toBe('true'));
    expect(within(page).getByText('is not an email address')).toBeTruthy();
    expect((email as HTMLInputElement).value).toBe('dana@');
    expect((await getDb().reps.get(repId))!.name).toBe('Dana');

    fireEvent.change(email, { target: { value: 'dana@example.com' } });
    fireEvent.change(within(page).getByLabelText('Team (optional)'), { target: { value: '' } });
    fireEvent.click(within(page).getByRole('button', { name: 'Save profile' }));
    await within(page).findByText('Profile saved for Dana Whitfield.');
    expect(await getDb().reps.get(repId)).toMatchObject({ name: 'Dana Whitfield', email: 'dana@example.com' });
    expect(await getDb().reps.get(repId)).not.toHaveProperty('team');
    expect(await screen.findByRole('region', { name: 'Dana Whitfield' })).toBeTruthy();
  });

  it('deactivates a rep: gone from the overview unless asked for, page and history kept; then reactivates', async () => {
    await withSampleTeam();
    const repId = await repIdByName('Jonas Berg');
    const observations = await getDb().observations.where('repId').equals(repId).count();
    const page = await openSection(`#rep/${repId}`, 'Jonas Berg');
    fireEvent.click(await within(page).findByRole('button', { name: 'Deactivate rep' }, { timeout: 10_000 }));
    await within(page).findByText('Jonas Berg is inactive now.');
    expect(await within(page).findByText('Inactive', { selector: '.badge' })).toBeTruthy();
    expect(await getDb().observations.where('repId').equals(repId).count()).toBe(observations);

    window.location.hash = '#overview';
    const overview = await screen.findByRole('region', { name: 'Team overview' }, { timeout: 10_000 });
    const table = within(overview).getByRole('table', { name: /Your reps/ });
    expect(within(table).queryByRole('link', { name: 'Jonas Berg' })).toBeNull();
    expect(within(table).getAllByRole('row')).toHaveLength(9);
    fireEvent.click(within(overview).getByLabelText('Show inactive reps (1)'));
    expect(within(table).getByRole('link', { name: 'Jonas Berg' })).toBeTruthy();
    expect(within(table).getAllByRole('row')).toHaveLength(10);

    window.location.hash = `#rep/${repId}`;
    const again = await screen.findByRole('region', { name: 'Jonas Berg' }, { timeout: 10_000 });
    fireEvent.click(within(again).getByRole('button', { name: 'Reactivate rep' }));
    await within(again).findByText('Jonas Berg is active again.');
    expect((await getDb().reps.get(repId))!.active).toBe(true);
  });

  it('deletes a rep with all their data after a confirmation that says what goes, and undoes it', async () => {
    await withSampleTeam();
    const repId = await repIdByName('Jonas Berg');
    const db = getDb();
    const observations = await db.observations.where('repId').equals(repId).count();
    const plans = await db.plans.where('repId').equals(repId).count();
    const results = await db.results.filter((row) => row.repId === repId).count();
    const owned = await db.accounts.where('ownerRepId').equals(repId).count();
    expect(observations).toBeGreaterThan(0);
    const page = await openSection(`#rep/${repId}`, 'Jonas Berg');
    fireEvent.click(await within(page).findByRole('button', { name: 'Delete Jonas Berg…' }, { timeout: 10_000 }));
    const confirm = within(page).getByRole('group', { name: 'Delete Jonas Berg and everything about them?' });
    expect(confirm.textContent).toContain(
      `Deleted for good: observations ${observations}, development plans ${plans}, results ${results}.`,
    );
    expect(confirm.textContent).toContain(`accounts they own ${owned}`);
    // Cancel deletes nothing.
    fireEvent.click(within(confirm).getByRole('button', { name: 'Cancel' }));
    expect(await db.reps.get(repId)).toBeTruthy();

    fireEvent.click(within(page).getByRole('button', { name: 'Delete Jonas Berg…' }));
    fireEvent.click(within(page).getByRole('button', { name: 'Delete Jonas Berg and their data' }));
    const deleted = await screen.findByText(
      `Jonas Berg was deleted, with observations ${observations}, plans ${plans} and results ${results}.`,
      {},
      { timeout: 10_000 },
    );
    expect(await db.reps.get(repId)).toBeUndefined();
    expect(await db.observations.where('repId').equals(repId).count()).toBe(0);

    fireEvent.click(within(deleted.closest('section')!).getByRole('button', { name: 'Undo' }));
    await screen.findByRole('button', { name: 'Delete Jonas Berg…' }, { timeout: 10_000 });
    expect(await db.observations.where('repId').equals(repId).count()).toBe(observations);
    expect(await db.accounts.where('ownerRepId').equals(repId).count()).toBe(owned);
  });
});
