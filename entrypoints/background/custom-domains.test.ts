import { fakeBrowser } from 'wxt/testing/fake-browser';
import {
  crmScriptFile,
  registerCustomDomains,
  scriptRegistryOf,
  serialised,
  syncCustomDomains,
  type ScriptRegistry,
} from './custom-domains';
import { customDomainStatusItem, customDomainsItem } from '@/utils/storage/items';

type Listener = () => void;

/** A tiny browser event: WXT's fake browser leaves the permissions events unimplemented. */
function fakeEvent() {
  const listeners = new Set<Listener>();
  return {
    addListener: vi.fn((listener: Listener) => void listeners.add(listener)),
    removeListener: vi.fn((listener: Listener) => void listeners.delete(listener)),
    hasListener: (listener: Listener) => listeners.has(listener),
    fire: () => listeners.forEach((listener) => listener()),
  };
}

type Registered = { id: string; matches: string[]; js: string[]; runAt: string; persistAcrossSessions: boolean };

/** The browser's side: granted host patterns, the dynamic script registry, the permission events. */
function installFakes() {
  const granted = new Set<string>();
  const registered = new Map<string, Registered>();
  const onAdded = fakeEvent();
  const onRemoved = fakeEvent();
  const scripting = {
    registerContentScripts: vi.fn(async (scripts: Registered[]) => {
      for (const script of scripts) {
        if (registered.has(script.id)) throw new Error(`Duplicate script ID '${script.id}'`);
        registered.set(script.id, script);
      }
    }),
    unregisterContentScripts: vi.fn(async (filter?: { ids?: string[] }) => {
      for (const id of filter?.ids ?? [...registered.keys()]) {
        if (!registered.delete(id)) throw new Error(`Nonexistent script ID '${id}'`);
      }
    }),
    getRegisteredContentScripts: vi.fn(async () => [...registered.values()]),
  };
  const permissions = {
    contains: vi.fn(async ({ origins }: { origins: string[] }) => origins.every((origin) => granted.has(origin))),
    onAdded,
    onRemoved,
  };
  Object.assign(fakeBrowser, { scripting });
  Object.assign(fakeBrowser.permissions, permissions);
  return {
    granted,
    registered,
    scripting,
    permissions,
    grant(pattern: string) {
      granted.add(pattern);
      onAdded.fire();
    },
    revoke(pattern: string) {
      granted.delete(pattern);
      onRemoved.fire();
    },
  };
}

/** Lets storage watchers, queued syncs and their awaits run. */
async function settle() {
  for (let i = 0; i < 20; i++) await new Promise((resolve) => setTimeout(resolve, 0));
}

let fakes: ReturnType<typeof installFakes>;

beforeEach(() => {
  fakeBrowser.reset();
  fakes = installFakes();
});

describe('syncCustomDomains', () => {
  const registry = () => scriptRegistryOf(fakeBrowser as never) as ScriptRegistry;

  it('registers the content script only where a custom domain is granted', async () => {
    await customDomainsItem.setValue([
      { origin: 'https://crm.acme-onprem.example', crm: 'dynamics' },
      { origin: 'https://zoho.acme.example', crm: 'zoho' },
    ]);
    fakes.granted.add('https://crm.acme-onprem.example/*');

    await syncCustomDomains(registry(), fakes.permissions);

    expect([...fakes.registered.values()]).toEqual([
      {
        id: 'coachlens-custom-crm.acme-onprem.example',
        matches: ['https://crm.acme-onprem.example/*'],
        js: [crmScriptFile],
        runAt: 'document_idle',
        allFrames: false,
        persistAcrossSessions: true,
      },
    ]);
    expect(await customDomainStatusItem.getValue()).toEqual({
      'https://crm.acme-onprem.example': 'active',
      'https://zoho.acme.example': 'not-granted',
    });
  });

  it('unregisters a revoked domain and marks it revoked, then active again when granted back', async () => {
    await customDomainsItem.setValue([{ origin: 'https://crm.acme-onprem.example', crm: 'dynamics' }]);
    fakes.granted.add('https://crm.acme-onprem.example/*');
    await syncCustomDomains(registry(), fakes.permissions);
    expect(fakes.registered.size).toBe(1);

    fakes.granted.clear();
    await syncCustomDomains(registry(), fakes.permissions);
    expect(fakes.registered.size).toBe(0);
    expect(await customDomainStatusItem.getValue()).toEqual({ 'https://crm.acme-onprem.example': 'revoked' });

    // Still revoked on the next sync (the status remembers it was granted once).
    await syncCustomDomains(registry(), fakes.permissions);
    expect(await customDomainStatusItem.getValue()).toEqual({ 'https://crm.acme-onprem.example': 'revoked' });

    fakes.granted.add('https://crm.acme-onprem.example/*');
    await syncCustomDomains(registry(), fakes.permissions);
    expect(fakes.registered.size).toBe(1);
    expect(await customDomainStatusItem.getValue()).toEqual({ 'https://crm.acme-onprem.example': 'active' });
  });

  it('unregisters scripts of removed domains, keeps unchanged ones, and leaves other ids alone', async () => {
    fakes.registered.set('someone-else', {
      id: 'someone-else',
      matches: ['https://other.example/*'],
      js: ['x.js'],
      runAt: 'document_idle',
      persistAcrossSessions: true,
    });
    await customDomainsItem.setValue([
      { origin: 'https://a.acme.example', crm: 'dynamics' },
      { origin: 'https://b.acme.example', crm: 'salesforce' },
    ]);
    fakes.granted.add('https://a.acme.example/*');
    fakes.granted.add('https://b.acme.example/*');
    await syncCustomDomains(registry(), fakes.permissions);
    expect([...fakes.registered.keys()].sort()).toEqual([
      'coachlens-custom-a.acme.example',
      'coachlens-custom-b.acme.example',
      'someone-else',
    ]);

    await customDomainsItem.setValue([{ origin: 'https://b.acme.example', crm: 'salesforce' }]);
    fakes.scripting.registerContentScripts.mockClear();
    await syncCustomDomains(registry(), fakes.permissions);
    expect([...fakes.registered.keys()].sort()).toEqual(['coachlens-custom-b.acme.example', 'someone-else']);
    expect(fakes.scripting.registerContentScripts).not.toHaveBeenCalled();
    expect(await customDomainStatusItem.getValue()).toEqual({ 'https://b.acme.example': 'active' });
  });

  it('re-registers a script whose matches drifted', async () => {
    fakes.registered.set('coachlens-custom-a.acme.example', {
      id: 'coachlens-custom-a.acme.example',
      matches: ['https://*/*'],
      js: [crmScriptFile],
      runAt: 'document_idle',
      persistAcrossSessions: true,
    });
    await customDomainsItem.setValue([{ origin: 'https://a.acme.example', crm: 'dynamics' }]);
    fakes.granted.add('https://a.acme.example/*');
    await syncCustomDomains(registry(), fakes.permissions);
    expect(fakes.registered.get('coachlens-custom-a.acme.example')?.matches).toEqual(['https://a.acme.example/*']);
  });

  it('never registers a stored origin that fails validation, even with the broad permission granted', async () => {
    await customDomainsItem.setValue([
      { origin: 'https://*', crm: 'dynamics' },
      { origin: '<all_urls>', crm: 'dynamics' },
      { origin: 'http://crm.acme.example', crm: 'dynamics' },
      { origin: 'https://crm.acme.example/path', crm: 'dynamics' },
      { origin: 'https://acme.lightning.force.com', crm: 'salesforce' },
    ]);
    fakes.permissions.contains.mockResolvedValue(true);
    await syncCustomDomains(registry(), fakes.permissions);
    expect(fakes.registered.size).toBe(0);
  });

  it('falls back to a non-persistent registration where persistence is refused', async () => {
    fakes.scripting.registerContentScripts.mockImplementationOnce(async () => {
      throw new Error('persistAcrossSessions=true is currently not supported');
    });
    await customDomainsItem.setValue([{ origin: 'https://a.acme.example', crm: 'dynamics' }]);
    fakes.granted.add('https://a.acme.example/*');
    await syncCustomDomains(registry(), fakes.permissions);
    expect(fakes.registered.get('coachlens-custom-a.acme.example')?.persistAcrossSessions).toBe(false);
  });
});

describe('scriptRegistryOf', () => {
  it('uses Firefox contentScripts.register when scripting is missing', async () => {
    const handles: { unregister: ReturnType<typeof vi.fn> }[] = [];
    const register = vi.fn(async () => {
      const handle = { unregister: vi.fn(async () => undefined) };
      handles.push(handle);
      return handle;
    });
    const registry = scriptRegistryOf({ contentScripts: { register } });
    expect(registry).not.toBeNull();
    await registry!.register([{ id: 'coachlens-custom-a.acme.example', matches: ['https://a.acme.example/*'] }]);
    expect(register).toHaveBeenCalledWith({
      matches: ['https://a.acme.example/*'],
      js: [{ file: crmScriptFile }],
      runAt: 'document_idle',
    });
    expect(await registry!.list()).toEqual([
      { id: 'coachlens-custom-a.acme.example', matches: ['https://a.acme.example/*'] },
    ]);
    await registry!.unregister(['coachlens-custom-a.acme.example']);
    expect(handles[0]?.unregister).toHaveBeenCalled();
    expect(await registry!.list()).toEqual([]);
  });

  it('is null where neither API exists', () => {
    expect(scriptRegistryOf({})).toBeNull();
  });
});

describe('registerCustomDomains', () => {
  it('syncs on start, when the list changes, and when a permission is granted or revoked', async () => {
    await customDomainsItem.setValue([{ origin: 'https://crm.acme-onprem.example', crm: 'dynamics' }]);
    fakes.granted.add('https://crm.acme-onprem.example/*');
    registerCustomDomains();
    await settle();
    expect([...fakes.registered.keys()]).toEqual(['coachlens-custom-crm.acme-onprem.example']);

    // Revoked in the browser's extension settings.
    fakes.revoke('https://crm.acme-onprem.example/*');
    await settle();
    expect(fakes.registered.size).toBe(0);
    expect(await customDomainStatusItem.getValue()).toEqual({ 'https://crm.acme-onprem.example': 'revoked' });

    // Granted again from the dashboard.
    fakes.grant('https://crm.acme-onprem.example/*');
    await settle();
    expect(fakes.registered.size).toBe(1);

    // A new domain, granted before it is saved (the dashboard's order).
    fakes.granted.add('https://zoho.acme.example/*');
    await customDomainsItem.setValue([
      { origin: 'https://crm.acme-onprem.example', crm: 'dynamics' },
      { origin: 'https://zoho.acme.example', crm: 'zoho' },
    ]);
    await settle();
    expect([...fakes.registered.keys()].sort()).toEqual([
      'coachlens-custom-crm.acme-onprem.example',
      'coachlens-custom-zoho.acme.example',
    ]);

    // Removed from the list: its script goes.
    await customDomainsItem.setValue([{ origin: 'https://zoho.acme.example', crm: 'zoho' }]);
    await settle();
    expect([...fakes.registered.keys()]).toEqual(['coachlens-custom-zoho.acme.example']);
  });

  it('survives a burst of events without registering the same id twice', async () => {
    await customDomainsItem.setValue([{ origin: 'https://a.acme.example', crm: 'dynamics' }]);
    fakes.granted.add('https://a.acme.example/*');
    const error = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    registerCustomDomains();
    fakes.permissions.onAdded.fire();
    fakes.permissions.onAdded.fire();
    fakes.permissions.onRemoved.fire();
    await settle();
    expect(fakes.registered.size).toBe(1);
    expect(error).not.toHaveBeenCalled();
  });

  it('warns and does nothing where the browser cannot register scripts', () => {
    Object.assign(fakeBrowser, { scripting: undefined, contentScripts: undefined });
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    registerCustomDomains();
    expect(warn).toHaveBeenCalled();
    expect(fakes.permissions.onAdded.addListener).not.toHaveBeenCalled();
  });
});

describe('serialised', () => {
  it('runs one task at a time and keeps going after a failure', async () => {
    const order: string[] = [];
    let calls = 0;
    const error = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const run = serialised(async () => {
      const call = ++calls;
      order.push(`start ${call}`);
      await new Promise((resolve) => setTimeout(resolve, 1));
      order.push(`end ${call}`);
      if (call === 1) throw new Error('boom');
    });
    void run();
    await run();
    expect(order).toEqual(['start 1', 'end 1', 'start 2', 'end 2']);
    expect(error).toHaveBeenCalledTimes(1);
  });
});
