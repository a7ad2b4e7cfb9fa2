import { fakeBrowser } from 'wxt/testing/fake-browser';
import { openWelcomeOnInstall } from './open-welcome';

beforeEach(() => fakeBrowser.reset());

it('opens the welcome section in a new tab on a first install', async () => {
  const create = vi.spyOn(fakeBrowser.tabs, 'create');
  expect(await openWelcomeOnInstall({ reason: 'install' })).toBe(true);
  expect(create).toHaveBeenCalledWith({ url: fakeBrowser.runtime.getURL('/options.html#welcome' as '/options.html') });
});

it('opens nothing on an update, a browser update or a shared module update', async () => {
  const create = vi.spyOn(fakeBrowser.tabs, 'create');
  for (const reason of ['update', 'chrome_update', 'browser_update', 'shared_module_update']) {
    expect(await openWelcomeOnInstall({ reason })).toBe(false);
  }
  expect(create).not.toHaveBeenCalled();
});
