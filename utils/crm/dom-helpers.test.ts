// @vitest-environment jsdom
import {
  cleanText,
  composedText,
  findLabelledField,
  nextValueElement,
  normaliseLabel,
  readFieldValue,
  readLink,
  refOfHref,
  wantedLabels,
} from './dom-helpers';
import { isVisible, PageScope } from './page-scope';

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

  it('removes bidi controls, zero-width and other invisible or control characters', () => {
    const bidi = '\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069';
    expect(cleanText(`${bidi}Dana\u200b Whit\u200dfield\ufeff\u0007`)).toBe('Dana Whitfield');
    expect(cleanText('Dana\u00ad\u2060 \u3164 Whitfield')).toBe('Dana Whitfield');
    expect(cleanText('\u200e\u200f\u061c')).toBeUndefined();
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

  it("hides a tab with the design system's hiding class, without asking for layout", () => {
    const doc = page('<section class="slds-hide"><p id="p">old tab</p></section>');
    doc.getElementById('p')!.getClientRects = () => {
      throw new Error('layout read');
    };
    expect(isVisible(doc.getElementById('p')!)).toBe(false);
  });
});

describe('PageScope', () => {
  it('finds matches in the light DOM and inside nested open shadow roots, walking for them once', () => {
    const doc = page('<records-highlights2 id="light"></records-highlights2><one-app id="app"></one-app>');
    const outer = doc.getElementById('app')!.attachShadow({ mode: 'open' });
    fill(outer, '<records-highlights2 id="shadow"></records-highlights2><inner-part></inner-part>');
    const inner = outer.querySelector('inner-part')!.attachShadow({ mode: 'open' });
    fill(inner, '<records-highlights2 id="nested"></records-highlights2>');
    const scope = new PageScope(doc);
    const ids = (els: Element[]) => els.map((el) => el.id);
    expect(ids(scope.light('records-highlights2'))).toEqual(['light']);
    expect(ids(scope.shadow('records-highlights2'))).toEqual(['shadow', 'nested']);
    expect(scope.shadowRoots()).toBe(scope.shadowRoots());
    expect(scope.shadowMode()).toBe('native');
  });

  it('looks into every shadow root only when deep and the light tree has no visible match', () => {
    const doc = page('<h1 id="a">Light</h1><x-host id="h"></x-host>');
    fill(doc.getElementById('h')!.attachShadow({ mode: 'open' }), '<h1 id="b">Shadow</h1>');
    const scope = new PageScope(doc);
    expect(scope.find('h1', (el) => el.textContent)?.value).toBe('Light');
    expect(scope.shadowMode()).toBe('none');
    doc.getElementById('a')!.setAttribute('hidden', '');
    const again = new PageScope(doc);
    expect(again.find('h1', (el) => el.textContent)).toBeUndefined(); // no walk unless deep
    again.deep = true;
    expect(again.find('h1', (el) => el.textContent)?.value).toBe('Shadow');
    expect(again.shadowMode()).toBe('native');
    expect(again.elementCount()).toBe(doc.getElementsByTagName('*').length + 1);
  });

  it('tells synthetic shadow (children rendered inside their slot) from native, and both', () => {
    const synthetic = page('<records-highlights2><slot name="primaryField"><b>x</b></slot></records-highlights2>');
    expect(new PageScope(synthetic).shadowMode()).toBe('synthetic');
    const mixed = page('<slot><b>x</b></slot><x-host id="h"></x-host>');
    fill(mixed.getElementById('h')!.attachShadow({ mode: 'open' }), '<i></i>');
    const scope = new PageScope(mixed);
    scope.shadowRoots();
    expect(scope.shadowMode()).toBe('mixed');
  });

  it('does not enter closed shadow roots (they are not reachable)', () => {
    const doc = page('<x-closed id="c"></x-closed>');
    fill(doc.getElementById('c')!.attachShadow({ mode: 'closed' }), '<b class="t"></b>');
    expect(new PageScope(doc).shadow('.t')).toHaveLength(0);
  });

  it('finds known components’ shadow roots host by host, without walking the page', () => {
    const doc = page('<x-app id="app"></x-app><x-other id="other"></x-other>');
    const app = doc.getElementById('app')!.attachShadow({ mode: 'open' });
    fill(app, '<x-panel id="panel"></x-panel>');
    fill(app.getElementById('panel')!.attachShadow({ mode: 'open' }), '<h1>Deep</h1>');
    fill(doc.getElementById('other')!.attachShadow({ mode: 'open' }), '<h1>Elsewhere</h1>');
    const scope = new PageScope(doc, 'x-app, x-panel');
    const walk = vi.spyOn(scope, 'shadowRoots');
    expect(scope.find('h1', (el) => el.textContent)?.value).toBe('Deep');
    expect(scope.knownShadowRoots()).toHaveLength(2);
    expect(walk).not.toHaveBeenCalled();
    expect(scope.shadowMode()).toBe('native');
  });
});

describe('composedText and readLink', () => {
  it('reads a host through its shadow root and slots, as the page shows it', () => {
    const doc = page('<x-lookup id="l"><span slot="label">Dana Whitfield</span></x-lookup>');
    fill(
      doc.getElementById('l')!.attachShadow({ mode: 'open' }),
      '<div><a href="/u/1"><slot name="label"></slot></a></div>',
    );
    const host = doc.getElementById('l')!;
    expect(composedText(host)).toBe('Dana Whitfield');
    expect(readLink(host, (href) => href.startsWith('/u/'))).toEqual({ text: 'Dana Whitfield', href: '/u/1' });
  });
});

describe('labelled fields', () => {
  it('compares labels without case, colons or required stars', () => {
    expect(normaliseLabel(' Account  Owner: ')).toBe('accountowner');
    expect(normaliseLabel('取引先 所有者')).toBe(normaliseLabel('取引先所有者'));
    expect(normaliseLabel('Owner *')).toBe('owner');
    expect(normaliseLabel('取引先名：')).toBe('取引先名');
  });

  it('prefers the first label listed, skips hidden ones, and names the rule with its language', () => {
    const doc = page(`
      <dl hidden><dt>Accountinhaber</dt><dd>Marcus Chen</dd></dl>
      <dl><dt>Inhaber</dt><dd>Queue</dd>
          <dt>Accountinhaber:</dt><dd><a href="/u/1">Dana Whitfield</a> <a href="/change">[Change]</a></dd></dl>`);
    const table = (de: string) => `|${de}||||||`;
    const found = findLabelledField(
      new PageScope(doc),
      'dt',
      wantedLabels(table('Accountinhaber'), table('Inhaber')),
      nextValueElement,
    );
    expect(found?.rule).toBe('label "Accountinhaber" (de)');
    expect(readFieldValue(found!.field, (href) => href.startsWith('/u/'))).toEqual({
      text: 'Dana Whitfield',
      href: '/u/1',
    });
    expect(readFieldValue(found!.field, () => false)).toEqual({ text: 'Dana Whitfield [Change]' });
  });

  it('finds nothing when no label matches', () => {
    const wanted = [{ text: 'Owner', lang: 'en' as const }];
    expect(
      findLabelledField(new PageScope(page('<dt>Industry</dt><dd>x</dd>')), 'dt', wanted, nextValueElement),
    ).toBeUndefined();
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
