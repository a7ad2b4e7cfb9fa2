import { browser } from 'wxt/browser';
import { crmScripts } from '@/utils/build/crm-scripts';
import {
  customOriginPattern,
  parseCustomOrigin,
  statusOf,
  type CustomDomainStatus,
} from '@/utils/crm/custom-domain-setup';
import { customDomainStatusItem, customDomainsItem } from '@/utils/storage/items';

/** Every script this file registers carries this id prefix; others' registrations are left alone. */
export const customScriptPrefix = 'coachlens-custom-';
/** The content script's file in the build (`.output/*` `content_scripts[0].js`): the CRM page loader. */
export const crmScriptFile = crmScripts.loader;

export interface RegisteredScript {
  id: string;
  matches: string[];
}

/** The browser's dynamic content-script registry, reduced to what the sync needs. */
export interface ScriptRegistry {
  list(): Promise<RegisteredScript[]>;
  register(scripts: RegisteredScript[]): Promise<void>;
  unregister(ids: string[]): Promise<void>;
}

export interface PermissionsLike {
  contains(permissions: { origins: string[] }): Promise<boolean>;
}

/** Host names cannot hold `_`, so an id names one pattern's host. */
export function scriptIdOf(pattern: string): string {
  return `${customScriptPrefix}${new URL(pattern.replace(/\/\*$/, '/')).hostname}`;
}

type ScriptingLike = {
  registerContentScripts(scripts: object[]): Promise<void>;
  unregisterContentScripts(filter?: { ids?: string[] }): Promise<void>;
  getRegisteredContentScripts(filter?: { ids?: string[] }): Promise<{ id: string; matches?: string[] }[]>;
};

type ContentScriptsLike = {
  register(options: {
    matches: string[];
    js: { file: string }[];
    runAt: string;
  }): Promise<{ unregister(): Promise<void> }>;
};

/**
 * `scripting.registerContentScripts` (Chrome MV3, and Firefox since 102 in MV2 too: our minimum is
 * 140), else Firefox's older `contentScripts.register`, whose registrations live as long as the
 * background page (persistent in our MV2 build), so they are kept here and redone at every start.
 */
export function scriptRegistryOf(api: {
  scripting?: Partial<ScriptingLike>;
  contentScripts?: ContentScriptsLike;
}): ScriptRegistry | null {
  const scripting = api.scripting;
  if (
    scripting?.registerContentScripts &&
    scripting.unregisterContentScripts &&
    scripting.getRegisteredContentScripts
  ) {
    const { registerContentScripts, unregisterContentScripts, getRegisteredContentScripts } =
      scripting as ScriptingLike;
    const registerAll = (scripts: RegisteredScript[], persistAcrossSessions: boolean) =>
      registerContentScripts.call(
        scripting,
        scripts.map(({ id, matches }) => ({
          id,
          matches,
          js: [crmScriptFile],
          runAt: 'document_idle',
          allFrames: false,
          persistAcrossSessions,
        })),
      );
    return {
      list: async () =>
        (await getRegisteredContentScripts.call(scripting)).map(({ id, matches }) => ({ id, matches: matches ?? [] })),
      register: async (scripts) => {
        if (scripts.length === 0) return;
        try {
          await registerAll(scripts, true);
        } catch (error) {
          // Some Firefox versions refuse persistent registrations; the sync at every start covers it.
          if (!String(error).includes('persistAcrossSessions')) throw error;
          await registerAll(scripts, false);
        }
      },
      unregister: async (ids) => {
        if (ids.length > 0) await unregisterContentScripts.call(scripting, { ids });
      },
    };
  }
  const contentScripts = api.contentScripts;
  if (contentScripts?.register) {
    const live = new Map<string, { matches: string[]; handle: { unregister(): Promise<void> } }>();
    return {
      list: async () => [...live].map(([id, { matches }]) => ({ id, matches })),
      register: async (scripts) => {
        for (const { id, matches } of scripts) {
          const handle = await contentScripts.register({
            matches,
            js: [{ file: crmScriptFile }],
            runAt: 'document_idle',
          });
          live.set(id, { matches, handle });
        }
      },
      unregister: async (ids) => {
        for (const id of ids) {
          await live.get(id)?.handle.unregister();
          live.delete(id);
        }
      },
    };
  }
  return null;
}

/**
 * Makes the registered content scripts exactly (custom domains ∩ granted host permissions), and
 * records each domain's status. A stored origin is checked again before anything is registered
 * for it, so a bad value in storage can never widen where the script runs.
 */
export async function syncCustomDomains(scripts: ScriptRegistry, permissions: PermissionsLike): Promise<void> {
  const domains = await customDomainsItem.getValue();
  const previous = await customDomainStatusItem.getValue();
  const status: Record<string, CustomDomainStatus> = {};
  const wanted = new Map<string, string>();
  for (const domain of domains) {
    const parsed = parseCustomOrigin(domain.origin);
    if (!parsed.ok || parsed.origin !== domain.origin) continue;
    const pattern = customOriginPattern(parsed.origin);
    const granted = await permissions.contains({ origins: [pattern] });
    status[domain.origin] = statusOf(granted, previous[domain.origin]);
    if (granted) wanted.set(scriptIdOf(pattern), pattern);
  }

  const ours = (await scripts.list()).filter((script) => script.id.startsWith(customScriptPrefix));
  const current = new Map(ours.map((script) => [script.id, script.matches.join(' ')]));
  const stale = ours.filter((script) => wanted.get(script.id) !== script.matches.join(' ')).map((script) => script.id);
  await scripts.unregister(stale);
  const missing = [...wanted]
    .filter(([id, pattern]) => current.get(id) !== pattern)
    .map(([id, pattern]) => ({ id, matches: [pattern] }));
  await scripts.register(missing);

  if (JSON.stringify(status) !== JSON.stringify(previous)) await customDomainStatusItem.setValue(status);
}

/** One sync at a time, in order: events often come in bursts (a grant adds a permission and a domain). */
export function serialised(task: () => Promise<void>): () => Promise<void> {
  let queue = Promise.resolve();
  return () => {
    queue = queue
      .then(task)
      .catch((error: unknown) => console.error('[CoachLens] custom CRM sites sync failed', error));
    return queue;
  };
}

/**
 * Keeps the content script registered on the manager's granted custom CRM sites: at every
 * background start, when the list changes, and when a host permission is granted or revoked
 * (in the dashboard, or in the browser's extension settings).
 */
export function registerCustomDomains(): void {
  const scripts = scriptRegistryOf(browser as unknown as Parameters<typeof scriptRegistryOf>[0]);
  if (!scripts) {
    console.warn('[CoachLens] no dynamic content scripts in this browser: custom CRM sites are off');
    return;
  }
  const sync = serialised(() => syncCustomDomains(scripts, browser.permissions));
  customDomainsItem.watch(() => void sync());
  browser.permissions.onAdded.addListener(() => void sync());
  browser.permissions.onRemoved.addListener(() => void sync());
  void sync();
}
