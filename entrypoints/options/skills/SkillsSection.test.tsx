// @vitest-environment jsdom
import { fireEvent, within } from '@testing-library/react';
import { getDb } from '@/utils/db/app-db';
import { installDefaultSkills, listSkills } from '@/utils/db/skills';
import { openSection, cleanDashboardForEachTest } from '@/tests/support/dashboard';

cleanDashboardForEachTest();

describe('SkillsSection', () => {
  it('adds, renames, reorders and archives skills, then restores the default framework', async () => {
    await installDefaultSkills(getDb());
    const section = await openSection('#skills', 'Skills framework');
    await within(section).findByRole('heading', { name: 'Call planning & objective' }, { timeout: 10_000 });

    fireEvent.click(within(section).getByText('Add a skill'));
    const add = within(section).getByRole('button', { name: 'Add skill' }).closest('form')!;
    fireEvent.change(within(add).getByLabelText('Skill name'), { target: { value: 'Negotiation' } });
    ['Caves at once.', 'Trades without asking.', 'Trades value for value.', 'Shapes the deal.'].forEach(
      (text, index) => {
        fireEvent.change(within(add).getAllByRole('textbox')[index + 2]!, { target: { value: text } });
      },
    );
    fireEvent.click(within(add).getByRole('button', { name: 'Add skill' }));
    await within(section).findByText('Added Negotiation.');
    expect((await listSkills(getDb())).at(-1)?.name).toBe('Negotiation');

    fireEvent.click(await within(section).findByRole('button', { name: 'Move up Negotiation' }, { timeout: 10_000 }));
    await within(section).findByRole('heading', { name: 'Negotiation' });
    await vi.waitFor(async () => expect((await listSkills(getDb())).at(-2)?.name).toBe('Negotiation'));

    fireEvent.click(within(section).getByRole('button', { name: 'Edit Opening & engagement' }));
    const card = within(section).getByRole('heading', { name: 'Opening & engagement' }).closest('li')!;
    fireEvent.change(within(card).getByLabelText('Skill name'), { target: { value: 'Opening' } });
    fireEvent.click(within(card).getByRole('button', { name: 'Save' }));
    await within(section).findByText('Saved Opening.');

    fireEvent.click(within(section).getByRole('button', { name: 'Archive Negotiation' }));
    await within(section).findByText('Archived Negotiation.');
    expect(
      (
        await getDb()
          .skills.filter((skill) => skill.name === 'Negotiation')
          .first()
      )?.archived,
    ).toBe(true);

    fireEvent.click(within(section).getByRole('button', { name: 'Restore the default framework' }));
    fireEvent.click(within(section).getByRole('button', { name: 'Yes, restore the defaults' }));
    await within(section).findByText('Default framework restored: 1 added, 1 of your skills archived.');
    const active = await listSkills(getDb());
    expect(active.map((skill) => skill.name)).toContain('Opening & engagement');
    expect(active.map((skill) => skill.name)).not.toContain('Opening');
  });
});
