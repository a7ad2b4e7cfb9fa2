import { expectNoAxeViolations } from './axe';
import { expect, test } from './extension-fixtures';

test('the privacy policy ships inside the extension, is linked from the dashboard, and says nothing is sent', async ({
  openExtensionPage,
}) => {
  const dashboard = await openExtensionPage('options.html#settings');
  await dashboard.getByRole('link', { name: /Privacy: what CoachLens stores/ }).click();
  await expect(dashboard.getByRole('heading', { level: 1, name: 'CoachLens privacy policy' })).toBeVisible();
  await expect(dashboard.getByText('It sends nothing anywhere')).toBeVisible();
  await expect(dashboard.getByRole('heading', { name: 'Network' })).toBeVisible();
  await expectNoAxeViolations(dashboard);
});
