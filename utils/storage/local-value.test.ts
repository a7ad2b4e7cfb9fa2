import { fakeBrowser } from 'wxt/testing/fake-browser';
import { customDomainsKey, type CustomDomain } from '@/utils/crm/custom-domains';
import { panelStateKey, type PanelState } from '@/utils/panel/panel-state';
import { localValue } from './local-value';
import { customDomainsItem, panelStateItem } from '@/utils/storage/items';

beforeEach(() => fakeBrowser.reset());

const zoho: CustomDomain = { origin: 'https://crm.example.com', crm: 'zoho' };

describe('localValue (the content script’s view of a WXT storage item)', () => {
  it('reads what the WXT item wrote, and the item’s fallback before anything was written', async () => {
    const domains = localValue<CustomDomain[]>(customDomainsKey, []);
    expect(await domains.getValue()).toEqual([]);
    await customDomainsItem.setValue([zoho]);
    expect(await domains.getValue()).toEqual([zoho]);

    const panel = localValue<PanelState>(panelStateKey, {});
    await panelStateItem.setValue({ hubspot: { collapsed: true } });
    expect(await panel.getValue()).toEqual({ hubspot: { collapsed: true } });
  });

  it('sees each change the item makes, the fallback when it is removed, and nothing after unwatching', async () => {
    const seen: PanelState[] = [];
    const unwatch = localValue<PanelState>(panelStateKey, {}).watch((value) => seen.push(value));
    await panelStateItem.setValue({ salesforce: { collapsed: true } });
    await customDomainsItem.setValue([zoho]); // another key: not reported
    await fakeBrowser.storage.session.set({ [panelStateKey]: { zoho: { collapsed: true } } }); // another area
    await panelStateItem.removeValue();
    unwatch();
    await panelStateItem.setValue({ pipedrive: { collapsed: true } });
    expect(seen).toEqual([{ salesforce: { collapsed: true } }, {}]);
  });
});
