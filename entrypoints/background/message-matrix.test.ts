import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { PageContext } from '@/utils/messaging/protocol';
import { registerRuntimeMessages } from './runtime-messages';
import { TabContexts } from './tab-contexts';

/**
 * Every one-off message type × every kind of sender (docs/architecture.md#messaging-and-the-sender-policy): only the allowed
 * cells are answered; everything else, and every malformed payload, is refused and changes nothing.
 */
const origin = fakeBrowser.runtime.getURL('/');
const ourId = fakeBrowser.runtime.id;
const tab = { id: 7 } as never;

const senders = {
  'content script': {
    id: ourId,
    url: 'https://acme.lightning.force.com/lightning/r/Account/001/view',
    tab,
    frameId: 0,
  },
  'content script in a sub-frame': { id: ourId, url: 'https://acme.lightning.force.com/x', tab, frameId: 3 },
  panel: { id: ourId, url: `${origin}panel.html`, tab, frameId: 5 },
  popup: { id: ourId, url: `${origin}popup.html` },
  options: { id: ourId, url: `${origin}options.html` },
  'another extension': { id: 'some-other-extension', url: 'chrome-extension://some-other-extension/page.html' },
  'a web page': { url: 'https://evil.example/', tab },
} as const;
type SenderName = keyof typeof senders;

const context: PageContext = {
  ref: { crm: 'salesforce', kind: 'account', id: '001Dn00000Glbx2IAB' },
  facts: { recordName: 'Globex Corporation' },
  url: 'https://acme.lightning.force.com/lightning/r/Account/001Dn00000Glbx2IAB/view',
};

const messages = {
  reportPageContext: { type: 'reportPageContext', context },
  getTabContext: { type: 'getTabContext', tabId: 7 },
} as const;

/** Which sender may send which message; every other cell must be refused. */
const allowed: Record<keyof typeof messages, readonly SenderName[]> = {
  reportPageContext: ['content script'],
  getTabContext: ['panel', 'popup', 'options'],
};

async function send(message: unknown, sender: SenderName) {
  const replies = await fakeBrowser.runtime.onMessage.trigger(message, senders[sender] as never, () => undefined);
  return replies[0];
}

describe('runtime messages: every type × every sender', () => {
  let contexts: TabContexts;
  beforeEach(() => {
    fakeBrowser.reset();
    vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    contexts = new TabContexts();
    registerRuntimeMessages(contexts);
  });

  for (const [type, message] of Object.entries(messages) as [keyof typeof messages, unknown][]) {
    for (const sender of Object.keys(senders) as SenderName[]) {
      const ok = allowed[type].includes(sender);
      it(`${type} from ${sender}: ${ok ? 'answered' : 'refused, nothing changes'}`, async () => {
        const reply = await send(message, sender);
        if (!ok) {
          expect(reply).toBeUndefined();
          expect(await contexts.get(7)).toBeNull();
          return;
        }
        if (type === 'reportPageContext') {
          expect(reply).toEqual({ ok: true });
          expect(await contexts.get(7)).toEqual(context);
        } else {
          expect(reply).toEqual({ context: null });
        }
      });
    }
  }

  const malformed: [string, unknown][] = [
    ['no type', { context }],
    ['an unknown type', { type: 'deleteEverything' }],
    ['a wrong type of field', { type: 'reportPageContext', context: { ...context, url: 42 } }],
    ['an extra key', { type: 'reportPageContext', context, extra: true }],
    [
      'an extra key inside',
      { type: 'reportPageContext', context: { ...context, ref: { ...context.ref, admin: true } } },
    ],
    ['a __proto__ key', JSON.parse(`{"type":"reportPageContext","context":null,"__proto__":{"polluted":true}}`)],
    [
      'a 10 MB string',
      { type: 'reportPageContext', context: { ...context, facts: { recordName: 'x'.repeat(10_000_000) } } },
    ],
    [
      'a kind that is not a page kind',
      { type: 'reportPageContext', context: { ...context, ref: { ...context.ref, kind: 'admin' } } },
    ],
    ['not an object', 'reportPageContext'],
    ['null', null],
  ];

  for (const [what, message] of malformed) {
    it(`a content script message with ${what} is refused and stores nothing`, async () => {
      expect(await send(message, 'content script')).toBeUndefined();
      expect(await contexts.get(7)).toBeNull();
      expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    });
  }
});
