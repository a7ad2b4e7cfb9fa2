import { createHash } from 'node:crypto';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { crmFixture } from './crm-fixtures';
import { contentScriptWorld, readRows } from './extension-lifecycle';
import { expect, panelFrame, test } from './extension-fixtures';

/*
 * The sender policy (docs/architecture.md#messaging-and-the-sender-policy) in a real browser: only CoachLens's own extension pages may read or
 * write data. Here another installed extension, the CRM page's own scripts and CoachLens's content
 * script (in its isolated world, reached through DevTools) each try the panel's port and the
 * one-off messages, asking for data and trying to create a record. Nothing answers with data and
 * nothing is written. (The same cells are covered message by message in message-matrix.test.ts.)
 */

const account = crmFixture('salesforce', 'account');

/** A throwaway extension with one page that tries everything against the id it is given. */
const otherExtension = mkdtempSync(path.join(tmpdir(), 'coachlens-other-extension-'));
writeFileSync(
  path.join(otherExtension, 'manifest.json'),
  JSON.stringify({ manifest_version: 3, name: 'Other extension (test)', version: '1.0' }),
);
writeFileSync(
  path.join(otherExtension, 'probe.html'),
  '<!doctype html><meta charset="utf-8"><title>probe</title><script src="probe.js"></script>',
);
writeFileSync(path.join(otherExtension, 'probe.js'), `(${tryEverything.toString()})(globalThis.chrome, 'external');`);

/** Chrome's id for an unpacked extension: the SHA-256 of its path, first 32 hex digits spelt a–p. */
function unpackedExtensionId(directory: string): string {
  const hex = createHash('sha256').update(path.resolve(directory)).digest('hex').slice(0, 32);
  return [...hex].map((digit) => String.fromCharCode(97 + parseInt(digit, 16))).join('');
}

interface Attempts {
  done: boolean;
  received: unknown[];
  outcomes: string[];
}

/**
 * Runs in the attacker's context (another extension, the page, the content script): connects to
 * the panel port and sends what the panel and the popup send. `mode` says whether the calls must
 * name CoachLens's id (from outside) or not (our own content script). Records what came back.
 */
function tryEverything(chromeApi: unknown, mode: 'external' | 'internal', targetId?: string): void {
  type Port = {
    onMessage: { addListener(listener: (message: unknown) => void): void };
    onDisconnect: { addListener(listener: () => void): void };
    postMessage(message: unknown): void;
  };
  type Runtime = {
    lastError?: { message?: string };
    connect(...args: unknown[]): Port;
    sendMessage(...args: unknown[]): Promise<unknown>;
  };
  const state: Attempts = { done: false, received: [], outcomes: [] };
  (globalThis as unknown as { coachlensAttempts: Attempts }).coachlensAttempts = state;
  const runtime = (chromeApi as { runtime?: Runtime } | undefined)?.runtime;
  const id = targetId ?? new URLSearchParams(location.search).get('target') ?? '';
  if (!runtime?.connect || !runtime.sendMessage) {
    state.outcomes.push('no runtime API');
    state.done = true;
    return;
  }
  const withId = (...args: unknown[]) => (mode === 'external' ? [id, ...args] : args);
  const create = {
    type: 'createAndLinkRecord',
    requestId: 'forged-1',
    id: '7d4f6a3e-9c2b-4e8a-b1d0-5f6e7a8b9c0d',
    kind: 'account',
    name: 'Forged account',
  };
  const attempts: Promise<void>[] = [];
  try {
    const port = runtime.connect(...withId({ name: 'coachlens-panel' }));
    attempts.push(
      new Promise<void>((resolve) => {
        port.onMessage.addListener((message) => state.received.push(message));
        port.onDisconnect.addListener(() => {
          state.outcomes.push(`port closed${runtime.lastError?.message ? `: ${runtime.lastError.message}` : ''}`);
          resolve();
        });
        try {
          port.postMessage(create);
        } catch (error) {
          state.outcomes.push(`port post threw: ${String(error)}`);
        }
        setTimeout(resolve, 3_000); // left open without an answer is a refusal too
      }),
    );
  } catch (error) {
    state.outcomes.push(`connect threw: ${String(error)}`);
  }
  for (const message of [{ type: 'getTabContext', tabId: 1 }, create]) {
    attempts.push(
      Promise.resolve()
        .then(() => runtime.sendMessage(...withId(message)))
        .then(
          (reply) => {
            state.received.push(reply ?? null);
            state.outcomes.push(`sendMessage answered ${JSON.stringify(reply ?? null)}`);
          },
          (error: unknown) => {
            state.outcomes.push(`sendMessage failed: ${String(error)}`);
          },
        ),
    );
  }
  void Promise.all(attempts).then(() => (state.done = true));
}

test.use({ otherExtensions: [otherExtension] });

async function openLinkedAccountPage(page: Page) {
  await page.goto(account.url);
  const panel = await panelFrame(page);
  await panel.getByRole('button', { name: 'Create “Globex Corporation”' }).click();
  await expect(panel.getByRole('heading', { level: 1, name: 'Globex Corporation' })).toBeVisible();
}

async function attemptsIn(page: Page): Promise<Attempts> {
  await expect
    .poll(() =>
      page.evaluate(() => (globalThis as unknown as { coachlensAttempts?: Attempts }).coachlensAttempts?.done),
    )
    .toBe(true);
  return page.evaluate(() => (globalThis as unknown as { coachlensAttempts: Attempts }).coachlensAttempts);
}

test('another installed extension can neither connect to the panel port nor message CoachLens', async ({
  context,
  serveCrmPage,
  extensionId,
  openExtensionPage,
}) => {
  await serveCrmPage(account.url, account.file);
  await openLinkedAccountPage(await context.newPage());

  const other = await context.newPage();
  await other.goto(`chrome-extension://${unpackedExtensionId(otherExtension)}/probe.html?target=${extensionId}`);
  const attempts = await attemptsIn(other);
  expect(attempts.received).toEqual([]); // no view, no tab context, no reply at all
  expect(attempts.outcomes).toContain('port closed: Could not establish connection. Receiving end does not exist.');
  expect(attempts.outcomes.filter((outcome) => outcome.startsWith('sendMessage failed'))).toHaveLength(2);

  const ours = await openExtensionPage('privacy.html');
  expect((await readRows(ours, 'accounts')).map((row) => row.name)).toEqual(['Globex Corporation']);
});

test('a CRM page’s own script has no way to message CoachLens', async ({
  context,
  serveCrmPage,
  extensionId,
  openExtensionPage,
}) => {
  await serveCrmPage(account.url, account.file);
  const page = await context.newPage();
  await openLinkedAccountPage(page);

  await page.evaluate(
    ([source, id]) => {
      // The attacker's script, run in the page's own world as any page script would be.
      new Function('chromeApi', 'targetId', `(${source})(chromeApi, 'external', targetId)`)(
        (globalThis as unknown as { chrome?: unknown }).chrome,
        id,
      );
    },
    [tryEverything.toString(), extensionId] as const,
  );
  const attempts = await attemptsIn(page);
  expect(attempts.received).toEqual([]);
  // `externally_connectable` admits no page, so Chrome does not even give the page `chrome.runtime`.
  expect(attempts.outcomes).toEqual(['no runtime API']);

  const ours = await openExtensionPage('privacy.html');
  expect(await readRows(ours, 'accounts')).toHaveLength(1);
});

test('CoachLens’s own content script is refused the panel port and the extension pages’ messages', async ({
  context,
  serveCrmPage,
  extensionId,
  openExtensionPage,
}) => {
  await serveCrmPage(account.url, account.file);
  const page = await context.newPage();
  await openLinkedAccountPage(page);

  // What a compromised content script could do: run in its isolated world with its chrome.* API.
  const session = await context.newCDPSession(page);
  const world = await contentScriptWorld(session, extensionId);
  await session.send('Runtime.evaluate', {
    contextId: world,
    expression: `(${tryEverything.toString()})(globalThis.chrome, 'internal')`,
  });
  const read = async () =>
    (
      (await session.send('Runtime.evaluate', {
        contextId: world,
        expression: 'JSON.stringify(globalThis.coachlensAttempts)',
        returnByValue: true,
      })) as { result: { value: string } }
    ).result.value;
  await expect.poll(async () => (JSON.parse(await read()) as Attempts).done, { timeout: 15_000 }).toBe(true);
  const attempts = JSON.parse(await read()) as Attempts;

  expect(attempts.received).toEqual([null, null]); // both messages refused (no answer); the port pushed nothing
  expect(attempts.outcomes).toContain('port closed'); // the background hung up on it
  const ours = await openExtensionPage('privacy.html');
  expect((await readRows(ours, 'accounts')).map((row) => row.name)).toEqual(['Globex Corporation']);
});
