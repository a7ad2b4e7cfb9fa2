import { classifySender, isDockedPanelSender } from './sender-policy';

const id = 'abcdefghijklmnopabcdefghijklmnop';
const origin = `chrome-extension://${id}/`;

describe('classifySender', () => {
  it('admits the popup, the options page and the panel iframe as extension pages', () => {
    expect(classifySender({ id, url: `${origin}popup.html` }, id, origin)).toBe('extension-page');
    expect(classifySender({ id, url: `${origin}panel.html`, tab: { id: 4 } }, id, origin)).toBe('extension-page');
  });

  it('treats our own script in a CRM tab as a content script', () => {
    const sender = { id, url: 'https://acme.lightning.force.com/lightning/r/Account/001/view', tab: { id: 4 } };
    expect(classifySender(sender, id, origin)).toBe('content-script');
  });

  it('refuses other extensions, pages without a tab and look-alike origins', () => {
    expect(classifySender({ id: 'other', url: `${origin}popup.html` }, id, origin)).toBe('refused');
    expect(classifySender({ id, url: 'https://evil.example/' }, id, origin)).toBe('refused');
    expect(classifySender({ id, url: `chrome-extension://${id}x/popup.html` }, id, origin)).toBe('refused');
    expect(classifySender({ id, url: 'http://acme.lightning.force.com/', tab: { id: 1 } }, id, origin)).toBe('refused');
    expect(classifySender({}, id, origin)).toBe('refused');
  });
});

describe('isDockedPanelSender', () => {
  const crmTab = { id: 4, url: 'https://acme.lightning.force.com/lightning/r/Account/001/view' };
  const docked = { id, url: `${origin}panel.html`, tab: crmTab, frameId: 3 };

  it('admits the panel framed in a tab whose https page the browser shows us', () => {
    expect(isDockedPanelSender(docked, id, origin)).toBe(true);
  });

  it('refuses the panel in a tab of its own, on a page we may not read, on http, and any other page', () => {
    expect(isDockedPanelSender({ ...docked, frameId: 0 }, id, origin)).toBe(false);
    expect(isDockedPanelSender({ ...docked, tab: { id: 4 } }, id, origin)).toBe(false);
    expect(isDockedPanelSender({ ...docked, tab: { id: 4, url: 'http://evil.example/' } }, id, origin)).toBe(false);
    expect(isDockedPanelSender({ ...docked, url: `${origin}popup.html?panel.html` }, id, origin)).toBe(false);
    expect(isDockedPanelSender({ ...docked, id: 'other' }, id, origin)).toBe(false);
  });
});
