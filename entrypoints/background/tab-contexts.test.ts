import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { PageContext } from '@/utils/messaging/protocol';
import { TabContexts } from './tab-contexts';

const page: PageContext = {
  ref: { crm: 'salesforce', kind: 'user', id: '005A' },
  facts: {},
  url: 'https://acme.lightning.force.com/lightning/r/User/005A/view',
};

describe('TabContexts', () => {
  beforeEach(() => fakeBrowser.reset());

  it('tells its listeners a closed tab shows nothing, so they let go of it (the badge stops the team cache)', async () => {
    const contexts = new TabContexts();
    const heard: [number, PageContext | null][] = [];
    contexts.subscribe((tabId, context) => heard.push([tabId, context]));
    await contexts.set(7, page);
    await contexts.forget(7);
    expect(heard).toEqual([
      [7, page],
      [7, null],
    ]);
    expect(await contexts.get(7)).toBeNull();
  });

  it('forgets a tab’s record once the tab is on another page, and keeps it while the tab is on its page', async () => {
    const contexts = new TabContexts();
    await contexts.set(7, page);
    await contexts.forgetUnlessOn(7, page.url);
    expect(await contexts.get(7)).toEqual(page);
    await contexts.forgetUnlessOn(7, undefined); // a site CoachLens may not read
    expect(await contexts.get(7)).toBeNull();
    expect(await fakeBrowser.storage.session.get(null)).toEqual({});

    await contexts.set(7, page);
    await contexts.forgetUnlessOn(7, 'https://acme.lightning.force.com/lightning/r/User/005B/view');
    expect(await contexts.get(7)).toBeNull();
  });
});
