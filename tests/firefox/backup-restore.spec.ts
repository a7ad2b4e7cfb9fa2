import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { sampleBackup } from '../support/sample-backup.ts';
import { crmFixture } from '../e2e/crm-fixtures.ts';
import { clickRole, firefoxStory, panelFrame, poll, textOf, waitForHeading, waitForText } from './firefox.ts';

/** The Salesforce account the sample backup links (`sampleBackup().tables.accounts[0].crmLinks`). */
const accountUrl = 'https://acme.lightning.force.com/lightning/r/Account/0019000000B98deAAB/view';

firefoxStory(
  'manager restores a backup in the dashboard and the open panel shows the restored account at once',
  async (firefox, t) => {
    firefox.serveCrmPage(accountUrl, crmFixture('salesforce', 'account').html);
    const crm = await firefox.openCrmPage(accountUrl);
    const panel = await panelFrame(crm);
    await waitForHeading(panel, 'Which of your accounts is this?');

    const options = await firefox.openExtensionPage('options.html#data');
    const dir = mkdtempSync(path.join(tmpdir(), 'coachlens-backup-'));
    t.after(() => rmSync(dir, { recursive: true, force: true }));
    const file = path.join(dir, 'seed.json');
    writeFileSync(file, JSON.stringify(sampleBackup()));

    // Choose the file, read the preview, import.
    const input = (await options.waitForSelector('input[type="file"]', { timeout: 10_000 }))!;
    await waitForText(options, 'Backup file to restore');
    await input.uploadFile(file);
    await waitForText(options, 'What importing seed.json would do');
    await clickRole(options, options, 'button', 'Import');
    await poll(
      () => textOf(options),
      (text) => /Imported \d+ rows from seed\.json\./.test(text),
      'the import to finish',
    );

    // The CRM tab's panel follows the restored data without a reload.
    await waitForHeading(panel, 'Globex Corporation');
    await waitForText(panel, 'prompts unanswered');
  },
);
