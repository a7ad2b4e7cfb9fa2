import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { expect, test } from './extension-fixtures';
import { timeToInteractive } from './popup-support';

async function expectNoViolations(page: Page) {
  const results = await new AxeBuilder({ page }).analyze();
  expect(results.violations.map((violation) => `${violation.id}: ${violation.help}`)).toEqual([]);
}

for (const colorScheme of ['light', 'dark'] as const) {
  test(`the popup's two tabs have no axe violations (${colorScheme})`, async ({ openExtensionPage }) => {
    const popup = await openExtensionPage('popup.html');
    await popup.emulateMedia({ colorScheme });
    await popup.setViewportSize({ width: 400, height: 600 });
    await timeToInteractive(popup);

    // No reps yet: the popup offers to set up the team, and logging at once stays one click away.
    await expect(popup.getByRole('button', { name: 'Set up your team' })).toBeVisible();
    await expectNoViolations(popup);
    await popup.getByRole('button', { name: 'Log an observation now' }).click();

    // A rep and an observation, so Today has a nudge, and the form shows its messages.
    await popup.getByRole('combobox', { name: 'Rep' }).fill('Sam Rivera');
    await popup.keyboard.press('Enter');
    await popup.getByRole('button', { name: 'Save' }).click();
    await expect(popup.getByText('Rate at least one skill or write a note.')).toBeVisible();
    await popup.getByRole('combobox', { name: 'Rep' }).fill('Lee');
    await expectNoViolations(popup);

    const logTab = popup.getByRole('tab', { name: 'Log observation' });
    await logTab.focus();
    await popup.keyboard.press('ArrowRight');
    const today = popup.getByRole('tab', { name: 'Today' });
    await expect(today).toHaveAttribute('aria-selected', 'true');
    await expect(today).toBeFocused();
    await expect(popup.getByRole('heading', { name: 'Reps to observe' })).toBeVisible();
    await expectNoViolations(popup);
  });
}

test('Today lists the reps to observe and opens one in the dashboard', async ({ context, openExtensionPage }) => {
  const popup = await openExtensionPage('popup.html');
  await timeToInteractive(popup);
  await popup.getByRole('button', { name: 'Log an observation now' }).click();
  await popup.getByRole('combobox', { name: 'Rep' }).fill('Sam Rivera');
  await popup.getByRole('radiogroup', { name: 'Opening & engagement' }).getByText('2', { exact: true }).click();
  await popup.keyboard.press('Control+Enter');
  await expect(popup.getByRole('status')).toContainText('Observation saved for Sam Rivera.');
  await popup.getByRole('combobox', { name: 'Rep' }).fill('Lee Park');
  await popup.getByLabel('What I saw').fill('Reviewed a recorded call.');
  await popup.getByLabel('When').fill('2025-01-02T10:00');
  await popup.keyboard.press('Control+Enter');
  await expect(popup.getByRole('status')).toContainText('Observation saved for Lee Park.');

  await popup.getByRole('tab', { name: 'Today' }).click();
  const nudge = popup.getByRole('button', { name: /^Lee Park: last observed/ });
  await expect(nudge).toBeVisible();
  await expect(popup.getByRole('button', { name: /^Sam Rivera/ })).toHaveCount(0);
  const opened = context.waitForEvent('page');
  await nudge.click();
  const dashboard = await opened;
  await expect(dashboard).toHaveURL(/\/options\.html#rep\//);
});
