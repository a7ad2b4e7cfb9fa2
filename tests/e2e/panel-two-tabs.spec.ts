import type { Frame } from '@playwright/test';
import { sampleBackup } from '../support/sample-backup';
import { expect, panelFrame, test } from './extension-fixtures';

const accountUrl = 'https://acme.lightning.force.com/lightning/r/Account/0019000000B98deAAB/view';
const whyNow = /Why this account matters/;

test('two CRM tabs on one account: every panel shows the stored answer, and a stale panel never writes over a newer one unseen', async ({
  context,
  openExtensionPage,
  serveCrmPage,
}) => {
  const options = await openExtensionPage('options.html#data');
  const data = options.getByRole('region', { name: 'Your data' });
  await data.getByLabel('Backup file to restore').setInputFiles({
    name: 'seed.json',
    mimeType: 'application/json',
    buffer: Buffer.from(JSON.stringify(sampleBackup())),
  });
  await data.getByRole('button', { name: 'Import', exact: true }).click();
  await expect(data.getByText('Imported 9 rows from seed.json.')).toBeVisible();

  await serveCrmPage(accountUrl, 'crm/salesforce/account.html');
  const open = async (): Promise<Frame> => {
    const tab = await context.newPage();
    await tab.goto(accountUrl);
    const panel = await panelFrame(tab);
    await expect(panel.getByRole('heading', { name: 'Globex Corporation' })).toBeVisible();
    return panel;
  };
  const panelA = await open();
  const panelB = await open();

  // B answers and leaves the field; A shows it live, replaces it and leaves the field.
  await panelB.getByLabel(whyNow).fill('Their renewal decides the platform');
  await panelB.getByLabel(whyNow).blur();
  await expect(panelB.getByRole('status').filter({ hasText: 'Saved' })).toBeVisible();
  await expect(panelA.getByLabel(whyNow)).toHaveValue('Their renewal decides the platform');
  await panelA.getByLabel(whyNow).fill('A new CFO reviews every contract');
  await panelA.getByLabel(whyNow).blur();
  await expect(panelA.getByRole('status').filter({ hasText: 'Saved' })).toBeVisible();
  // B shows the stored answer, not its own older text.
  await expect(panelB.getByLabel(whyNow)).toHaveValue('A new CFO reviews every contract');

  // Both type over the same answer at once: the second save is not written over the first unseen.
  await panelB.getByLabel(whyNow).fill('B typed this');
  await panelA.getByLabel(whyNow).fill('A typed that');
  await panelA.getByLabel(whyNow).blur();
  const clash = (panel: Frame) => panel.getByRole('alert').filter({ hasText: 'Changed in another tab' });
  await expect.poll(async () => (await clash(panelA).count()) + (await clash(panelB).count())).toBe(1);
  const [loser, winner, mine, theirs] =
    (await clash(panelB).count()) === 1
      ? [panelB, panelA, 'B typed this', 'A typed that']
      : [panelA, panelB, 'A typed that', 'B typed this'];
  await expect(clash(loser)).toContainText(`Saved there: “${theirs}”`);
  await expect(loser.getByLabel(whyNow)).toHaveValue(mine);
  await expect(winner.getByLabel(whyNow)).toHaveValue(theirs);

  // The manager chooses: theirs stays unless they say otherwise; "Save mine instead" writes it.
  await loser.getByRole('button', { name: 'Save mine instead' }).click();
  await expect(clash(loser)).toHaveCount(0);
  await expect(winner.getByLabel(whyNow)).toHaveValue(mine);
  await expect(loser.getByLabel(whyNow)).toHaveValue(mine);
});
