import { expect, test } from './extension-fixtures';

const discovery = 'Discovery & need development';

test("a manager marks a star's note as a technique, sees it on Stars vs core, and adds it to a core rep's plan", async ({
  openExtensionPage,
}) => {
  const options = await openExtensionPage('options.html');
  await options.getByRole('button', { name: 'Load the sample team' }).click();
  await expect(options.getByText('Sample team loaded: 9 reps.')).toBeVisible();
  await options.getByRole('button', { name: 'Done: go to the team overview' }).click();

  // On Maya's page (a star), mark a note of hers as a star technique for Discovery.
  await options.getByRole('region', { name: 'Team overview' }).getByRole('link', { name: 'Maya Chen' }).click();
  const maya = options.getByRole('region', { name: 'Maya Chen' });
  const note = maya
    .locator('.observation-note')
    .filter({ has: options.getByRole('option', { name: discovery, exact: true }) })
    .filter({ hasText: 'What I saw:' })
    .first();
  const text = ((await note.locator('p').first().textContent()) ?? '').replace(/^What I saw:\s*/, '').trim();
  expect(text.length).toBeGreaterThan(10);
  await note.getByLabel('Star technique for').selectOption({ label: discovery });
  await note.getByRole('button', { name: 'Mark “What I saw” as a star technique' }).click();
  await expect(
    maya.getByRole('status').filter({ hasText: `Marked as a star technique for ${discovery}` }),
  ).toBeVisible();
  // The note keeps its place; its skill list no longer offers Discovery, so find it by its text.
  const marked = maya.locator('.observation-note').filter({ hasText: text }).first();
  await expect(marked.getByText(`Star technique for ${discovery}`, { exact: true })).toBeVisible();

  // "Stars vs core" lists it under Discovery with Maya's name.
  await options.goto(options.url().replace(/#.*$/, '#stars'));
  const stars = options.getByRole('region', { name: 'Stars vs core' });
  const discoveryLine = stars.locator('li[data-skill]').filter({ hasText: `higher on ${discovery}` });
  await expect(discoveryLine.getByRole('heading', { name: 'Star techniques' })).toBeVisible();
  const technique = discoveryLine.locator('.technique-list > li').filter({ hasText: text });
  await expect(technique.getByText(text)).toBeVisible();
  await expect(technique.getByText(/^Maya Chen, /)).toBeVisible();

  // Jonas (core) has a plan on Discovery: the technique is offered as a plan action, and added.
  await options.goto(options.url().replace(/#.*$/, '#overview'));
  await options.getByRole('region', { name: 'Team overview' }).getByRole('link', { name: 'Jonas Berg' }).click();
  const jonas = options.getByRole('region', { name: 'Jonas Berg' });
  const action = `Pair with Maya Chen on ${discovery}: ${text}`;
  await jonas
    .getByRole('button', { name: `Add “${action}”` })
    .first()
    .click();
  await expect(jonas.getByRole('status').filter({ hasText: `Added to the plan: ${action}` })).toBeVisible();
  await expect(jonas.locator('.plan-list').getByRole('checkbox', { name: action })).toBeVisible();
  await expect(jonas.locator('.plan-list').getByText('In the plan').first()).toBeVisible();
});
