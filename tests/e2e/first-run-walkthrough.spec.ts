import AxeBuilder from '@axe-core/playwright';
import type { BrowserContext, Locator, Page } from '@playwright/test';
import { expect, test } from './extension-fixtures';
import { timeToInteractive } from './popup-support';

async function expectNoAxeViolations(page: Page) {
  const results = await new AxeBuilder({ page }).analyze();
  expect(results.violations.map((violation) => `${violation.id}: ${violation.help}`)).toEqual([]);
}

/** The welcome tab the install opened. */
async function welcomeTab(context: BrowserContext, extensionId: string) {
  const url = `chrome-extension://${extensionId}/options.html#welcome`;
  return (
    context.pages().find((candidate) => candidate.url() === url) ??
    (await context.waitForEvent('page', { predicate: (candidate) => candidate.url() === url, timeout: 15_000 }))
  );
}

const reps = [
  { name: 'Dana Whitfield', email: 'dana.whitfield@acme.com', user: '005Dn00000Ff3WpIAJ' },
  { name: 'Lee Park', email: 'lee.park@acme.com', user: '005Dn00000Ff3WqIAJ' },
  { name: 'Sam Rivera', email: 'sam.rivera@acme.com', user: '005Dn00000Ff3WrIAJ' },
];

test('the walk-through from install to a first observation saved, three reps with their emails, takes at most 25 clicks', async ({
  context,
  extensionId,
  openExtensionPage,
}) => {
  let clicks = 0;
  const click = async (target: Locator) => {
    clicks += 1;
    await target.click();
  };
  // Nothing to click to get here: the install opened the welcome.
  const welcome = await welcomeTab(context, extensionId);

  await click(welcome.getByRole('radio', { name: 'Salesforce' }));
  for (const rep of reps) {
    await click(welcome.getByLabel('Rep name'));
    await welcome.keyboard.type(rep.name);
    await click(welcome.getByLabel('Email (optional)'));
    await welcome.keyboard.type(rep.email);
    await click(welcome.getByLabel('CRM user page or id (optional)'));
    await welcome.keyboard.type(rep.user);
    await click(welcome.getByRole('button', { name: 'Add rep' }));
    await expect(welcome.getByText(`Saved ${rep.name}.`)).toBeVisible();
  }
  await click(welcome.getByRole('button', { name: 'Done: go to the team overview' }));
  await expect(welcome.getByRole('table', { name: /Your reps/ }).getByRole('row')).toHaveCount(4);
  // Reps added a minute ago are not overdue.
  await expect(welcome.getByText('Overdue for an observation (over 14 days): 0')).toBeVisible();

  // The toolbar button opens the popup.
  clicks += 1;
  const popup = await openExtensionPage('popup.html');
  await popup.setViewportSize({ width: 400, height: 600 });
  await timeToInteractive(popup);
  await click(popup.getByRole('combobox', { name: 'Rep' }));
  await popup.keyboard.type('Lee');
  await click(popup.getByRole('option', { name: 'Lee Park · lee.park@acme.com' }));
  await click(popup.getByRole('radiogroup', { name: 'Discovery & need development' }).getByText('3', { exact: true }));
  await click(popup.getByLabel('What I saw'));
  await popup.keyboard.type('Quantified the cost of delay with the CFO.');
  await click(popup.getByRole('button', { name: 'Save' }));
  await expect(popup.getByRole('status')).toContainText('Observation saved for Lee Park.');

  console.log(`walk-through: ${clicks} clicks from install to the first observation saved`);
  test.info().annotations.push({ type: 'walk-through clicks', description: String(clicks) });
  expect(clicks).toBeLessThanOrEqual(25);
});

test('a second "Marco Rossi" is flagged as he is typed, both are told apart by email, and deleting one can be undone', async ({
  context,
  extensionId,
  openExtensionPage,
}) => {
  const welcome = await welcomeTab(context, extensionId);
  await welcome.getByRole('radio', { name: 'HubSpot' }).click();
  await welcome.getByLabel('Rep name').fill('Marco Rossi');
  await welcome.getByLabel('Email (optional)').fill('marco.rossi@acme.com');
  await welcome.getByRole('button', { name: 'Add rep' }).click();
  await expect(welcome.getByText('Saved Marco Rossi.')).toBeVisible();

  await welcome.getByLabel('Rep name').fill('márco rossi');
  const warning = welcome.getByText(
    'You already have a rep called Marco Rossi (marco.rossi@acme.com). Add an email so you can tell them apart when you pick a rep.',
  );
  await expect(warning).toBeVisible();
  await expect(welcome.getByLabel('Rep name')).toHaveAttribute(
    'aria-describedby',
    new RegExp(`${await warning.getAttribute('id')}`),
  );
  for (const colorScheme of ['light', 'dark'] as const) {
    await welcome.emulateMedia({ colorScheme });
    await expectNoAxeViolations(welcome);
  }
  await welcome.getByLabel('Email (optional)').fill('m.rossi@acme.com');
  await welcome.getByRole('button', { name: 'Add rep' }).click();
  await expect(welcome.getByText('Saved márco rossi.')).toBeVisible();

  // The popup tells them apart.
  const popup = await openExtensionPage('popup.html');
  await timeToInteractive(popup);
  await popup.getByRole('combobox', { name: 'Rep' }).fill('rossi');
  await expect(popup.getByRole('listbox', { name: 'Rep' }).getByRole('option')).toHaveText([
    'Marco Rossi · marco.rossi@acme.com',
    'márco rossi · m.rossi@acme.com',
    'Create “rossi”',
  ]);
  await popup.close();

  // Delete the second one from their page, after a confirmation; then undo.
  await welcome.getByRole('button', { name: 'Done: go to the team overview' }).click();
  await welcome.getByRole('link', { name: 'márco rossi' }).click();
  await welcome.getByRole('button', { name: 'Delete márco rossi…' }).click();
  const confirm = welcome.getByRole('group', { name: 'Delete márco rossi and everything about them?' });
  await expect(confirm).toContainText('Deleted for good: observations 0, development plans 0, results 0.');
  for (const colorScheme of ['light', 'dark'] as const) {
    await welcome.emulateMedia({ colorScheme });
    await expectNoAxeViolations(welcome);
  }
  await confirm.getByRole('button', { name: 'Delete márco rossi and their data' }).click();
  await expect(welcome.getByText('márco rossi was deleted, with observations 0, plans 0 and results 0.')).toBeVisible();
  await welcome.getByRole('button', { name: 'Undo' }).click();
  await expect(welcome.getByRole('button', { name: 'Delete márco rossi…' })).toBeVisible();
  await welcome.getByRole('link', { name: 'Back to the team overview' }).first().click();
  await expect(welcome.getByRole('table', { name: /Your reps/ }).getByRole('row')).toHaveCount(3);
});
