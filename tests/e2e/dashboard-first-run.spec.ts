import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { expect, panelFrame, test } from './extension-fixtures';

const userUrl = 'https://acme.lightning.force.com/lightning/r/User/005Dn00000Ff3WpIAJ/view';
// Kept out of test-results/, which Playwright clears on every run.
const screenshotDir = 'demo-output/dashboard';

async function expectNoAxeViolations(page: Page) {
  const results = await new AxeBuilder({ page }).analyze();
  expect(results.violations.map((violation) => `${violation.id}: ${violation.help}`)).toEqual([]);
}

async function loadSampleTeam(options: Page) {
  await expect(options.getByRole('heading', { name: 'Welcome to CoachLens', level: 2 })).toBeVisible();
  await options.getByRole('button', { name: 'Load the sample team' }).click();
  await expect(options.getByText('Sample team loaded: 9 reps.')).toBeVisible();
}

test('manager tries the sample team, sees it in the overview, and creates a plan from a suggested focus skill that the panel then shows', async ({
  context,
  openExtensionPage,
  serveCrmPage,
}) => {
  const options = await openExtensionPage('options.html');
  await loadSampleTeam(options);
  await options.getByRole('button', { name: 'Done: go to the team overview' }).click();

  const overview = options.getByRole('region', { name: 'Team overview' });
  const table = overview.getByRole('table', { name: /Your reps/ });
  await expect(table.getByRole('row')).toHaveCount(10);
  await expect(table.getByRole('link', { name: 'Maya Chen' })).toBeVisible();

  // Sortable by keyboard: the header is a button, and aria-sort follows.
  const attainmentHeader = table.getByRole('columnheader', { name: /Attainment/ });
  await attainmentHeader.getByRole('button').focus();
  await options.keyboard.press('Enter');
  await expect(attainmentHeader).toHaveAttribute('aria-sort', 'ascending');
  await expect(table.getByRole('row').nth(1)).toContainText('Ben Carter');
  await expect(overview.getByRole('img', { name: /Mean skill score against attainment/ })).toBeVisible();

  await table.getByRole('link', { name: 'Tom Walsh' }).click();
  await expect(options).toHaveURL(/#rep\//);
  const repPage = options.getByRole('region', { name: 'Tom Walsh' });
  await expect(repPage.getByRole('img', { name: /Tom Walsh's skills against the star benchmark/ })).toBeVisible();

  const createButton = repPage.getByRole('button', { name: /^Create a plan for / }).first();
  const skill = (await createButton.textContent())!.replace('Create a plan for ', '');
  await createButton.click();
  await repPage.getByLabel('Practice actions').fill('Ask two impact questions on every discovery call.');
  await repPage.getByLabel('Your support').fill('Joint call every other week.');
  await repPage.getByRole('button', { name: 'Create plan' }).click();
  await expect(repPage.getByRole('status').filter({ hasText: `Plan created for ${skill}.` })).toBeVisible();
  await expect(repPage.getByRole('heading', { name: new RegExp(`^${skill}: from level \\d to \\d$`) })).toBeVisible();
  await expect(repPage.getByText('Ask two impact questions on every discovery call.').first()).toBeVisible();

  // Link the rep to their Salesforce user, then the panel on that page shows the new plan.
  await repPage.getByLabel('CRM user id').fill('005Dn00000Ff3WpIAJ');
  await repPage.getByRole('button', { name: 'Link', exact: true }).click();
  await expect(repPage.getByText('CRM link saved.')).toBeVisible();

  await serveCrmPage(userUrl, 'crm/salesforce/user.html');
  const crmPage = await context.newPage();
  await crmPage.goto(userUrl);
  const panel = await panelFrame(crmPage);
  await expect(panel.getByRole('heading', { name: 'Tom Walsh' })).toBeVisible();
  await expect(panel.getByText('Ask two impact questions on every discovery call.')).toBeVisible();
});

test('removing the sample team in one click leaves an empty dashboard that says what to do next', async ({
  openExtensionPage,
}) => {
  const options = await openExtensionPage('options.html');
  await loadSampleTeam(options);
  await options.getByRole('button', { name: 'Remove the sample team' }).click();
  await expect(options.getByText('Sample team removed (9 reps).')).toBeVisible();
  await options.getByRole('link', { name: 'Team overview' }).click();
  await expect(options.getByText('No reps yet. Add the people you coach')).toBeVisible();
});

for (const scheme of ['light', 'dark'] as const) {
  test(`every dashboard section is axe clean in the ${scheme} theme`, async ({ openExtensionPage }) => {
    // Fourteen pages, each checked by axe and photographed: slow on a busy CI machine.
    test.setTimeout(420_000);
    const options = await openExtensionPage('options.html');
    await options.emulateMedia({ colorScheme: scheme });
    await expectNoAxeViolations(options);
    await loadSampleTeam(options);
    await expectNoAxeViolations(options);

    const sections = ['overview', 'stars', 'accounts', 'results', 'time', 'skills', 'settings', 'data', 'crm-sites'];
    for (const section of sections) {
      await options.goto(options.url().replace(/#.*$/, '') + `#${section}`);
      await expect(options.locator('main h2').first()).toBeVisible();
      await options
        .locator('details.chart-data')
        .evaluateAll((nodes) => nodes.forEach((node) => node.setAttribute('open', '')));
      await expectNoAxeViolations(options);
      await options.screenshot({ path: `${screenshotDir}/${scheme}-${section}.png`, fullPage: true });
    }

    await options.goto(options.url().replace(/#.*$/, '') + '#overview');
    await options.getByRole('link', { name: 'Jonas Berg' }).click();
    await expect(options.getByRole('heading', { name: 'Jonas Berg', level: 2 })).toBeVisible();
    await expectNoAxeViolations(options);
    await options.screenshot({ path: `${screenshotDir}/${scheme}-rep.png`, fullPage: true });

    await options.goto(options.url().replace(/#.*$/, '') + '#accounts');
    await options.getByRole('link', { name: 'Globex Corporation' }).click();
    await expect(options.getByRole('heading', { name: 'Globex Corporation', level: 2 })).toBeVisible();
    await expectNoAxeViolations(options);
    await options.screenshot({ path: `${screenshotDir}/${scheme}-account.png`, fullPage: true });

    await options.goto(options.url().replace(/#.*$/, '') + '#welcome');
    await expectNoAxeViolations(options);
    await options.screenshot({ path: `${screenshotDir}/${scheme}-welcome.png`, fullPage: true });
  });
}

/** The focused element shows a focus ring (theme.css draws one with :focus-visible). */
async function expectVisibleFocus(page: Page) {
  const outline = await page.evaluate(() => {
    const style = getComputedStyle(document.activeElement!);
    return { style: style.outlineStyle, width: parseFloat(style.outlineWidth) };
  });
  expect(outline.style).not.toBe('none');
  expect(outline.width).toBeGreaterThan(0);
}

test('by keyboard only, manager reads a skill trend, edits and deactivates a rep, and logs coaching time with a named rep', async ({
  openExtensionPage,
}) => {
  test.setTimeout(180_000);
  const options = await openExtensionPage('options.html');
  await loadSampleTeam(options);
  const base = options.url().replace(/#.*$/, '');
  const openAllTables = () =>
    options
      .locator('details.chart-data')
      .evaluateAll((nodes) => nodes.forEach((node) => node.setAttribute('open', '')));

  await options.goto(`${base}#overview`);
  await options.getByRole('link', { name: 'Jonas Berg' }).click();
  const repPage = options.getByRole('region', { name: 'Jonas Berg' });

  // The skill trend: a native select picks the skill; the chart and its table follow.
  const picker = repPage.getByLabel('Skill to chart');
  await expect(repPage.getByRole('img', { name: /^Jonas Berg's .+ over time/ })).toBeVisible();
  const before = await picker.inputValue();
  await picker.focus();
  await expectVisibleFocus(options);
  await options.keyboard.press('ArrowDown');
  await expect(picker).not.toHaveValue(before);
  const skill = (await picker.locator('option:checked').textContent())!.replace(/ \(\d+ ratings\)$/, '');
  await expect(repPage.locator('.skill-trend figcaption, .skill-trend .trend-empty')).toContainText(skill);
  await openAllTables();
  await expectNoAxeViolations(options);

  // A bad email is refused next to the field, and what was typed stays.
  const email = repPage.getByLabel('Email (optional)');
  await email.focus();
  await expectVisibleFocus(options);
  await options.keyboard.type('jonas@');
  await options.keyboard.press('Enter');
  await expect(repPage.getByText('is not an email address', { exact: true })).toBeVisible();
  await expect(email).toHaveAttribute('aria-invalid', 'true');
  await expect(email).toHaveValue('jonas@');
  await expectNoAxeViolations(options);
  await options.keyboard.type('example.com');
  await options.keyboard.press('Enter');
  await expect(repPage.getByText('Profile saved for Jonas Berg.')).toBeVisible();

  await repPage.getByRole('button', { name: 'Deactivate rep' }).focus();
  await expectVisibleFocus(options);
  await options.keyboard.press('Enter');
  await expect(repPage.getByText('Jonas Berg is inactive now.')).toBeVisible();
  await expect(repPage.getByText('Inactive', { exact: true })).toBeVisible();
  await expectNoAxeViolations(options);

  // The overview leaves the inactive rep out until asked.
  await options.goto(`${base}#overview`);
  const table = options.getByRole('table', { name: /Your reps/ });
  await expect(table.getByRole('row')).toHaveCount(9);
  await expect(table.getByRole('link', { name: 'Jonas Berg' })).toHaveCount(0);
  await options.getByLabel('Show inactive reps (1)').focus();
  await expectVisibleFocus(options);
  await options.keyboard.press('Space');
  await expect(table.getByRole('link', { name: 'Jonas Berg' })).toBeVisible();
  await expectNoAxeViolations(options);

  // Coaching time with a named rep: pick the rep, add the row, type the minutes, save.
  await options.goto(`${base}#time`);
  const time = options.getByRole('region', { name: 'Manager time' });
  await time.getByLabel('Rep', { exact: true }).focus();
  await expectVisibleFocus(options);
  await options.keyboard.type('Maya');
  await expect(time.getByLabel('Rep', { exact: true })).not.toHaveValue('');
  await options.keyboard.press('Tab'); // the activity: coaching is preselected
  await options.keyboard.press('Tab');
  await expect(time.getByRole('button', { name: 'Add a row for this rep' })).toBeFocused();
  await options.keyboard.press('Enter');
  const firstCell = time.getByRole('spinbutton', { name: /^Coaching: Maya Chen on / }).first();
  await expect(firstCell).toBeFocused();
  await options.keyboard.type('45');
  await options.keyboard.press('Enter');
  await expect(time.getByText('Week saved.')).toBeVisible();
  await expect(time.getByRole('table', { name: /Minutes with a named rep/ })).toBeVisible();
  await openAllTables();
  await expectNoAxeViolations(options);
});
