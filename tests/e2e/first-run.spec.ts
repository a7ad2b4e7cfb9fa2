import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { expect, test } from './extension-fixtures';

async function expectNoAxeViolations(page: Page) {
  const results = await new AxeBuilder({ page }).analyze();
  expect(results.violations.map((violation) => `${violation.id}: ${violation.help}`)).toEqual([]);
}

test('a fresh profile gets the welcome page on install, asking for the CRM first', async ({ context, extensionId }) => {
  const welcomeUrl = `chrome-extension://${extensionId}/options.html#welcome`;
  const welcome =
    context.pages().find((page) => page.url() === welcomeUrl) ??
    (await context.waitForEvent('page', { predicate: (page) => page.url() === welcomeUrl, timeout: 15_000 }));
  await expect(welcome.getByRole('heading', { name: 'Welcome to CoachLens', level: 2 })).toBeVisible();
  await expect(welcome.getByRole('heading', { level: 3 }).nth(1)).toHaveText('1. Which CRM do you use?');
  for (const colorScheme of ['light', 'dark'] as const) {
    await welcome.emulateMedia({ colorScheme });
    await expectNoAxeViolations(welcome);
  }
  // Exactly one welcome tab.
  expect(context.pages().filter((page) => page.url() === welcomeUrl)).toHaveLength(1);
});

test('with data worth backing up, the popup\'s backup reminder is one line and "What I saw" stays above the 600 px fold', async ({
  openExtensionPage,
}) => {
  const options = await openExtensionPage('options.html#welcome');
  await options.getByRole('button', { name: 'Load the sample team' }).click();
  await expect(options.getByText('Sample team loaded: 9 reps.')).toBeVisible();

  const popup = await openExtensionPage('popup.html');
  await popup.setViewportSize({ width: 400, height: 600 });
  const reminder = popup.getByRole('note');
  await expect(reminder).toHaveText('No backup of your data yet. Back up now');
  expect((await reminder.boundingBox())!.height).toBeLessThanOrEqual(32);
  const saw = (await popup.getByLabel('What I saw').boundingBox())!;
  expect(saw.y + saw.height).toBeLessThanOrEqual(600);
  for (const colorScheme of ['light', 'dark'] as const) {
    await popup.emulateMedia({ colorScheme });
    await expectNoAxeViolations(popup);
  }
});
