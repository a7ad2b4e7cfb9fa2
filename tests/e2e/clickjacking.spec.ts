import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { crmFixture } from './crm-fixtures';
import { readRows } from './extension-lifecycle';
import { expect, panelFrame, panelHost, test, type ExtensionFixtures } from './extension-fixtures';

/*
 * No write happens from a click the manager did not see. The page cannot read the panel,
 * but it can fade it, or draw a decoy over it that lets clicks through, so that the manager clicks
 * or types into the panel unawares. The panel uses IntersectionObserver v2 to know whether it is
 * visible as drawn and is inert while it is not. Each test also shows the same action working once
 * the trick is undone, so a panel that simply never writes would fail it.
 */

const account = crmFixture('salesforce', 'account');
const clickjack = readFileSync(path.resolve('tests/fixtures/hostile/clickjack.js'), 'utf8');
type Trick = 'fade' | 'decoy' | 'restyle' | 'remove' | 'undo';

async function openHostilePage({ context, serveCrmPage }: Pick<ExtensionFixtures, 'context' | 'serveCrmPage'>) {
  await serveCrmPage(account.url, account.file, (html) =>
    html.replace('<head>', `<head><script>${clickjack}</script>`),
  );
  const page = await context.newPage();
  await page.goto(account.url);
  return page;
}

function play(page: Page, trick: Trick) {
  return page.evaluate(
    (name) => (window as unknown as { __clickjack: Record<Trick, () => void> }).__clickjack[name](),
    trick,
  );
}

const pausedNote = /editing is paused/;

for (const trick of ['fade', 'decoy'] as const) {
  test(`a page that ${trick === 'fade' ? 'fades the panel to opacity .01' : 'draws a click-through decoy over the panel'} gets no write from a click or a key press`, async ({
    context,
    serveCrmPage,
    openExtensionPage,
  }) => {
    const page = await openHostilePage({ context, serveCrmPage });
    const panel = await panelFrame(page);
    const create = panel.getByRole('button', { name: 'Create “Globex Corporation”' });
    await expect(create).toBeVisible();
    await expect(panel.getByText(pausedNote)).toHaveCount(0);

    await play(page, trick);
    await expect(panel.getByText(pausedNote)).toBeVisible();
    // A real click where the button is (through the decoy, or on the faded panel)...
    const box = await panelHost(page).boundingBox();
    const button = await create.boundingBox({ timeout: 1_000 }).catch(() => null);
    if (!box) throw new Error('no panel');
    await page.mouse.click(
      button ? button.x + button.width / 2 : box.x + 100,
      button ? button.y + button.height / 2 : box.y + 300,
    );
    // ...and the keyboard: whatever that click focused gets Enter and Space.
    await page.keyboard.press('Enter');
    await page.keyboard.press('Space');

    const ours = await openExtensionPage('privacy.html');
    expect(await readRows(ours, 'accounts')).toEqual([]);
    await expect(panel.getByRole('heading', { name: 'Which of your accounts is this?' })).toBeAttached();

    await play(page, 'undo');
    await expect(panel.getByText(pausedNote)).toHaveCount(0);
    await create.click();
    await expect(panel.getByRole('heading', { level: 1, name: 'Globex Corporation' })).toBeVisible();
    expect(await readRows(ours, 'accounts')).toHaveLength(1);
  });
}

test('typing into a strategy answer stops counting the moment the page fades the panel', async ({
  context,
  serveCrmPage,
  openExtensionPage,
}) => {
  const page = await openHostilePage({ context, serveCrmPage });
  const panel = await panelFrame(page);
  await panel.getByRole('button', { name: 'Create “Globex Corporation”' }).click();
  const objective = panel.getByLabel(/single objective/);
  await objective.click();
  await page.keyboard.type('Seen');
  await expect(panel.getByRole('status').filter({ hasText: 'Saved' })).toBeVisible();

  await play(page, 'fade');
  await expect(panel.getByText(pausedNote)).toBeVisible();
  await page.keyboard.type(' and unseen');
  await objective.click({ force: true }).catch(() => undefined);
  await page.keyboard.type(' and unseen');
  const ours = await openExtensionPage('privacy.html');
  const answers = async () => Object.values(((await readRows(ours, 'strategies'))[0]?.answers ?? {}) as object);
  expect(await answers()).toEqual(['Seen']);

  await play(page, 'undo');
  await expect(panel.getByText(pausedNote)).toHaveCount(0);
  await objective.click();
  await page.keyboard.press('End');
  await page.keyboard.type(' again');
  await expect.poll(answers).toEqual(['Seen again']);
});

test('the panel’s host cannot be hidden by a stylesheet, restyled inline, or removed', async ({
  context,
  serveCrmPage,
}) => {
  const page = await openHostilePage({ context, serveCrmPage });
  const panel = await panelFrame(page);
  await expect(panel.getByRole('heading', { name: 'Which of your accounts is this?' })).toBeVisible();
  const shown = () =>
    panelHost(page).evaluate((host) => {
      const style = getComputedStyle(host);
      const box = host.getBoundingClientRect();
      return {
        display: style.display,
        opacity: style.opacity,
        right: Math.round(innerWidth - box.right),
        width: box.width,
      };
    });
  const docked = { display: 'block', opacity: '1', right: 0, width: 380 };
  await expect.poll(shown).toEqual(docked);

  await play(page, 'restyle'); // a stylesheet rule: the host's inline !important style wins
  await expect.poll(shown).toEqual(docked);
  await panelHost(page).evaluate((host) => host.setAttribute('style', 'display: none'));
  await expect.poll(shown).toEqual(docked);
  await panelHost(page).evaluate((host) => host.style.setProperty('opacity', '0', 'important'));
  await expect.poll(shown).toEqual(docked);

  await play(page, 'remove');
  await expect(panelHost(page)).toHaveCount(1);
  await expect.poll(shown).toEqual(docked);
  // Put back, the frame loads again: a working, visible panel.
  const again = await panelFrame(page);
  await expect(again.getByRole('heading', { name: 'Which of your accounts is this?' })).toBeVisible();
  await expect(again.getByText(pausedNote)).toHaveCount(0);
});
