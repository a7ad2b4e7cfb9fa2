import { classifySender } from './sender-policy';

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
