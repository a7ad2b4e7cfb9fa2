// @vitest-environment jsdom
import {
  cleanText,
  deepQuerySelectorAll,
  findLabelledValue,
  isVisible,
  nextValueElement,
  normaliseLabel,
  readFieldValue,
  refOfHref,
} from './dom-helpers';

function page(html: string): Document {
  return new DOMParser().parseFromString(`<!doctype html><html><body>${html}</body></html>`, 'text/html');
}

/** Fills a shadow root with a test's constant markup, parsed into nodes. */
function fill(root: ShadowRoot, html: string): void {
  root.append(...Array.from(page(html).body.childNodes).map((node) => root.ownerDocument.importNode(node, true)));
}

describe('cleanText', () => {
  it('collapses whitespace, trims, and gives undefined for nothing', () => {
    expect(cleanText('  Globex\n   Corporation ')).toBe('Globex Corporation');
    expect(cleanText('   ')).toBeUndefined();
    expect(cleanText(null)).toBeUndefined();
  });

  it('cuts text to 200 characters', () => {
    expect(cleanText('x'.repeat(500))).toHaveLength(200);
  });
});

describe('isVisible', () => {
  it('is false under a hidden attribute, aria-hidden or inline display:none / visibility:hidden', () => {
    const doc = page(`
      <div hidden><p id="a">a</p></div>
      <div aria-hidden="true"><p id="b">b</p></div>
      <div style="display: none"><section><p id="c">c</p></section></div>
      <div style="visibility: hidden"><p id="d">d</p></div>
      <div aria-hidden="false"><p id="e">e</p></div>`);
    for (const id of ['a', 'b', 'c', 'd']) expect(isVisible(doc.getElementById(id)!), id).toBe(false);
    expect(isVisible(doc.getElementById('e')!)).toBe(true);
  });

  it('looks through shadow roots to their hosts', () => {
    const doc = page('<div id="host" hidden></div><div id="shown"></div>');
    for (const id of ['host', 'shown']) {
      const root = doc.getElementById(id)!.attachShadow({ mode: 'open' });
      fill(root, '<span>inside</span>');
    }
    expect(isVisible(doc.getElementById('host')!.shadowRoot!.querySelector('span')!)).toBe(false);
    expect(isVisible(doc.getElementById('shown')!.shadowRoot!.querySelector('span')!)).toBe(true);
  });

  it('trusts the markup alone where there is no layout (jsdom)', () => {
    const doc = page('<p id="p">text</p>');
    expect(doc.getElementById('p')!.getClientRects()).toHaveLength(0);
    expect(isVisible(doc.getElementById('p')!)).toBe(true);
  });

  it('requires a box on screen where there is layout (a browser)', () => {
    const doc = page('<p id="shown">a</p><p id="styled-away">b</p>');
    const rects = (count: number) => () => ({ length: count }) as DOMRectList;
    doc.documentElement.getClientRects = rects(1);
    doc.getElementById('shown')!.getClientRects = rects(1);
    doc.getElementById('styled-away')!.getClientRects = rects(0);
    expect(isVisible(doc.getElementById('shown')!)).toBe(true);
    expect(isVisible(doc.getElementById('styled-away')!)).toBe(false);
  });
});

describe('deepQuerySelectorAll', () => {
  it('finds matches in the light DOM and inside nested open shadow roots', () => {
    const doc = page('<records-highlights2 id="light"></records-highlights2><one-app id="app"></one-app>');
    const outer = doc.getElementById('app')!.attachShadow({ mode: 'open' });
    fill(outer, '<records-highlights2 id="shadow"></records-highlights2><inner-part></inner-part>');
    const inner = outer.querySelector('inner-part')!.attachShadow({ mode: 'open' });
    fill(inner, '<records-highlights2 id="nested"></records-highlights2>');
    expect(deepQuerySelectorAll(doc, 'records-highlights2').map((el) => el.id)).toEqual(['light', 'shadow', 'nested']);
  });

  it('does not enter closed shadow roots (they are not reachable)', () => {
    const doc = page('<x-closed id="c"></x-closed>');
    fill(doc.getElementById('c')!.attachShadow({ mode: 'closed' }), '<b class="t"></b>');
    expect(deepQuerySelectorAll(doc, '.t')).toHaveLength(0);
  });
});

describe('labelled fields', () => {
  it('compares labels without case, colons or required stars', () => {
    expect(normaliseLabel(' Account  Owner: ')).toBe('account owner');
    expect(normaliseLabel('Owner *')).toBe('owner');
  });

  it('prefers the first label listed, skips hidden ones, and reads the link wanted', () => {
    const doc = page(`
      <dl hidden><dt>Account Owner</dt><dd>Marcus Chen</dd></dl>
      <dl><dt>Owner</dt><dd>Queue</dd>
          <dt>Account Owner:</dt><dd><a href="/u/1">Dana Whitfield</a> <a href="/change">[Change]</a></dd></dl>`);
    const value = findLabelledValue(doc, 'dt', ['Account Owner', 'Owner'], nextValueElement);
    expect(readFieldValue(value, (href) => href.startsWith('/u/'))).toEqual({ text: 'Dana Whitfield', href: '/u/1' });
    expect(readFieldValue(value, () => false)).toEqual({ text: 'Dana Whitfield [Change]' });
  });

  it('finds nothing when no label matches', () => {
    expect(findLabelledValue(page('<dt>Industry</dt><dd>x</dd>'), 'dt', ['Owner'], nextValueElement)).toBeUndefined();
  });
});

describe('refOfHref', () => {
  it('resolves relative links and never throws', () => {
    const parse = (url: URL) => url.href;
    expect(refOfHref('/deal/1', 'https://app.pipedrive.com', parse)).toBe('https://app.pipedrive.com/deal/1');
    expect(refOfHref('http://[::1', 'https://app.pipedrive.com', parse)).toBeNull();
    expect(refOfHref(undefined, 'https://app.pipedrive.com', parse)).toBeNull();
  });
});
