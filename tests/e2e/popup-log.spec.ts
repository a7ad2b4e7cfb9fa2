import { expect, panelFrame, test } from './extension-fixtures';
import { openLinkedRepPage, repPageUrl, tabIdOf, timeToInteractive } from './popup-support';

const note = 'Asked about the cost of delay before pitching.';

test('manager logs an observation with two ratings from the popup for the rep page, sees it in the panel, and Undo removes it', async ({
  context,
  serveCrmPage,
  openExtensionPage,
}) => {
  const crmPage = await openLinkedRepPage(context, serveCrmPage);
  const tabId = await tabIdOf(context, repPageUrl);

  const popup = await openExtensionPage(`popup.html?tab=${tabId}`);
  const tti = await timeToInteractive(popup);
  test.info().annotations.push({ type: 'popup time to interactive (ms)', description: tti.toFixed(0) });
  console.log(`popup time to interactive: ${tti.toFixed(0)} ms`);

  // Prefilled from the page: the rep is Dana.
  await expect(popup.getByRole('combobox', { name: 'Rep' })).toHaveValue('Dana Whitfield');
  await expect(popup.getByText('From this page')).toBeVisible();

  // The common case: two ratings, one line of notes, Ctrl+Enter. Five actions.
  await popup.getByRole('radiogroup', { name: 'Call planning & objective' }).getByText('3', { exact: true }).click();
  await popup.getByRole('radiogroup', { name: 'Discovery & need development' }).getByText('2', { exact: true }).click();
  await popup.getByLabel('What I saw').click();
  await popup.keyboard.type(note);
  await popup.keyboard.press('Control+Enter');

  await expect(popup.getByRole('status')).toContainText('Observation saved for Dana Whitfield.');
  await expect(popup.getByLabel('What I saw')).toHaveValue('');
  await expect(popup.getByRole('combobox', { name: 'Rep' })).toHaveValue('Dana Whitfield');

  const panel = await panelFrame(crmPage);
  await expect(panel.getByText(note)).toBeVisible();

  // …and in the dashboard, on the rep's page.
  const dashboard = await openExtensionPage('options.html#overview');
  await dashboard.getByRole('link', { name: 'Dana Whitfield' }).click();
  await expect(dashboard.getByText(note)).toBeVisible();

  await popup.bringToFront();
  await popup.getByRole('button', { name: 'Undo' }).click();
  await expect(popup.getByRole('status')).toHaveText('Undone: the observation was removed.');
  await expect(panel.getByText(note)).toHaveCount(0);
  await expect(dashboard.getByText(note)).toHaveCount(0);
  // The draft comes back, so nothing typed is lost.
  await expect(popup.getByLabel('What I saw')).toHaveValue(note);
});

test('keyboard only: the popup opens on the ratings, digits rate, Tab moves, Ctrl+Enter saves', async ({
  context,
  serveCrmPage,
  openExtensionPage,
}) => {
  await openLinkedRepPage(context, serveCrmPage);
  const tabId = await tabIdOf(context, repPageUrl);
  const popup = await openExtensionPage(`popup.html?tab=${tabId}`);
  await timeToInteractive(popup);

  const first = popup.getByRole('radiogroup', { name: 'Call planning & objective' });
  await expect(first.getByRole('radio', { name: 'Not observed' })).toBeFocused();
  await popup.keyboard.press('3');
  await popup.keyboard.press('Tab');
  await popup.keyboard.press('4');
  await expect(first.getByRole('radio', { name: '3 Proficient' })).toBeChecked();
  await expect(
    popup.getByRole('radiogroup', { name: 'Opening & engagement' }).getByRole('radio', { name: '4 Role model' }),
  ).toBeChecked();

  // Save with a rating but a duration out of range: the message sits next to the field.
  await popup.getByLabel('Duration (minutes)').focus();
  await popup.keyboard.type('2000');
  await popup.keyboard.press('Control+Enter');
  await expect(popup.getByText('Enter whole minutes from 1 to 1,440 (24 hours), or leave it empty.')).toBeVisible();
  await expect(popup.getByLabel('Duration (minutes)')).toBeFocused();
  await popup.keyboard.press('Control+A');
  await popup.keyboard.type('30');
  await popup.keyboard.press('Control+Enter');
  await expect(popup.getByRole('status')).toContainText('Observation saved for Dana Whitfield.');
});

test('a rep typed in the popup is created with the observation, picked with the keyboard', async ({
  openExtensionPage,
}) => {
  const popup = await openExtensionPage('popup.html');
  await timeToInteractive(popup);
  // No reps yet: the popup offers the welcome first, and logging at once one click away.
  await popup.getByRole('button', { name: 'Log an observation now' }).click();
  const rep = popup.getByRole('combobox', { name: 'Rep' });
  await expect(rep).toBeFocused();
  await popup.keyboard.type('Sam Rivera');
  await expect(popup.getByRole('option', { name: 'Create “Sam Rivera”' })).toBeVisible();
  await popup.keyboard.press('Enter');
  await expect(popup.getByText('New rep, created when you save')).toBeVisible();
  await popup.getByLabel('What I saw').fill('Shadowed a discovery call.');
  await popup.keyboard.press('Meta+Enter');
  await expect(popup.getByRole('status')).toContainText('Observation saved for Sam Rivera.');
});
