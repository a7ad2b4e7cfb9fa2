// @vitest-environment jsdom
import { act, cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { CrmSitesSection } from './CrmSitesSection';
import { customDomainStatusItem, customDomainsItem } from '@/utils/storage/items';

type Listener = () => void;

function fakeEvent() {
  const listeners = new Set<Listener>();
  return {
    addListener: (listener: Listener) => void listeners.add(listener),
    removeListener: (listener: Listener) => void listeners.delete(listener),
    fire: () => listeners.forEach((listener) => listener()),
  };
}

let granted: Set<string>;
let answer: boolean;
const onAdded = fakeEvent();
const onRemoved = fakeEvent();
const request = vi.fn(async ({ origins }: { origins: string[] }) => {
  if (answer) origins.forEach((origin) => granted.add(origin));
  if (answer) onAdded.fire();
  return answer;
});
const remove = vi.fn(async ({ origins }: { origins: string[] }) => {
  origins.forEach((origin) => granted.delete(origin));
  onRemoved.fire();
  return true;
});

beforeEach(() => {
  fakeBrowser.reset();
  granted = new Set();
  answer = true;
  request.mockClear();
  remove.mockClear();
  Object.assign(fakeBrowser.permissions, {
    getAll: vi.fn(async () => ({ origins: [...granted], permissions: [] })),
    request,
    remove,
    onAdded,
    onRemoved,
  });
});

afterEach(cleanup);

const originField = () => screen.getByLabelText('Site address');

async function add(origin: string, crm?: string) {
  fireEvent.change(originField(), { target: { value: origin } });
  if (crm) fireEvent.change(screen.getByLabelText('CRM'), { target: { value: crm } });
  await act(async () => {
    fireEvent.click(screen.getByRole('button', { name: 'Allow and add' }));
  });
}

describe('CrmSitesSection', () => {
  it('refuses invalid input next to the field, asks for nothing and saves nothing', async () => {
    render(<CrmSitesSection />);
    await screen.findByText('No CRM sites of your own yet.');

    for (const [input, says] of [
      ['*', 'Wildcards'],
      ['<all_urls>', 'Wildcards'],
      ['http://crm.acme.com', 'only runs on secure sites'],
      ['https://*.acme.com', 'Wildcards'],
      ['https://xn--bcher-kva.example', 'plain ASCII'],
      ['https://acme.lightning.force.com', 'already supports'],
    ] as const) {
      await add(input);
      const field = originField();
      expect(field.getAttribute('aria-invalid')).toBe('true');
      const describedBy = field.getAttribute('aria-describedby') ?? '';
      const error = describedBy
        .split(' ')
        .map((id) => document.getElementById(id))
        .find((node) => node?.classList.contains('form-error'));
      expect(error?.textContent).toContain(says);
    }
    expect(request).not.toHaveBeenCalled();
    expect(await customDomainsItem.getValue()).toEqual([]);
  });

  it('asks the browser for exactly the typed origin on submit and saves it once granted', async () => {
    render(<CrmSitesSection />);
    await add('https://crm.acme-onprem.example/main.aspx?etn=account', 'dynamics');

    expect(request).toHaveBeenCalledWith({ origins: ['https://crm.acme-onprem.example/*'] });
    expect(await customDomainsItem.getValue()).toEqual([
      { origin: 'https://crm.acme-onprem.example', crm: 'dynamics' },
    ]);
    expect(screen.getByRole('status').textContent).toContain(
      "Only the site's address is kept: https://crm.acme-onprem.example.",
    );
    expect(screen.getByRole('status').textContent).toContain('Added https://crm.acme-onprem.example.');
    const row = await screen.findByRole('row', { name: /crm\.acme-onprem\.example/ });
    expect(within(row).getByText('Dynamics 365')).toBeTruthy();
    expect(within(row).getByText('Active')).toBeTruthy();
    expect((originField() as HTMLInputElement).value).toBe('');
  });

  it('saves nothing when the manager declines the browser prompt', async () => {
    answer = false;
    render(<CrmSitesSection />);
    await add('https://crm.acme-onprem.example');
    expect(request).toHaveBeenCalledTimes(1);
    expect(await customDomainsItem.getValue()).toEqual([]);
    expect(screen.getByRole('status').textContent).toContain(
      'did not allow CoachLens on https://crm.acme-onprem.example',
    );
  });

  it('refuses a site already in the list without asking again', async () => {
    await customDomainsItem.setValue([{ origin: 'https://crm.acme-onprem.example', crm: 'dynamics' }]);
    render(<CrmSitesSection />);
    await screen.findByRole('row', { name: /crm\.acme-onprem\.example/ });
    await add('https://CRM.acme-onprem.example/');
    expect(request).not.toHaveBeenCalled();
    expect(screen.getByText('https://crm.acme-onprem.example is already in your list.')).toBeTruthy();
  });

  it('shows a revoked site with "Grant again", which asks for that origin', async () => {
    await customDomainsItem.setValue([{ origin: 'https://crm.acme-onprem.example', crm: 'dynamics' }]);
    await customDomainStatusItem.setValue({ 'https://crm.acme-onprem.example': 'revoked' });
    render(<CrmSitesSection />);
    const row = await screen.findByRole('row', { name: /crm\.acme-onprem\.example/ });
    await within(row).findByText('Permission revoked');

    const button = within(row).getByRole('button', { name: 'Allow CoachLens on https://crm.acme-onprem.example' });
    expect(button.textContent).toContain('Grant again');
    await act(async () => {
      fireEvent.click(button);
    });
    expect(request).toHaveBeenCalledWith({ origins: ['https://crm.acme-onprem.example/*'] });
    await within(row).findByText('Active');
    expect(within(row).queryByRole('button', { name: /Allow CoachLens/ })).toBeNull();
  });

  it('tells a never-granted site from a revoked one', async () => {
    await customDomainsItem.setValue([{ origin: 'https://zoho.acme.example', crm: 'zoho' }]);
    render(<CrmSitesSection />);
    const row = await screen.findByRole('row', { name: /zoho\.acme\.example/ });
    await within(row).findByText('Not allowed yet');
    expect(within(row).getByRole('button', { name: /Allow CoachLens/ }).textContent).toContain('Allow');
  });

  it('notices a revocation made while the page is open', async () => {
    await customDomainsItem.setValue([{ origin: 'https://crm.acme-onprem.example', crm: 'dynamics' }]);
    await customDomainStatusItem.setValue({ 'https://crm.acme-onprem.example': 'active' });
    granted.add('https://crm.acme-onprem.example/*');
    render(<CrmSitesSection />);
    const row = await screen.findByRole('row', { name: /crm\.acme-onprem\.example/ });
    await within(row).findByText('Active');
    granted.clear();
    act(() => onRemoved.fire());
    await within(row).findByText('Permission revoked');
  });

  it('removes a site: gives the permission back and deletes it from the list', async () => {
    await customDomainsItem.setValue([
      { origin: 'https://crm.acme-onprem.example', crm: 'dynamics' },
      { origin: 'https://zoho.acme.example', crm: 'zoho' },
    ]);
    granted.add('https://crm.acme-onprem.example/*');
    render(<CrmSitesSection />);
    const button = await screen.findByRole('button', { name: 'Remove https://crm.acme-onprem.example' });
    await act(async () => {
      fireEvent.click(button);
    });
    expect(remove).toHaveBeenCalledWith({ origins: ['https://crm.acme-onprem.example/*'] });
    expect(await customDomainsItem.getValue()).toEqual([{ origin: 'https://zoho.acme.example', crm: 'zoho' }]);
    await waitFor(() => expect(screen.queryByRole('row', { name: /crm\.acme-onprem\.example/ })).toBeNull());
    expect(screen.getByRole('status').textContent).toContain('Removed https://crm.acme-onprem.example.');
  });

  describe('where the browser docks the panel', () => {
    const firefoxNote = /In Firefox, CoachLens docks its coaching panel only on the CRMs' usual addresses/;

    it('in the Firefox build, says before the form that a custom site gets no panel there, and what does work', async () => {
      render(<CrmSitesSection panelDocksOnCustomSites={false} />);
      await screen.findByText('No CRM sites of your own yet.');
      const note = screen.getByText(firefoxNote);
      expect(note.textContent).toContain('log observations from the CoachLens button in the toolbar');
      expect(note.textContent).toContain('Chrome and Edge dock the panel on the sites you add too');
      // Read before adding: it comes before the add form in the page's order.
      const form = originField().closest('form')!;
      expect(note.compareDocumentPosition(form) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
    });

    it('in the Chrome build (the default in tests), says nothing about Firefox', async () => {
      render(<CrmSitesSection />);
      await screen.findByText('No CRM sites of your own yet.');
      expect(screen.queryByText(firefoxNote)).toBeNull();
      expect(screen.queryByText(/Firefox/)).toBeNull();
    });
  });
});
